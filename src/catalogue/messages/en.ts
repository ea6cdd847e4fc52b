/**
 * Everything the content check says, in English: the typed source of the
 * catalogue of messages. fr.ts and es.ts are typed against it, so a missing
 * message or a parameter of another name does not compile.
 *
 * A message is a function of named parameters. Callers pass values already
 * written for the reader (lists joined, nouns resolved through `fieldNoun`),
 * so that each language only arranges them into its own sentence.
 * Suggestions ("…Fix") start with a lower-case letter: the report prints
 * them after an arrow.
 */

/** How the two kinds of multilingual entries are named in sentences. */
export type EntryKindName = 'practice' | 'city';

const ENTRY = {
  practice: { one: 'practice', owner: "practice's" },
  city: { one: 'city', owner: "city's" },
} satisfies Record<EntryKindName, unknown>;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en = {
  // The report frame (src/catalogue/issues.ts) and the commands around it.
  reportNoProblems: () => 'No problems found.',
  reportFileHeading: ({ file, count }: { file: string; count: number }) =>
    `${file} (${plural(count, 'problem', 'problems')})`,
  reportTotals: ({ problems, files }: { problems: number; files: number }) =>
    `${plural(problems, 'problem', 'problems')} in ${plural(files, 'file', 'files')}.`,
  checkFixAndRerun: () => 'Fix these problems and run npm run check again.',
  checkValid: ({
    practices,
    cities,
    indicators,
    observations,
    seconds,
  }: {
    practices: number;
    cities: number;
    indicators: number;
    observations: number;
    seconds: string;
  }) =>
    `Content is valid: ${plural(practices, 'practice', 'practices')}, ${plural(cities, 'city', 'cities')}, ` +
    `${plural(indicators, 'indicator', 'indicators')}, ${plural(observations, 'observation', 'observations')} (${seconds} s).`,
  buildRefused: () => 'The content has problems: the site was not built.',
  buildRefusedKept: ({ outDir }: { outDir: string }) =>
    `The content has problems: the site was not built, and ${outDir} was left as it was.`,
  unknownLanguage: ({ value, option, choices }: { value: string; option: string; choices: string }) =>
    `${option} "${value}" is not a language the check speaks: choose one of ${choices}.`,

  // Warnings: pointed out, never refused (warnings.ts).
  reportWarnings: ({ count }: { count: number }) =>
    `${plural(count, 'warning', 'warnings')}: worth a look, though the content is accepted as it is.`,
  reportFileWarningsHeading: ({ file, count }: { file: string; count: number }) =>
    `${file} (${plural(count, 'warning', 'warnings')})`,
  warnReviewedFuture: ({ date }: { date: string }) => `The review date ${date} is in the future.`,
  warnReviewedFutureFix: ({ today }: { today: string }) =>
    `write the day the facts were last checked, today (${today}) at the latest`,
  warnUnbalancedQuote: ({ quote }: { quote: string }) =>
    `The quote mark ${quote} has no partner in this text, so it would be published alone.`,
  warnUnbalancedQuoteFix: () => 'close the quotation with its partner (“…”, « … », "…") or remove the stray mark',
  warnWeakAlt: ({ alt }: { alt: string }) => `The text alternative "${alt}" does not say what the image shows.`,
  warnWeakAltFix: () =>
    'describe what a reader who cannot see it would miss, in a few words, for example "Women walking at night in a lit street"',

  // npm run serve (scripts/serve.ts).
  serveReady: ({ url }: { url: string }) => `Practice Atlas is served at ${url} (Ctrl+C to stop).`,
  servePortBusy: ({ port, used }: { port: string; used: string }) =>
    `Port ${port} is already in use by another program (perhaps another npm start): the site is served on port ${used} instead.`,
  serveNoFreePort: ({ from, to }: { from: string; to: string }) =>
    `Ports ${from} to ${to} are all in use: stop the other server (Ctrl+C in its window), or choose another port with -- --port 8080.`,

  // npm run translations (scripts/translations.ts): a report, in the language asked for.
  translationsNoHistory: () => 'git history is not available here: out-of-date translations cannot be told apart.',
  translationsLanguage: ({ lang, missing, outdated }: { lang: string; missing: number; outdated: number }) =>
    `${lang}: ${missing} missing, ${outdated} out of date`,
  translationsMissing: ({ kind, id, lang, file }: { kind: EntryKindName; id: string; lang: string; file: string }) =>
    `missing       ${ENTRY[kind].one} ${id} (original ${lang}: ${file})`,
  translationsOutdated: ({
    kind,
    id,
    original,
    translation,
  }: {
    kind: EntryKindName;
    id: string;
    original: string;
    translation: string;
  }) => `out of date   ${ENTRY[kind].one} ${id} (original changed ${original}, translation ${translation})`,
  translationsCurrent: ({ kind, id }: { kind: EntryKindName; id: string }) => `up to date    ${ENTRY[kind].one} ${id}`,
  translationsUnknown: ({ kind, id }: { kind: EntryKindName; id: string }) =>
    `unknown       ${ENTRY[kind].one} ${id} (no git history)`,
  translationsNotCommitted: () => 'not committed yet',

  // Suggestions shared by many checks.
  didYouMean: ({ value }: { value: string }) => `did you mean "${value}"?`,
  writeValue: ({ value }: { value: string }) => `write "${value}"`,
  renameTo: ({ name }: { name: string }) => `rename it "${name}"`,
  removeSecond: () => 'remove the second one',
  removeIt: () => 'remove it',

  // Frontmatter and YAML (source-text.ts, yaml-source.ts).
  noFrontmatter: () => 'The file does not start with its fields between two "---" lines.',
  noFrontmatterFix: () => 'make the first line "---", then the fields (title: …), then a line "---", then the text',
  unclosedFrontmatter: () => 'The fields opened by "---" on line 1 are never closed.',
  unclosedFrontmatterFix: () => 'add a line "---" after the last field, before the text',
  frontmatterNotFields: () => 'The lines between "---" must be fields written "name: value".',
  frontmatterNotFieldsFix: () => 'start with "title: …" on the line after the first "---"',
  yamlDuplicateKey: () => 'This field is written twice.',
  yamlDuplicateKeyFix: () => 'keep one of the two lines, merging what each says',
  yamlTab: () => 'A tab is used for indentation; the fields need spaces.',
  yamlTabFix: () => 'replace the tab at the start of the line with two spaces',
  yamlMultilineKey: () =>
    'A value runs over several lines without quotes, or a "key: value" line is missing its colon.',
  yamlMultilineKeyFix: () =>
    'put long text in quotes, or start it with ">-" on the key line and indent the following lines',
  yamlBlockAsKey: () => 'A line could not be read as "field: value".',
  yamlBlockAsKeyFix: () => 'check the colon after the field name and the indentation of the lines around it',
  yamlBadIndent: () => 'The indentation of this line does not match the lines around it.',
  yamlBadIndentFix: () => 'indent nested fields with two spaces more than their parent',
  valueCutByComment: ({ value }: { value: string }) =>
    `Everything after " #" on this line is read as a note and left out, so the value is only "${value}".`,
  valueCutByCommentFix: ({ whole }: { whole: string }) =>
    `put the whole value in quotes, for example "${whole}", or move the note to a line of its own`,
  yamlCurlyQuotes: () => 'Curly quotes “ ” ‘ ’, as word processors type them, do not count as quotes in the fields.',
  yamlCurlyQuotesFix: ({ line }: { line: string }) => `write the line with straight quotes: ${line}`,

  // Half-filled scaffolds from npm run new (unfilled.ts).
  unfilledValue: () => 'The mark "…" left by npm run new is still here: this place is not filled in.',
  unfilledValueFix: () => 'write the value, or remove the line if it does not apply',
  unfilledValueFixWith: ({ hint }: { hint: string }) =>
    `write the value, or remove the line if it does not apply. ${hint}`,
  untranslatedBody: ({ lang }: { lang: string }) =>
    `The text is still the original's (${lang}.mdx) word for word: it has not been translated yet.`,
  untranslatedBodyFix: () => 'translate the text below the fields, or remove this file until the translation is ready',

  // Folders moved, renamed or pasted (load-entries.ts).
  entryFolderInvisible: ({ name, chars }: { name: string; chars: string }) =>
    `The folder name "${name}" contains invisible characters (${chars}), often pasted from a word processor or a web page.`,
  entryFolderTaken: ({ kind, name }: { kind: EntryKindName; name: string }) =>
    `the id "${name}" is already the folder of another ${ENTRY[kind].one}: if this is the same ${ENTRY[kind].one}, move these files into ${name}/; otherwise give this one another id`,
  entryNested: ({ kind, folder, root }: { kind: EntryKindName; folder: string; root: string }) =>
    `${folder} holds a ${ENTRY[kind].one}, but it is inside another folder: only folders directly in ${root}/ are read.`,
  entryNestedFix: ({ target }: { target: string }) => `move it to ${target}`,
  entrySubfolder: ({ kind, name }: { kind: EntryKindName; name: string }) =>
    `"${name}" is a folder; a ${ENTRY[kind].one} folder holds only its language files and images, so nothing in it is read.`,
  entrySubfolderFix: () => 'move the images it holds up into this folder, then remove it',
  entryOtherKind: ({ kind, other, fields }: { kind: EntryKindName; other: EntryKindName; fields: string }) =>
    `This file describes a ${ENTRY[other].one} (it has ${fields}), but it is in the ${ENTRY[kind].one} folders.`,
  entryOtherKindFix: ({ target }: { target: string }) => `move its folder to ${target}`,
  translationAlone: ({ id, lang }: { id: string; lang: string }) =>
    `The files of "${id}" are all translations of ${lang}.mdx, and there is no ${lang}.mdx here: the original is in another folder or missing.`,
  translationAloneMoveFix: ({ target }: { target: string }) =>
    `if it translates that entry, move this file to ${target}`,
  translationAloneFix: ({ lang }: { lang: string }) =>
    `move this file into the folder that holds ${lang}.mdx, or make it the original: remove "translationOf" and give it all the fields`,

  // Fields against their schema (schema-issues.ts).
  unknownField: ({ key }: { key: string }) => `"${key}" is not a field here, and it would be lost.`,
  unknownFieldFix: ({ fields }: { fields: string }) => `remove it, or use one of: ${fields}`,
  requiredField: ({ field }: { field: string }) => `The required field "${field}" is missing.`,
  requiredFieldFix: ({ line }: { line: string }) => `add this line at the end of the fields: ${line}`,
  colonInTextFix: ({ text }: { text: string }) =>
    `the ": " in this line is read as the start of a field: put the whole text in quotes, for example ${text}`,

  // Vocabularies (load-taxonomies.ts).
  vocabularyMissing: ({ vocabulary }: { vocabulary: string }) => `The vocabulary "${vocabulary}" is missing.`,
  vocabularyMissingFix: ({ file }: { file: string }) =>
    `create ${file} with a list of entries "- id: …" and their labels in each language`,
  notAVocabulary: ({ name }: { name: string }) =>
    `"${name}" is not one of the catalogue's vocabularies, so nothing in it would be used.`,
  notAVocabularyFix: ({ files }: { files: string }) =>
    `the vocabularies are ${files}; a new one also needs a field that uses it (src/schemas/)`,
  duplicateVocabularyId: ({ id, vocabulary, line }: { id: string; vocabulary: string; line: number }) =>
    `The id "${id}" is used twice in ${vocabulary} (first on line ${line}).`,
  duplicateVocabularyIdFix: () => 'give each entry its own id, or merge the two entries',

  // Practice and city folders (load-entries.ts).
  entriesFolderMissing: ({ folder }: { folder: string }) => `The folder ${folder} is missing.`,
  entriesFolderMissingFix: ({ kind }: { kind: EntryKindName }) => `create it, with one folder per ${ENTRY[kind].one}`,
  entryIsFile: ({ kind, name }: { kind: EntryKindName; name: string }) =>
    `Each ${ENTRY[kind].one} is a folder holding one file per language; "${name}" is a file.`,
  entryIsFileFix: ({ target }: { target: string }) => `move it to ${target} (or en.mdx, es.mdx for its language)`,
  entryFolderName: ({ kind, name }: { kind: EntryKindName; name: string }) =>
    `The folder name "${name}" is the ${ENTRY[kind].owner} id in web addresses: lowercase letters, digits and single hyphens only.`,
  entryFolderNameFix: ({ name }: { name: string }) => `rename the folder "${name}"`,
  strayEntryFile: ({
    kind,
    name,
    files,
    images,
  }: {
    kind: EntryKindName;
    name: string;
    files: string;
    images: string;
  }) =>
    `"${name}" is not a file the catalogue reads: a ${ENTRY[kind].one} folder holds ${files} and images (${images}).`,
  renameOrRemove: () => 'rename or remove it',
  noLanguageFile: ({ kind, id }: { kind: EntryKindName; id: string }) =>
    `The ${ENTRY[kind].one} folder "${id}" has no language file.`,
  noLanguageFileFix: ({ kind, files }: { kind: EntryKindName; files: string }) =>
    `add one of ${files} with the ${ENTRY[kind].owner} facts`,
  twoOriginals: ({ id, languages }: { id: string; languages: string }) =>
    `Two files of "${id}" carry the facts (${languages}), so they could contradict each other.`,
  twoOriginalsFix: ({ lang }: { lang: string }) =>
    `keep the facts in ${lang}.mdx; in this file keep title, summary and text, and add "translationOf: ${lang}"`,
  factInTranslation: ({ key, lang }: { key: string; lang: string }) =>
    `"${key}" is a fact, and facts are kept only in the original (${lang}.mdx) so that languages cannot disagree.`,
  factInTranslationFix: ({ fields }: { fields: string }) =>
    `remove it here; a translation carries only translationOf, ${fields}, machineTranslated and the text`,
  wrongTranslationOf: ({ written, id, lang }: { written: string; id: string; lang: string }) =>
    `This file says it translates "${written}", but the original of "${id}" is ${lang}.mdx.`,
  wrongTranslationOfFix: ({ lang }: { lang: string }) => `write translationOf: ${lang}`,
  parallelListLength: ({ list, mine, theirs, lang }: { list: string; mine: number; theirs: number; lang: string }) =>
    `"${list}" has ${mine} items here and ${theirs} in the original ${lang}.mdx; each item translates the one at the same place.`,
  parallelListLengthFix: ({ list, theirs }: { list: string; theirs: number }) =>
    `translate the ${theirs} items in the same order, or remove "${list}" to show the original's`,

  // KPI indicators and datasets (load-kpis.ts).
  indicatorsMissing: () => 'The indicator definitions are missing.',
  indicatorsMissingFix: ({ file }: { file: string }) => `create ${file} with a list of indicators "- id: …"`,
  duplicateIndicator: ({ id }: { id: string }) => `The indicator id "${id}" is defined twice.`,
  duplicateIndicatorFix: () => 'give each indicator its own id, or merge the two definitions',
  datasetFolder: ({ name }: { name: string }) =>
    `Each dataset is a folder with a lowercase-hyphenated name holding dataset.yaml and observations.csv; "${name}" is not.`,
  datasetFolderFix: () => 'move the files into a folder such as content/kpis/datasets/my-dataset/',
  strayDatasetFile: ({ name }: { name: string }) =>
    `"${name}" is not read: a dataset folder holds dataset.yaml and observations.csv.`,
  strayDatasetCsvFix: () => 'rename it observations.csv, or move it to a dataset folder of its own',
  removeOrMove: () => 'remove it or move it',
  datasetMetaMissing: () => 'The dataset has no dataset.yaml describing its source, licence and date.',
  datasetMetaMissingFix: () => 'add dataset.yaml with title, source, licence, retrieved and illustrative',
  observationsMissing: () => 'The dataset has no observations.csv.',
  observationsMissingFix: ({ header }: { header: string }) => `add it with the header ${header}`,
  csvEmpty: () => 'The file is empty.',
  csvEmptyFix: ({ header }: { header: string }) => `start it with the header ${header}`,
  columnNumber: ({ index }: { index: number }) => `column ${index}`,
  unknownColumn: ({ column }: { column: string }) =>
    `The column "${column}" is not one the catalogue reads, so its values would be lost.`,
  unknownColumnFix: ({ columns }: { columns: string }) => `the columns are ${columns}`,
  missingColumn: ({ column }: { column: string }) => `The column "${column}" is missing.`,
  missingColumnFix: ({ header }: { header: string }) => `the header is ${header}`,
  missingColumnDelimiterFix: ({ header, delimiter }: { header: string; delimiter: string }) =>
    `the header is ${header} (this file uses "${delimiter}" between columns)`,
  rowLength: ({ values, columns }: { values: number; columns: number }) =>
    `This row has ${values} values for ${columns} columns.`,
  rowTooLongFix: ({ delimiter }: { delimiter: string }) =>
    `a value probably contains "${delimiter}": put it in double quotes`,
  rowTooShortFix: () => 'fill in the missing values, or leave them empty between delimiters',
  cellNotCity: ({ value }: { value: string }) => `"${value}" is not a city id.`,
  cellNotCityFix: () => 'write the id of a city profile, such as "barcelona"',
  cellNotIndicator: ({ value }: { value: string }) => `"${value}" is not an indicator id.`,
  cellNotIndicatorFix: () => 'write an id from content/kpis/indicators.yaml',
  cellNotPeriod: ({ value }: { value: string }) => `"${value}" is not a period.`,
  cellNotPeriodFix: () => 'write a year (2023), a month (2023-05) or a quarter (2023-Q2)',
  cellEmptyValue: () => 'The value is empty.',
  cellEmptyValueFix: () => 'write the value, or remove the row if it was not measured',
  cellNotNumber: ({ value }: { value: string }) => `"${value}" is not a number.`,
  cellDecimalMarkFix: ({ decimal, corrected, other }: { decimal: string; corrected: string; other: string }) =>
    `this file uses "${decimal}" as decimal mark; write ${corrected}, or declare csv: { decimal: "${other}" } in dataset.yaml`,
  cellDigitsOnlyFix: () => 'write digits only, without unit or percent sign (the unit is in the indicator)',

  // References across files (integrity.ts).
  notInVocabulary: ({ value, vocabulary, file }: { value: string; vocabulary: string; file: string }) =>
    `"${value}" is not in the vocabulary ${vocabulary} (${file}).`,
  notInVocabularyFix: ({ ids, file }: { ids: string; file: string }) =>
    `use one of: ${ids}; if none fits, propose a new term in your pull request: add it to ${file} with its id and its label in fr, en and es, and reviewers decide whether to keep it or use the closest one`,
  listedTwice: ({ value, field }: { value: string; field: string }) => `"${value}" is listed twice in ${field}.`,
  noSuchCity: ({ id, folder }: { id: string; folder: string }) => `There is no city profile "${id}" (${folder}).`,
  noSuchCityFix: ({ file }: { file: string }) => `create the city profile first (${file}), or correct the id`,
  cityInOtherCountry: ({ city, cityCountry, country }: { city: string; cityCountry: string; country: string }) =>
    `The city "${city}" is in ${cityCountry}, but the practice's country is ${country}.`,
  cityInOtherCountryFix: () =>
    'correct the country or the city; a practice spanning countries has scale: international',
  observationNoSuchCity: ({ id }: { id: string }) => `There is no city profile "${id}".`,
  observationNoSuchCityFix: ({ folder }: { folder: string }) => `create ${folder} first, or correct the id`,
  observationNoSuchIndicator: ({ id, file }: { id: string; file: string }) =>
    `There is no indicator "${id}" in ${file}.`,
  observationNoSuchIndicatorFix: () => 'define the indicator first, or correct the id',
  observationTwice: ({
    city,
    indicator,
    period,
    line,
  }: {
    city: string;
    indicator: string;
    period: string;
    line: number;
  }) => `${city}, ${indicator}, ${period} is measured twice in this dataset (first on line ${line}).`,
  observationTwiceFix: () => 'keep one row; a revised figure replaces the old one',

  // The text of a practice or city (body/parse-body.ts, body/components.ts).
  bodyHtmlComment: () => 'HTML comments "<!-- … -->" are not allowed in the text.',
  bodyHtmlCommentFix: () => 'remove the comment; a note for other editors belongs in the pull request',
  // Bodies the MDX parser cannot read (body/parse-failure.ts): named by construct, never in the parser's words.
  bodyBrUnclosed: () => '"<br>" is written without its closing slash, so the text after it is read as inside it.',
  bodyBrUnclosedFix: () => 'write <br /> to break the line, or leave an empty line to start a new paragraph',
  bodyHtmlUnclosed: ({ tag }: { tag: string }) =>
    `<${tag}> is an HTML tag, which the text does not use, and it is never closed.`,
  bodyBraceOpen: () => 'A curly brace "{" starts code in the text, and the text of a practice never runs code.',
  bodyBraceOpenFix: ({ escaped, plain }: { escaped: string; plain: string }) =>
    `write ${escaped} to show the braces, or ${plain} without them`,
  bodyBraceAloneFix: () => 'write "\\{" to show the brace, or remove it',
  bodyLessThan: ({ next }: { next: string }) => `A "<" followed by "${next}" is read as the start of a tag.`,
  bodyLessThanWordsFix: ({ escaped }: { escaped: string }) =>
    `write "&lt;" instead of "<" (${escaped}), or say it in words: "less than"`,
  bodyAngleAddress: ({ address }: { address: string }) =>
    `The address <${address}> between angle brackets is read as a tag.`,
  bodyAngleAddressFix: ({ link }: { link: string }) => `write it as a link: ${link}`,
  bodyUnclosedComponent: ({ tag, line }: { tag: string; line: number }) =>
    `<${tag}>, opened on line ${line}, is never closed.`,
  bodyCloseWithEndTagFix: ({ tag }: { tag: string }) =>
    `add </${tag}> on a line of its own after its text, with an empty line before it`,
  bodyCloseSelfFix: ({ tag }: { tag: string }) => `end the tag with "/>": <${tag} … />`,
  bodyWrongClosingTag: ({ closing, tag, line }: { closing: string; tag: string; line: number }) =>
    `</${closing}> closes <${tag}>, which was opened on line ${line}.`,
  bodyWrongClosingTagFix: ({ tag }: { tag: string }) => `write </${tag}>`,
  bodyStrayClosingTag: ({ tag }: { tag: string }) => `</${tag}> closes a tag that was never opened.`,
  bodyStrayClosingTagFix: ({ tag }: { tag: string }) => `remove it, or open the tag above it: <${tag} …>`,
  bodyMalformedTag: ({ tag }: { tag: string }) => `The tag <${tag} …> is not written correctly.`,
  bodyMalformedTagFix: () =>
    'write each attribute as name="text" with straight quotes, and end the tag with "/>"; quotes inside a text are written “ ”',
  bodySyntaxOther: () => 'A character here starts a tag or code, which the text cannot read.',
  bodySyntaxOtherFix: () => 'write "<" as "&lt;" and "{" as "\\{", and close every component you open',
  bodyImportExport: () => '"import" and "export" lines are code, and the text of a practice never runs code.',
  bodyImportExportFix: () =>
    'remove the line; for an image, save it in this folder and write <Figure src="./photo.jpg" alt="…" />',
  bodyBraceComment: () => 'Comments in curly braces are code and are not allowed.',
  bodyBraceExpression: () => 'Text in curly braces {…} is code, and the text of a practice never runs code.',
  bodyBraceExpressionFix: () => 'to write a curly brace as text, write "\\{"; remove comments',
  bodyImageNoAlt: () => 'This image has no text alternative, so people who cannot see it would miss it.',
  bodyImageNoAltFix: () =>
    'write what it shows between the brackets: ![What the image shows](./photo.jpg), or use <Figure src="./photo.jpg" alt="…" />',
  bodyHtml: () => 'HTML is not allowed in the text.',
  bodyWriteMarkdown: () => 'write Markdown instead',
  bodyTitleHeading: () => 'A "#" heading is the page title, which comes from the "title" field.',
  bodyTitleHeadingFix: () => 'start sections with "##" and sub-sections with "###"',
  bodyHeadingJump: ({ from, to }: { from: number; to: number }) =>
    `This heading jumps from level ${from} to level ${to}, which screen-reader users rely on not to happen.`,
  bodyHeadingJumpFix: ({ good, bad }: { good: string; bad: string }) => `write ${good} instead of ${bad}`,
  bodyLinkScheme: ({ url }: { url: string }) =>
    `The address "${url}" is not allowed: links go to web pages (https://…) or e-mail addresses (mailto:…).`,
  bodyLinkRelative: ({ url }: { url: string }) =>
    `The link address "${url}" is relative, so it would break when the catalogue moves.`,
  bodyLinkFix: () => 'use the full https:// address of the page',
  bodyImageRemote: ({ src }: { src: string }) =>
    `The image "${src}" is on another website; the catalogue never loads anything from another host.`,
  bodyImageRemoteFix: () => 'download the image (with permission), save it in this folder and write ./its-name.jpg',
  bodyImageAddress: ({ src }: { src: string }) => `The image address "${src}" is not allowed.`,
  bodyImageAddressFix: () => 'save the image in this folder and write ./its-name.jpg',
  bodyImageFormat: ({ name }: { name: string }) => `"${name}" is not a picture format the catalogue publishes.`,
  bodyImageFormatFix: ({ formats }: { formats: string }) => `save it as ${formats}`,
  bodyImageMissing: ({ name }: { name: string }) => `The image "${name}" is not in this folder.`,
  bodyImageMissingFix: () => 'save the image next to this file, or correct its name',
  bodyEmptyTag: () => 'Empty tags "<>…</>" are not allowed.',
  bodyEmptyTagFix: () => 'remove them and keep the text between them',
  bodyUnknownTag: ({ tag, components }: { tag: string; components: string }) =>
    `<${tag}> is not allowed in the text: only Markdown and the components ${components} are.`,
  bodyDidYouMeanTag: ({ tag }: { tag: string }) => `did you mean <${tag}>?`,
  bodyUnknownTagFix: () => 'write Markdown instead; see docs/content-model.md',
  bodyComponentInline: ({ tag }: { tag: string }) => `<${tag}> must stand on its own line, with empty lines around it.`,
  bodyComponentMissingAttribute: ({ tag, attribute }: { tag: string; attribute: string }) =>
    `<${tag}> needs its "${attribute}" attribute.`,
  bodyComponentNoChildren: ({ tag }: { tag: string }) => `<${tag}> takes no text between tags; close it with "/>".`,
  bodyAttributeCode: ({ tag }: { tag: string }) => `<${tag}> has an attribute written in curly braces, which is code.`,
  bodyAttributeCodeFix: () => 'write each attribute as name="text"',
  bodyEventHandler: ({ attribute }: { attribute: string }) =>
    `"${attribute}" is an event handler, which runs code; it is not allowed.`,
  bodyUnknownAttribute: ({ tag, attribute }: { tag: string; attribute: string }) =>
    `<${tag}> has no attribute "${attribute}".`,
  bodyUnknownAttributeFix: ({ attributes }: { attributes: string }) => `its attributes are: ${attributes}`,
  bodyAttributeNotText: ({ tag, attribute }: { tag: string; attribute: string }) =>
    `The attribute "${attribute}" of <${tag}> must be text in quotes.`,
  bodyAttributeNotTextFix: ({ attribute }: { attribute: string }) => `write ${attribute}="…"`,
  bodyAttributeEmpty: ({ tag, attribute }: { tag: string; attribute: string }) =>
    `The attribute "${attribute}" of <${tag}> is empty.`,
  bodyAttributeEmptyFix: () => 'write what it should say between the quotes',
  exampleFigure: () => '<Figure src="./photo.jpg" alt="What the image shows" caption="…" />',
  exampleKeyFigure: () => '<KeyFigure value="390 000 €" label="Total budget" />',
  exampleQuote: () => '<Quote author="Name" role="Function">The quoted words.</Quote>',
  htmlScript: () => 'scripts never run on the catalogue; remove it',
  htmlIframe: () => 'embedded pages are not allowed; write a link to the page instead: [title](https://…)',
  htmlEmbed: () => 'embedded objects are not allowed; write a link to the file instead: [title](https://…)',
  htmlImg: () => 'use <Figure src="./photo.jpg" alt="…" /> with the image saved in this folder',
  htmlA: () => 'write a Markdown link: [text](https://…)',
  htmlBr: () => 'inside a paragraph, write <br /> where the line breaks; between paragraphs, leave an empty line',
  htmlBold: () => 'write **bold** in Markdown',
  htmlItalics: () => 'write *italics* in Markdown',
  htmlBlockquote: () => 'start the lines with "> ", or use <Quote author="…">…</Quote>',
  htmlFigure: () => 'use <Figure src="./photo.jpg" alt="…" caption="…" />',
  htmlStyle: () => 'styling is set by the site; remove it',
  htmlP: () => 'leave an empty line between paragraphs instead',
  htmlDiv: () => 'remove the tag and keep its text; separate blocks with an empty line',
  htmlSpan: () => 'remove the tag and keep its text',

  // Field types shared by the schemas (src/schemas/common.ts, taxonomy.ts).
  slugNotText: ({ what, example }: { what: string; example: string }) =>
    `Write ${what} as text, for example "${example}".`,
  slugFormat: ({ what, example }: { what: string; example: string }) =>
    `${capitalize(what)} uses lowercase letters, digits and single hyphens only (for example "${example}").`,
  textNotText: ({ what }: { what: string }) => `Write ${what} as text.`,
  textEmpty: ({ what }: { what: string }) => `${capitalize(what)} is empty: write it, or remove the line.`,
  namedField: ({ name }: { name: string }) => `the field "${name}"`,
  inLanguage: ({ what, lang }: { what: string; lang: string }) => `${what} in "${lang}"`,
  webUrlNotText: () => 'Write the web address as text, for example "https://www.example.org".',
  webUrlInvalid: () =>
    'Expected a web address starting with https:// or http:// (for example "https://www.example.org").',
  emailInvalid: () => 'Expected an e-mail address such as "contact@example.org".',
  isoDateNotText: () => 'Write the date as YYYY-MM-DD in quotes, for example "2024-11-24".',
  isoDateInvalid: () => 'Expected a real date written YYYY-MM-DD, for example "2024-11-24".',
  partialDateNotText: () => 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example "2023" or "2023-05-13".',
  partialDateInvalid: () =>
    'Expected a date written YYYY, YYYY-MM or YYYY-MM-DD between 1900 and 2100, for example "2023-05".',
  countryNotText: () => 'Write the country as its two-letter ISO 3166-1 code, for example "FR".',
  countryInvalid: ({ value }: { value: string }) =>
    `"${value}" is not a two-letter ISO 3166-1 country code (capital letters, for example "FR", "ES", "TG").`,
  languageNotText: () => 'Write the language as its two-letter ISO 639-1 code, for example "fr".',
  languageInvalid: ({ value }: { value: string }) =>
    `"${value}" is not a two-letter ISO 639-1 language code (lowercase, for example "fr", "en", "es", "nl").`,
  currencyNotText: () => 'Write the currency as its three-letter ISO 4217 code, for example "EUR" or "XOF".',
  currencyInvalid: ({ value }: { value: string }) =>
    `"${value}" is not an ISO 4217 currency code (three capital letters, for example "EUR", "USD", "XOF").`,
  contentLanguageInvalid: ({ languages }: { languages: string }) =>
    `Expected one of the catalogue's languages: ${languages}.`,
  labelOnlyLanguages: ({ languages }: { languages: string }) => `Only the languages ${languages} are expected here.`,
  labelEachLanguage: ({ what, example }: { what: string; example: string }) =>
    `Give ${what} in each language: ${example}.`,
  sourceShape: () => 'Describe the source with at least a title, for example { title: "…", url: "https://…" }.',
  listShape: ({ what, example }: { what: string; example: string }) =>
    `Write ${what} as a list, for example ${example}, or one "- item" per line.`,
  taxonomyIdNotText: ({ what, vocabulary, example }: { what: string; vocabulary: string; example: string }) =>
    `Write ${what} as an id from the vocabulary ${vocabulary}, for example "${example}".`,
  taxonomyIdEmpty: ({ what }: { what: string }) => `${capitalize(what)} is empty: write an id from its vocabulary.`,
  taxonomyEntryShape: () =>
    'Each entry needs an id and a label in each language: { id: …, label: { fr: …, en: …, es: … } }.',
  taxonomyFileShape: () => 'A vocabulary file is a list of entries, each starting with "- id: …".',
  taxonomyFileEmpty: () => 'This vocabulary has no entries: add at least one.',

  // Practices (src/schemas/practice.ts).
  organisationShape: ({ what }: { what: string }) =>
    `Describe ${what} as { name: "…", url: "https://…" } (the url may be left out).`,
  promoterShape: () => 'Describe the promoter as { name: "…", email: "…", website: "https://…" }.',
  datesShape: () => 'Write the dates as { start: "2023", end: "2025-06" }; leave out an end that is not known.',
  datesReversed: ({ start, end }: { start: string; end: string }) =>
    `The end (${end}) comes before the start (${start}).`,
  datesReversedFix: () => 'swap the two dates, or correct the one that is wrong',
  amountNotNumber: () => 'Write the amount as a plain number without spaces or currency sign, for example 390000.',
  amountNotPositive: () => 'The amount must be greater than zero.',
  budgetShape: () => 'Describe the budget as { amount: 390000, currency: EUR }.',
  linkShape: () => 'Write each link as { url: "https://…", label: "…" }.',
  summaryTooLong: () =>
    'The summary is longer than 600 characters: keep two or three sentences here and put the rest in the body.',
  atLeastOneTheme: () => 'Name at least one theme.',
  atLeastOneSourceType: () => 'Name at least one source type.',
  atLeastOneLanguage: () => 'Name at least one language the practice works in.',
  atLeastOneSource: () => 'Name at least one source the facts were read from, so that readers can check them.',
  trueOrFalse: () => 'Write true or false.',

  // Cities (src/schemas/city.ts).
  latitudeNotNumber: () => 'Write the latitude as a decimal number, for example 41.3874.',
  latitudeRange: () => 'A latitude lies between -90 and 90.',
  longitudeNotNumber: () => 'Write the longitude as a decimal number, for example 2.1686.',
  longitudeRange: () => 'A longitude lies between -180 and 180.',
  coordinatesShape: () =>
    'Write the coordinates as { lat: 41.3874, lon: 2.1686 } (decimal degrees, north and east positive).',
  populationNotNumber: () => 'Write the population as a whole number without spaces, for example 1660122.',
  populationNotWhole: () => 'The population is a whole number.',
  populationNotPositive: () => 'The population must be greater than zero.',
  countYearNotNumber: () => 'Write the year of the count, for example 2023.',
  countYearTooOld: () => 'The year of the count looks wrong.',
  countYearFuture: () => 'The year of the count is in the future.',
  populationShape: () => 'A population needs its year and its source: { value: 1660122, year: 2023, source: "…" }.',
  planYearNotNumber: () => 'Write the year the plan was adopted, for example 2021.',
  planShape: () =>
    'Describe the plan as { status: adopted, title: "…", year: 2021 }; use status "unknown" when not known.',

  // KPIs (src/schemas/kpi.ts).
  unitInvalid: ({ units }: { units: string }) => `Expected one of the units: ${units}.`,
  higherIsBetterNotBoolean: () => 'Write true when a higher value is better, false otherwise.',
  currencyNeeded: () => 'An indicator measured in money needs its currency.',
  currencyNeededFix: () => 'add currency: EUR (or the ISO 4217 code that applies)',
  indicatorsFileShape: () => 'indicators.yaml is a list of indicators, each starting with "- id: …".',
  indicatorsFileEmpty: () => 'Define at least one indicator.',
  delimiterInvalid: () => 'The delimiter is one of "," ";" or a tab.',
  decimalMarkInvalid: () => 'The decimal mark is "." or ",".',
  illustrativeNotBoolean: () =>
    'Write illustrative: true for figures that are not real measurements, false for sourced figures.',

  // Zod's own checks, where no schema says better (messages/zod-errors.ts).
  zodExpectedText: () => 'Expected text here.',
  zodExpectedNumber: () => 'Expected a number here.',
  zodExpectedWholeNumber: () => 'Expected a whole number here, without decimals.',
  zodExpectedBoolean: () => 'Write true or false.',
  zodExpectedList: () => 'Expected a list here, for example [a, b] or one "- item" per line.',
  zodExpectedFields: () => 'Expected fields here, written "name: value" on the lines below, indented.',
  zodExpectedOther: () => 'This value has the wrong form.',
  zodNumberAtLeast: ({ minimum }: { minimum: string }) => `The number must be at least ${minimum}.`,
  zodNumberAtMost: ({ maximum }: { maximum: string }) => `The number must be at most ${maximum}.`,
  zodNumberAbove: ({ minimum }: { minimum: string }) => `The number must be greater than ${minimum}.`,
  zodNumberBelow: ({ maximum }: { maximum: string }) => `The number must be less than ${maximum}.`,
  zodTextAtLeast: ({ minimum }: { minimum: string }) => `The text must have at least ${minimum} characters.`,
  zodTextAtMost: ({ maximum }: { maximum: string }) => `The text must have at most ${maximum} characters.`,
  zodListAtLeast: ({ minimum }: { minimum: string }) => `The list must have at least ${minimum} items.`,
  zodListAtMost: ({ maximum }: { maximum: string }) => `The list must have at most ${maximum} items.`,
  zodOneOf: ({ values }: { values: string }) => `Expected one of: ${values}.`,
  zodInvalid: () => 'This value is not accepted here.',

  // The network's configuration (src/schemas/site.ts, load-site-config.ts), read by network staff.
  siteTextsShape: ({ what, example }: { what: string; example: string }) =>
    `Give ${what} in each language of the site, for example { ${example} }.`,
  siteTextMissing: ({ what, lang, languages }: { what: string; lang: string; languages: string }) =>
    `${capitalize(what)} in "${lang}" is missing: the site is published in ${languages}.`,
  siteTextMissingFix: ({ lang, field }: { lang: string; field: string }) => `add ${lang}: … under ${field}`,
  basePathNotText: () => 'Write the base path as text between slashes, for example "/" or "/atlas/".',
  basePathNoLeadingSlash: ({ value }: { value: string }) => `The base path "${value}" must start with "/".`,
  basePathNoTrailingSlash: ({ value }: { value: string }) => `The base path "${value}" must end with "/".`,
  basePathNotFolders: ({ value }: { value: string }) =>
    `The base path "${value}" may hold only folder names between single slashes.`,
  basePathFix: ({ value }: { value: string }) => `write basePath: "${value}"`,
  siteUrlWithPath: ({ value, path }: { value: string; path: string }) =>
    `The site address "${value}" should hold only the scheme and host; the path "${path}" belongs in basePath.`,
  siteUrlWithPathFix: ({ origin, path }: { origin: string; path: string }) =>
    `write url: "${origin}" and basePath: "${path}"`,
  siteLanguageNotText: ({ languages }: { languages: string }) => `Write each language as its code: ${languages}.`,
  siteLanguagesNotList: ({ languages }: { languages: string }) =>
    `Write the languages as a list, for example [${languages}].`,
  siteLanguagesEmpty: () => 'The site needs at least one language.',
  siteLanguagesEmptyFix: ({ languages }: { languages: string }) => `write languages: [${languages}]`,
  siteLanguageUnsupported: ({ code, languages }: { code: string; languages: string }) =>
    `"${code}" is not a language this atlas supports: it supports ${languages} (each has its interface strings and vocabulary labels).`,
  siteLanguageUnsupportedFix: ({ languages }: { languages: string }) => `remove it, or use one of ${languages}`,
  siteLanguageTwice: ({ code }: { code: string }) => `"${code}" is listed twice.`,
  siteLanguageTwiceFix: () => 'remove the second one',
  defaultLanguageNotText: ({ languages }: { languages: string }) =>
    `Write the default language as its code: ${languages}.`,
  defaultLanguageUnsupported: ({ value, languages }: { value: string; languages: string }) =>
    `"${value}" is not a language this atlas supports: it supports ${languages}.`,
  defaultLanguageUnsupportedFix: ({ languages }: { languages: string }) =>
    `write one of the site's languages: ${languages}`,
  defaultLanguageNotPublished: ({ value, languages }: { value: string; languages: string }) =>
    `The default language "${value}" is not one of the site's languages (${languages}).`,
  defaultLanguageNotPublishedFix: ({ value, first }: { value: string; first: string }) =>
    `add "${value}" to languages, or write defaultLanguage: ${first}`,
  colourNotText: () => 'Write the colour as a hex code in quotes, for example "#5b2a86".',
  colourInvalid: () =>
    'Expected a hex colour such as "#5b2a86" or "#fff" (in quotes: YAML reads an unquoted # as a comment).',
  coloursShape: ({ names }: { names: string }) =>
    `Give the colours as a map, for example { accent: "#5b2a86" }; the keys are ${names}.`,
  colourContrast: ({ name, measured, minimum }: { name: string; measured: string; minimum: string }) =>
    `The colour ${name} makes text too hard to read: ${measured}. Text needs a contrast of at least ${minimum}:1 (WCAG 2.2 AA).`,
  colourContrastPair: ({
    text,
    background,
    where,
    ratio,
  }: {
    text: string;
    background: string;
    where: string;
    ratio: string;
  }) => `${text} on ${background} (${where}) is ${ratio}`,
  colourContrastFix: ({ name, shade }: { name: string; shade: string }) =>
    `use ${name}: "${shade}", the nearest shade that reaches it everywhere`,
  colourContrastNoShadeFix: ({ name }: { name: string }) => `choose a darker or lighter ${name}`,
  colourWhite: () => 'white',
  contrastWhereBodyText: () => 'body text',
  contrastWhereCardText: () => 'text in cards and fact boxes',
  contrastWhereSecondaryText: () => 'secondary text (places, captions)',
  contrastWhereFooterText: () => 'footer text',
  contrastWhereLinks: () => 'links',
  contrastWhereCardLinks: () => 'links in cards and in the footer',
  contrastWhereHoverLinks: () => 'links under the pointer and key figures',
  contrastWhereHeader: () => 'the header and buttons',
  contrastWhereHoverButtons: () => 'buttons under the pointer and map clusters',
  logoFileNotText: () => 'Write the logo file name, for example "logo.svg".',
  logoFileInvalid: () =>
    'Expected an .svg or .png file next to site.yaml, named by a relative path such as "logo.svg" (no "..", no leading "/").',
  logoShape: () => 'Describe the logo as { file: logo.svg, alt: { fr: …, en: …, es: … } }.',
  logoNotFound: ({ file }: { file: string }) => `The logo "${file}" was not found next to the site settings.`,
  logoNotFoundFix: ({ path }: { path: string }) => `put the file at ${path}, or correct logo.file`,
  logoUnreadable: ({ file, format }: { file: string; format: string }) =>
    `The logo "${file}" is not a readable ${format} file.`,
  logoUnreadableFix: () => 'export the logo again as SVG or PNG, with the matching extension',
  tilesUrlNotText: () => 'Write the tile address as text, for example "https://tile.example.org/{z}/{x}/{y}.png".',
  tilesUrlInvalid: () =>
    'Expected an https:// address with {z}, {x} and {y}, for example "https://tile.example.org/{z}/{x}/{y}.png".',
  tilesMaxZoomNotWhole: () => 'Write the highest zoom level as a whole number, for example 18.',
  tilesShape: () => 'Describe the tile layer as { url: "https://…/{z}/{x}/{y}.png", attribution: "© …" }.',
  dataLicenceShape: () =>
    'Describe the data licence as { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }.',
  editUrlNotText: () => 'Write the edit address as text, with {path} where the file path goes.',
  editUrlInvalid: () =>
    'Expected a web address containing {path}, for example "https://github.com/org/atlas/edit/main/{path}".',
  siteFileMissing: () => 'The site settings are missing.',
  siteFileMissingFix: ({ file }: { file: string }) =>
    `create ${file} with name, tagline, languages and defaultLanguage (see docs/hosting.md)`,
  buildConfigRefused: () => 'The site configuration has problems: nothing was built.',
  buildConfigRefusedKept: ({ outDir }: { outDir: string }) =>
    `The site configuration has problems: nothing was built, and ${outDir} was left as it was.`,
  // Reading files safely (src/catalogue/safe-file.ts, image-check.ts): links, sizes, encodings, images (issue #13).
  fileLinkOutside: ({ file }: { file: string }) =>
    `"${file}" is a symbolic link to a file outside the content folder: it was not read.`,
  fileFolderLinkOutside: ({ file }: { file: string }) =>
    `"${file}" is reached through a symbolic link to a folder outside the content folder: it was not read.`,
  fileLinkOutsideFix: () => 'replace the link with a copy of the file itself, inside the content folder',
  fileLinkDangling: ({ file }: { file: string }) =>
    `"${file}" is a symbolic link that leads to nothing (its target does not exist).`,
  fileLinkLoop: ({ file }: { file: string }) => `"${file}" is a symbolic link that leads back to itself (a loop).`,
  fileLinkFix: () => 'remove it, or put the file itself in its place',
  fileNotOrdinary: ({ file }: { file: string }) =>
    `"${file}" is not an ordinary file (a device, a pipe or a socket): it was not read.`,
  fileIsFolder: ({ file }: { file: string }) => `"${file}" is a folder where a file is expected.`,
  fileIsFolderFix: () => 'put the file itself here, not a folder',
  fileUnreadable: ({ file, code }: { file: string; code: string }) => `"${file}" could not be read (${code}).`,
  fileUnreadableFix: () => 'check that the file exists and that you may read it',
  fileTooLarge: ({ megabytes, limit }: { megabytes: number; limit: number }) =>
    `This file weighs ${megabytes.toLocaleString('en')} MB, more than the ${limit.toLocaleString('en')} MB the check reads.`,
  textTooLargeFix: () => 'shorten the text, or link to a longer document instead of copying it',
  yamlTooLargeFix: () => 'shorten the file: it should hold settings and labels only',
  csvTooLargeFix: () => 'split the observations into several datasets (one folder each)',
  imageTooLargeFix: () =>
    'resize the image to at most 1280 pixels wide and save it again (the site publishes it at that width)',
  textIsUtf16: () => 'This file is saved as UTF-16 ("Unicode"): the catalogue reads UTF-8 only.',
  textNotUtf8: () =>
    'This line holds characters that are not UTF-8: the file was saved in another encoding (often Windows-1252 or "ANSI"), and accents would show garbled.',
  resaveAsUtf8Fix: () =>
    're-save the file as UTF-8 — Notepad: File › Save as, Encoding "UTF-8"; VS Code: click the encoding at the bottom right, "Save with Encoding", "UTF-8"; ' +
    'TextEdit: File › Save, Plain Text Encoding "Unicode (UTF-8)"; LibreOffice: File › Save As, type "Text - Choose Encoding", then "Unicode (UTF-8)"',
  resaveCsvAsUtf8Fix: () =>
    're-save the file as UTF-8 — Excel: File › Save As, type "CSV UTF-8 (Comma delimited) (*.csv)"; LibreOffice Calc: File › Save As, type "Text CSV", tick "Edit filter settings", character set "Unicode (UTF-8)"; ' +
    'Numbers: File › Export To › CSV, Text Encoding "Unicode (UTF-8)"; Notepad: File › Save as, Encoding "UTF-8"; VS Code: "Save with Encoding", "UTF-8"',
  textNulByte: () =>
    'This line holds a NUL character (byte 0), which no text file should contain: the file may be damaged or not a text file.',
  textNulByteFix: () =>
    'open the file in a text editor, delete the invisible character on this line (or copy the text into a new file), and save it as UTF-8',
  textBidiControl: ({ code }: { code: string }) =>
    `This line holds an invisible direction control (${code}) that makes the page show the text in another order than the file holds it.`,
  textBidiControlFix: () =>
    'delete the invisible character on this line (VS Code highlights it; elsewhere, retype the line), then save',
  yamlTooManyAliases: ({ limit }: { limit: number }) =>
    `The fields repeat other fields through aliases (*name) more than the ${limit} times the check allows.`,
  yamlTooManyAliasesFix: () =>
    'write the values out instead of repeating them with anchors (&name) and aliases (*name)',
  yamlTooDeep: ({ limit }: { limit: number }) =>
    `The fields are nested (lists and groups in one another) more than the ${limit} levels the check reads.`,
  yamlTooDeepFix: () => 'write the fields with fewer levels, as in the template of the file',
  fileCheckFailed: ({ error }: { error: string }) => `The check could not finish reading this file (${error}).`,
  fileCheckFailedFix: () =>
    'look for an unusual construction in it (very long lines, deep nesting, unusual characters), and tell the maintainers: the check should have explained it',
  imageNotImage: ({ file }: { file: string }) => `"${file}" is named as an image, but its content is not an image.`,
  imageNotImageFix: ({ formats }: { formats: string }) =>
    `export the picture again from an image program, as ${formats}`,
  imageWrongExtension: ({ file, format }: { file: string; format: string }) =>
    `"${file}" is a ${format} image with the name of another format.`,
  imageWrongExtensionFix: ({ name }: { name: string }) => `rename it "${name}", and the references to it`,
  imageFormatNotPublished: ({ file, format }: { file: string; format: string }) =>
    `"${file}" is a ${format} image, a format the site does not publish.`,
  imageTooManyPixels: ({
    file,
    width,
    height,
    megapixels,
  }: {
    file: string;
    width: number;
    height: number;
    megapixels: number;
  }) =>
    `"${file}" is ${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels, more than the ${megapixels.toLocaleString('en')} million pixels the build processes.`,
  imageUnreadable: ({ file }: { file: string }) =>
    `"${file}" could not be opened as an image: it may be damaged or cut short.`,
  // The favicon key of site.yaml (h14-hosting).
  faviconFileInvalid: () =>
    'Expected an .svg or .png file next to site.yaml, named by a relative path such as "favicon.png" (no "..", no leading "/").',
  faviconNotFound: ({ file }: { file: string }) => `The favicon "${file}" was not found next to the site settings.`,
  faviconNotFoundFix: ({ path }: { path: string }) => `put the file at ${path}, or correct favicon`,
  faviconUnreadable: ({ file, format }: { file: string; format: string }) =>
    `The favicon "${file}" is not a readable ${format} file.`,
  faviconUnreadableFix: () => 'export the icon again as SVG or PNG, with the matching extension',
  faviconOutside: ({ file, link }: { file: string; link: string }) =>
    `The favicon "${file}" is reached through the symbolic link "${link}", which points outside the folder of the site settings: the build reads only files inside it.`,

  // Hostile bodies (body/limits.ts, body/parse-body.ts): limits checked before the parser runs.
  bodyTooLong: ({ characters, limit }: { characters: number; limit: number }) =>
    `This text is ${characters} characters long; a text may hold at most ${limit}.`,
  bodyTooLongFix: () => 'split it into several practices, or move long tables into a KPI dataset (CSV)',
  bodyNestedTooDeep: ({ limit }: { limit: number }) =>
    `Quotes, lists, components or emphasis are nested more than ${limit} levels deep here.`,
  bodyNestedTooDeepFix: () => 'write the nested parts one after the other instead of one inside another',
  // npm run dev (scripts/dev.ts), the live preview.
  devConfigRefused: () => 'The site configuration has problems: the preview did not start.',
  devReady: ({ url }: { url: string }) => `Preview of the catalogue: ${url}`,
  devHowItWorks: () =>
    'Pages follow your files as you save them; problems show on the page and here. Stop with Ctrl+C.',
  // npm run dev at scale: the preview's own watcher and its start (src/catalogue/content-watcher.ts, folder-cache.ts).
  devWatchFailed: ({ folder, code }: { folder: string; code: string }) =>
    code === 'ENOSPC'
      ? `The system's limit of watched folders is reached: changes in ${folder} will not show until the preview is restarted.`
      : `Changes in ${folder} cannot be followed (${code}): they will not show until the preview is restarted.`,
  devWatchFailedFix: () =>
    'stop other previews or development servers, or raise the limit (sysctl fs.inotify.max_user_watches), then restart npm run dev',
  devStarted: ({
    folders,
    read,
    cached,
    seconds,
  }: {
    folders: number;
    read: number;
    cached: number;
    seconds: string;
  }) => `${folders} entry folders checked in ${seconds} s (${read} read, ${cached} unchanged since the last start).`,
  devRestRead: ({ seconds }: { seconds: string }) =>
    `KPI tables read in ${seconds} s: the list of problems is complete.`,

  // Hostile configuration values (src/schemas/site-values.ts, src/hosting/svg-logo.ts): a refused value is never repeated.
  basePathUnsafe: ({ characters }: { characters: string }) =>
    `The base path holds characters a folder name in a web address may not have: ${characters}. Use letters, digits, "-", "_", "." and "~" between slashes.`,
  basePathDotFolder: () => 'The base path may not hold a folder named "." or "..".',
  basePathExampleFix: () =>
    'write basePath: "/" for a site at the root of its host, or a folder such as basePath: "/atlas/"',
  baseOptionRefused: ({ option }: { option: string }) => `The base path given by ${option} was refused:`,
  siteOptionRefused: ({ option }: { option: string }) =>
    `The site address given by ${option} was refused: expected an http:// or https:// address such as "https://atlas.example.org", without spaces, quotes or angle brackets.`,
  siteTextControl: ({ what, characters }: { what: string; characters: string }) =>
    `${capitalize(what)} holds invisible control characters (${characters}) that would garble the pages.`,
  siteTextControlFix: () => 'type the text again, or paste it as plain text (Ctrl+Shift+V)',
  webAddressUnsafe: ({ characters }: { characters: string }) =>
    `This web address holds characters a web address may not hold as written: ${characters}.`,
  webAddressUnsafeFix: () =>
    'copy the address from the browser\'s address bar, for example "https://www.example.org/page"',
  tilesUrlUnsafe: ({ characters }: { characters: string }) =>
    `The tile address holds characters a tile address may not have: ${characters}. Expected an https:// address with {z}, {x} and {y}, for example "https://tile.example.org/{z}/{x}/{y}.png".`,
  logoOutside: ({ file, link }: { file: string; link: string }) =>
    `The logo "${file}" is reached through the symbolic link "${link}", which points outside the folder of the site settings: the build reads only files inside it.`,
  logoOutsideFix: () => 'copy the image itself into the folder of site.yaml instead of linking to it',
  logoSvgNotXml: ({ file, line }: { file: string; line: number }) =>
    `The logo "${file}" is not well-formed SVG (XML) at its line ${line}.`,
  logoSvgDeclaration: ({ file, line }: { file: string; line: number }) =>
    `The logo "${file}" holds a DOCTYPE, an entity or a processing instruction (its line ${line}), which an SVG logo may not.`,
  logoSvgElement: ({ file, line, name }: { file: string; line: number; name: string }) =>
    `The logo "${file}" holds the element <${name}> (its line ${line}): a logo may hold only shapes, paths, text and gradients, so that opening it runs and loads nothing.`,
  logoSvgAttribute: ({ file, line, name, element }: { file: string; line: number; name: string; element: string }) =>
    `The logo "${file}" holds the attribute ${name} on <${element}> (its line ${line}), which an SVG logo may not have (scripts, events, links and editor data are refused).`,
  logoSvgReference: ({ file, line, name, element }: { file: string; line: number; name: string; element: string }) =>
    `The logo "${file}" refers to something outside itself in ${name} on <${element}> (its line ${line}): a logo may refer only to its own parts ("#id").`,
  logoSvgFix: () =>
    'export the logo again as plain SVG (Inkscape: Save as "Plain SVG" or "Optimized SVG"; Illustrator: Export As SVG with presentation attributes), or as PNG',
  // Texts a visitor reads, given per language (src/schemas/common.ts textInLanguages; h15-texts).
  textInLanguagesShape: ({ what, example }: { what: string; example: string }) =>
    `Write ${what} as a text, or per language as ${example} (every language you can give; the others fall back with a notice).`,
  textInLanguagesEmpty: ({ what }: { what: string }) =>
    `${capitalize(what)} gives no language: write at least one of fr, en, es.`,
  datasetLanguageNeeded: ({ what }: { what: string }) =>
    `${capitalize(what)} is written as one text: the check cannot tell which language it is in, so pages in the other languages could not say it is not translated.`,
  datasetLanguageNeededFix: ({ example }: { example: string }) =>
    `add the line "language: en" (fr, en or es: the language these texts are written in), or give the text per language: ${example}`,
  translatedFactsShape: ({ what, example }: { what: string; example: string }) =>
    `In a translation, ${what} carries only the texts to translate: ${example}. Amounts, currencies and addresses stay in the original.`,
  // YAML the parser cannot read, one message per error of the yaml library (yaml-source.ts; h15-texts).
  yamlAliasProps: () => 'An alias (*name) cannot carry an anchor (&) or a tag (!).',
  yamlAliasPropsFix: () => 'remove the & or ! written before *name, or write the value itself',
  yamlBadAlias: () => 'A value refers with *name to an anchor (&name) that is not defined before it.',
  yamlBadAliasFix: () => 'write the value itself instead of *name, or put the text in quotes if the * is part of it',
  yamlBadDirective: () => 'A line starting with % is not understood.',
  yamlBadDirectiveFix: () => 'remove the line starting with %, or put its text in quotes after a field name',
  yamlBadEscape: () => 'A backslash \\ in a text between double quotes starts a sequence that does not exist.',
  yamlBadEscapeFix: () => "write \\\\ for a backslash, or put the text between single quotes 'like this'",
  yamlBadPropOrder: () => 'An anchor (&) or a tag (!) is not where YAML expects it.',
  yamlBadPropOrderFix: () => 'remove the & or ! sign, or put the whole value in double quotes',
  yamlBadScalarStart: () => 'A value starts with a sign YAML reserves (@, `, or | and > followed by text).',
  yamlBadScalarStartFix: () => 'put the whole value in double quotes, for example "@city"',
  yamlBlockInFlow: () =>
    'A list or group in brackets [ ] or { } holds a line in the other form ("- item" or "field:" on its own line).',
  yamlBlockInFlowFix: () =>
    'write what is inside the brackets on one line, separated by commas, or remove the brackets and write one "- item" per line',
  yamlImpossible: () => 'These fields could not be read.',
  yamlImpossibleFix: () =>
    'compare the lines around this one with the template in CONTRIBUTING: one "field: value" per line, nested fields indented by two spaces',
  yamlLongKey: () =>
    "A field name is longer than 1024 characters: the colon after a field name is probably missing, or a long text is not on its field's line.",
  yamlLongKeyFix: () => 'write each line as field: value, with the whole text on the line of its field',
  yamlMissingChar: () =>
    'A closing sign is missing: a quote, a bracket ], a brace }, or the comma between two items in brackets.',
  yamlMissingCharFix: () =>
    'close the quote, bracket or brace opened on this line or just above, and separate the items between brackets with commas',
  yamlTwoAnchors: () => 'A value has two anchors (&name).',
  yamlTwoAnchorsFix: () => 'keep one &name, or remove both and write the value itself',
  yamlTwoDocuments: () => 'A line "---" or "..." starts a second set of fields: a file holds one.',
  yamlTwoDocumentsFix: () =>
    'remove the extra "---" line (in an .mdx file, the fields are between the first two "---" lines only)',
  yamlTwoTags: () => 'A value has two tags (!).',
  yamlTwoTagsFix: () => 'remove the ! signs, or put the value in double quotes',
  yamlKeyNotText: () => 'A field name is written as a list or a group, not as a word.',
  yamlKeyNotTextFix: () => 'write the field name as a plain word before the colon, for example title:',
  yamlUnknownTag: () => 'A value starts with ! (a YAML tag) that the check does not understand.',
  yamlUnknownTagFix: () => 'put the value in double quotes, for example "!important"',
  yamlUnexpected: () =>
    'Something on this line is not where a field or value can be: a stray sign, a missing colon after the field name, or text after a closing quote.',
  yamlUnexpectedFix: () =>
    'write the line as field: value, and put a value holding a colon, a # or quotes between double quotes',
  yamlCollectionType: () => 'A list is written where fields are expected, or fields where a list is expected.',
  yamlCollectionTypeFix: () =>
    'check the brackets and dashes: [a, b] or "- item" for a list, { field: value } or indented "field: value" for fields',
  // CSV the parser cannot read, by error of csv-parse (load-kpis.ts; h15-texts).
  csvQuoteNotClosed: () =>
    'A cell opened with a quote " is never closed: the rest of the file would be read as that one cell.',
  csvQuoteNotClosedFix: () =>
    'add the closing quote at the end of the cell that starts on this line, or remove its opening quote',
  csvAfterClosingQuote: () => 'Text follows the closing quote of a quoted cell.',
  csvAfterClosingQuoteFix: () => 'inside a quoted cell, write a quote as two quotes "", for example "Report ""A"""',
  csvQuoteInCell: () => 'A quote " appears in the middle of a cell that does not start with one.',
  csvQuoteInCellFix: () =>
    'put the whole cell between quotes and double the quote inside it, for example "Report ""A""", or remove the quote',
  csvUnreadableAny: () => 'The file could not be read as CSV from this line on.',
  csvUnreadableAnyFix: () =>
    "compare the line with the header: one cell per column, separated by the file's delimiter, quotes in pairs",
  // npm run serve before any build (scripts/serve.ts; h15-texts).
  serveNoSite: ({ dir }: { dir: string }) =>
    `No built site in ${dir}: run npm run build first (or npm start, which builds and serves).`,
  // Roles of places in a practice's cities (h16-places: src/schemas/practice.ts, integrity.ts).
  placeShape: ({ example }: { example: string }) =>
    `Write each place as a city id, for example "- barcelona", or with how it takes part: "- { city: zio-1, role: ${example} }".`,
  placeRoleShape: ({ example }: { example: string }) =>
    `Write the role as an id from the vocabulary place-roles, for example "role: ${example}", or several as a list: "role: [location, lead]".`,
  placeRolesEmpty: () =>
    'The list of roles is empty: name at least one, or remove the line (a place without a role is where the practice happens).',
  placeRoleDefaultMissing: ({ file }: { file: string }) =>
    `The vocabulary place-roles (${file}) has no entry "location": it is the role of every city written as a plain id.`,
  placeRoleDefaultMissingFix: () =>
    'add it back: - id: location, with its label in fr, en and es (for example "Where it happens")',
  // Status and dates that disagree (warnings.ts, statusDateWarnings).
  warnStatusStarted: ({ status, date, reviewed }: { status: string; date: string; reviewed: string }) =>
    `The status is "${status}", but the practice started in ${date} (dates.start), before its last review on ${reviewed}.`,
  warnStatusNotStarted: ({ status, date, reviewed }: { status: string; date: string; reviewed: string }) =>
    `The status is "${status}", but the practice only starts in ${date} (dates.start), after its last review on ${reviewed}.`,
  warnStatusEnded: ({ status, date, reviewed }: { status: string; date: string; reviewed: string }) =>
    `The status is "${status}", but the practice ended in ${date} (dates.end), before its last review on ${reviewed}.`,
  warnStatusNotEnded: ({ status, date, reviewed }: { status: string; date: string; reviewed: string }) =>
    `The status is "${status}", but the practice ends in ${date} (dates.end), after its last review on ${reviewed}.`,
  warnStatusDatesFix: ({ reviewed }: { reviewed: string }) =>
    `write the stage the practice had reached on ${reviewed} (status: planned, ongoing, completed, discontinued, or unknown when the sources do not say), or correct the date`,
  // KPI places, plausible values and reference lines (h16-kpi: load-kpis.ts, kpi-duplicates.ts, schemas/kpi.ts).
  boundNotNumber: () => 'minimum and maximum are numbers, digits only (maximum: 100).',
  referenceValueNotNumber: () => 'The reference value is a number, digits only (value: 50).',
  referenceOutOfRange: ({ value, range }: { value: number; range: string }) =>
    `The reference value ${value} is not a value this indicator can take (${range}).`,
  referenceOutOfRangeFix: () =>
    'write the value in the unit of the indicator (50 for parity in percent), or set minimum and maximum if the indicator really goes beyond',
  rangeBetween: ({ min, max }: { min: number; max: number }) => `from ${min} to ${max}`,
  rangeAtLeast: ({ min }: { min: number }) => `${min} or more`,
  rangeAtMost: ({ max }: { max: number }) => `${max} or less`,
  rangeAny: () => 'any number',
  cityAndPlaceColumns: () => 'The file has both a "city" and a "place" column; only one of them names the place.',
  cityAndPlaceColumnsFix: () =>
    'keep the "place" column (it takes city ids, country codes such as TG and network:<id>) and move the city ids into it',
  cellCountryInCityColumn: ({ value }: { value: string }) =>
    `"${value}" looks like a country code, but the "city" column takes only city ids.`,
  cellCountryInCityColumnFix: () =>
    'for a national figure, rename the column "city" to "place" in the first line: "place" takes city ids and country codes (TG)',
  cellNotCountry: ({ value }: { value: string }) => `"${value}" is not an ISO 3166-1 country code.`,
  cellNotCountryFix: () => 'write the two-letter code of the country in capitals, such as TG for Togo or FR for France',
  cellNotPlace: ({ value }: { value: string }) => `"${value}" is not a place.`,
  cellNotPlaceFix: () =>
    'write a city id (ogou-1), a country code in capitals (TG) or a network as network:<id> (network:aimf)',
  cellImplausible: ({ value, indicator, range }: { value: string; indicator: string; range: string }) =>
    `${value} is not a possible value of ${indicator}: its unit allows ${range}.`,
  cellNotWhole: ({ value, indicator }: { value: string; indicator: string }) =>
    `${value} is not a possible value of ${indicator}: it counts things, so its values are whole numbers.`,
  cellImplausibleFix: () =>
    'check the figure against the source (a misplaced decimal mark, a share written as a count); if the indicator really goes beyond, set its minimum or maximum in indicators.yaml',
  observationNoSuchNetwork: ({ id, file }: { id: string; file: string }) => `There is no network "${id}" in ${file}.`,
  observationInTwoDatasets: ({
    place,
    indicator,
    period,
    other,
  }: {
    place: string;
    indicator: string;
    period: string;
    other: string;
  }) => `${place}, ${indicator}, ${period} is also measured in ${other}.`,
  observationInTwoDatasetsFix: ({ used }: { used: string }) =>
    `rankings, maps and comparisons use the figure of ${used} (a sourced dataset before an illustrative one, then the first by folder name); remove the row you do not want shown, or keep both if the two sources are meant to be read side by side`,
};

/**
 * The fields and things messages name, keyed by the English word the schemas
 * pass (`nonEmptyText('title')`), each as a definite noun phrase.
 */
export const enNouns = {
  title: 'the title',
  summary: 'the summary',
  keyword: 'the keyword',
  keywords: 'the keywords',
  result: 'the result',
  results: 'the results',
  'promoter name': "the promoter's name",
  partner: 'each partner',
  'partner name': "the partner's name",
  partners: 'the partners',
  funder: 'each funder',
  'funder name': "the funder's name",
  funders: 'the funders',
  'budget period': 'the budget period',
  'budget note': 'the budget note',
  'link label': 'the link label',
  links: 'the links',
  'source title': 'the title of the source',
  publisher: 'the publisher',
  sources: 'the sources',
  region: 'the region',
  'city id': 'the city id',
  cities: 'the cities',
  status: 'the status',
  theme: 'the theme',
  themes: 'the themes',
  'power domain': 'the power domain',
  'power domains': 'the power domains',
  method: 'the method',
  methods: 'the methods',
  'source type': 'the source type',
  'source types': 'the source types',
  SDG: 'the SDG',
  SDGs: 'the SDGs',
  scale: 'the scale',
  network: 'the network',
  networks: 'the networks',
  languages: 'the languages',
  name: 'the name',
  'authority type': 'the type of local government',
  'population source': 'the source of the population figure',
  'plan status': 'the status of the plan',
  'plan title': 'the title of the plan',
  'indicator id': 'the indicator id',
  id: 'the id',
  label: 'the label',
  description: 'the description',
  licence: 'the licence',
  'site name': 'the site name',
  tagline: 'the tagline',
  'logo alternative': 'the text alternative of the logo',
  'licence name': 'the name of the licence',
  'tile attribution': 'the tile attribution (the credit the tile provider requires)',
  // Dataset texts given per language (h15-texts).
  'dataset note': 'the note on the dataset',
  budget: 'the budget',
  // Roles of places (h16-places).
  'place role': 'the role of the place',
  'place roles': 'the roles of the place',
};

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type FieldNoun = keyof typeof enNouns;
