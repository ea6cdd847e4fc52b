/**
 * Les messages de la vérification du contenu, en français, pour les
 * personnes qui contribuent au catalogue (agents municipaux, associations).
 * Typés d'après en.ts : un message manquant ou un paramètre mal nommé ne
 * compile pas. Les valeurs à recopier restent entre guillemets droits "…",
 * tels qu'on les écrit dans les fichiers.
 */
import { capitalize, type EntryKindName, type FieldNoun, type Messages } from './en.ts';

const ENTRY = {
  practice: { each: 'Chaque pratique', per: 'par pratique', ofThe: 'de la pratique', folder: 'dossier de pratique' },
  city: {
    each: 'Chaque fiche ville',
    per: 'par fiche ville',
    ofThe: 'de la fiche ville',
    folder: 'dossier de fiche ville',
  },
} satisfies Record<EntryKindName, unknown>;

/** The kind of entry as a noun after "une" (both are feminine), and in the plural. */
const SHORT = { practice: 'pratique', city: 'fiche ville' } satisfies Record<EntryKindName, string>;
const SHORT_PLURAL = { practice: 'pratiques', city: 'fiches ville' } satisfies Record<EntryKindName, string>;

/** French counts 0 and 1 in the singular. */
const plural = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`;

export const fr: Messages = {
  reportNoProblems: () => 'Aucun problème trouvé.',
  reportFileHeading: ({ file, count }) => `${file} (${plural(count, 'problème', 'problèmes')})`,
  reportTotals: ({ problems, files }) =>
    `${plural(problems, 'problème', 'problèmes')} dans ${plural(files, 'fichier', 'fichiers')}.`,
  checkFixAndRerun: () => 'Corrigez ces problèmes, puis relancez npm run check.',
  checkValid: ({ practices, cities, indicators, observations, seconds }) =>
    `Le contenu est valide : ${plural(practices, 'pratique', 'pratiques')}, ${plural(cities, 'ville', 'villes')}, ` +
    `${plural(indicators, 'indicateur', 'indicateurs')}, ${plural(observations, 'observation', 'observations')} (${seconds} s).`,
  buildRefused: () => 'Le contenu a des problèmes : le site n’a pas été construit.',
  buildRefusedKept: ({ outDir }) =>
    `Le contenu a des problèmes : le site n’a pas été construit, et ${outDir} est resté tel quel.`,
  unknownLanguage: ({ value, option, choices }) =>
    `${option} "${value}" n’est pas une langue de la vérification : choisissez parmi ${choices}.`,

  // Avertissements : signalés, jamais refusés (warnings.ts).
  reportWarnings: ({ count }) =>
    `${plural(count, 'avertissement', 'avertissements')} : à regarder, mais le contenu est accepté tel quel.`,
  reportFileWarningsHeading: ({ file, count }) => `${file} (${plural(count, 'avertissement', 'avertissements')})`,
  warnReviewedFuture: ({ date }) => `La date de relecture ${date} est dans le futur.`,
  warnReviewedFutureFix: ({ today }) =>
    `écrivez le jour où les faits ont été vérifiés pour la dernière fois, au plus tard aujourd’hui (${today})`,
  warnUnbalancedQuote: ({ quote }) =>
    `Le guillemet ${quote} n’a pas de partenaire dans ce texte : il serait publié seul.`,
  warnUnbalancedQuoteFix: () =>
    'fermez la citation par son partenaire (« … », “…”, "…") ou supprimez le guillemet isolé',
  warnWeakAlt: ({ alt }) => `L’alternative textuelle "${alt}" ne dit pas ce que montre l’image.`,
  warnWeakAltFix: () =>
    'décrivez en quelques mots ce que manquerait une personne qui ne la voit pas, par exemple « Des femmes marchent de nuit dans une rue éclairée »',

  // npm run serve (scripts/serve.ts).
  serveReady: ({ url }) => `Practice Atlas est servi à l’adresse ${url} (Ctrl+C pour arrêter).`,
  servePortBusy: ({ port, used }) =>
    `Le port ${port} est déjà utilisé par un autre programme (peut-être un autre npm start) : le site est servi sur le port ${used} à la place.`,
  serveNoFreePort: ({ from, to }) =>
    `Les ports ${from} à ${to} sont tous utilisés : arrêtez l’autre serveur (Ctrl+C dans sa fenêtre), ou choisissez un autre port avec -- --port 8080.`,

  // npm run translations (scripts/translations.ts) : un rapport, dans la langue demandée.
  translationsNoHistory: () =>
    'L’historique git n’est pas disponible ici : les traductions dépassées ne peuvent pas être repérées.',
  translationsLanguage: ({ lang, missing, outdated }) =>
    `${lang} : ${missing} ${missing <= 1 ? 'manquante' : 'manquantes'}, ${outdated} à mettre à jour`,
  translationsMissing: ({ kind, id, lang, file }) => `manquante     ${SHORT[kind]} ${id} (original ${lang} : ${file})`,
  translationsOutdated: ({ kind, id, original, translation }) =>
    `à mettre à jour ${SHORT[kind]} ${id} (original modifié le ${original}, traduction le ${translation})`,
  translationsCurrent: ({ kind, id }) => `à jour        ${SHORT[kind]} ${id}`,
  translationsUnknown: ({ kind, id }) => `inconnu       ${SHORT[kind]} ${id} (pas d’historique git)`,
  translationsNotCommitted: () => 'pas encore enregistré (commit)',

  didYouMean: ({ value }) => `vouliez-vous dire "${value}" ?`,
  writeValue: ({ value }) => `écrivez "${value}"`,
  renameTo: ({ name }) => `renommez-le "${name}"`,
  removeSecond: () => 'supprimez le second',
  removeIt: () => 'supprimez-le',

  noFrontmatter: () => 'Le fichier ne commence pas par ses champs placés entre deux lignes "---".',
  noFrontmatterFix: () =>
    'la première ligne doit être "---", puis viennent les champs (title: …), une ligne "---", et enfin le texte',
  unclosedFrontmatter: () => 'Les champs ouverts par "---" à la ligne 1 ne sont jamais fermés.',
  unclosedFrontmatterFix: () => 'ajoutez une ligne "---" après le dernier champ, avant le texte',
  frontmatterNotFields: () => 'Les lignes entre les "---" doivent être des champs écrits "nom: valeur".',
  frontmatterNotFieldsFix: () => 'commencez par "title: …" sur la ligne qui suit le premier "---"',
  yamlDuplicateKey: () => 'Ce champ est écrit deux fois.',
  yamlDuplicateKeyFix: () => 'gardez une seule des deux lignes, en réunissant ce que dit chacune',
  yamlTab: () => 'Une tabulation sert de retrait ; les champs doivent être décalés avec des espaces.',
  yamlTabFix: () => 'remplacez la tabulation en début de ligne par deux espaces',
  yamlMultilineKey: () =>
    'Une valeur s’étend sur plusieurs lignes sans guillemets, ou il manque les deux-points à une ligne "champ: valeur".',
  yamlMultilineKeyFix: () =>
    'mettez un texte long entre guillemets, ou commencez-le par ">-" sur la ligne du champ et décalez les lignes suivantes',
  yamlBlockAsKey: () => 'Une ligne n’a pas pu être lue comme "champ: valeur".',
  yamlBlockAsKeyFix: () => 'vérifiez les deux-points après le nom du champ et le retrait des lignes voisines',
  yamlBadIndent: () => 'Le retrait de cette ligne ne correspond pas à celui des lignes voisines.',
  yamlBadIndentFix: () => 'décalez les champs imbriqués de deux espaces de plus que le champ qui les contient',
  valueCutByComment: ({ value }) =>
    `Tout ce qui suit " #" sur cette ligne est lu comme une note et laissé de côté : la valeur n’est donc que "${value}".`,
  valueCutByCommentFix: ({ whole }) =>
    `mettez toute la valeur entre guillemets, par exemple "${whole}", ou placez la note sur une ligne à part`,
  yamlCurlyQuotes: () =>
    'Les guillemets courbes “ ” ‘ ’, tels que les traitements de texte les saisissent, ne comptent pas comme guillemets dans les champs.',
  yamlCurlyQuotesFix: ({ line }) => `écrivez la ligne avec des guillemets droits : ${line}`,

  unfilledValue: () => 'La marque "…" laissée par npm run new est toujours là : cet emplacement n’est pas rempli.',
  unfilledValueFix: () => 'écrivez la valeur, ou supprimez la ligne si elle ne s’applique pas',
  unfilledValueFixWith: ({ hint }) => `écrivez la valeur, ou supprimez la ligne si elle ne s’applique pas. ${hint}`,
  untranslatedBody: ({ lang }) =>
    `Le texte est encore mot pour mot celui de l’original (${lang}.mdx) : il n’a pas encore été traduit.`,
  untranslatedBodyFix: () =>
    'traduisez le texte sous les champs, ou retirez ce fichier en attendant que la traduction soit prête',

  entryFolderInvisible: ({ name, chars }) =>
    `Le nom du dossier "${name}" contient des caractères invisibles (${chars}), souvent collés depuis un traitement de texte ou une page web.`,
  entryFolderTaken: ({ kind, name }) =>
    `l’identifiant "${name}" est déjà le dossier d’une autre ${SHORT[kind]} : s’il s’agit de la même ${SHORT[kind]}, déplacez ces fichiers dans ${name}/ ; sinon, donnez-lui un autre identifiant`,
  entryNested: ({ kind, folder, root }) =>
    `${folder} contient une ${SHORT[kind]}, mais il se trouve dans un autre dossier : seuls les dossiers placés directement dans ${root}/ sont lus.`,
  entryNestedFix: ({ target }) => `déplacez-le vers ${target}`,
  entrySubfolder: ({ kind, name }) =>
    `"${name}" est un dossier ; un ${ENTRY[kind].folder} ne contient que ses fichiers de langue et ses images, donc rien de ce qu’il contient n’est lu.`,
  entrySubfolderFix: () => 'remontez les images qu’il contient dans ce dossier-ci, puis supprimez-le',
  entryOtherKind: ({ kind, other, fields }) =>
    `Ce fichier décrit une ${SHORT[other]} (il contient ${fields}), mais il se trouve parmi les dossiers de ${SHORT_PLURAL[kind]}.`,
  entryOtherKindFix: ({ target }) => `déplacez son dossier vers ${target}`,
  translationAlone: ({ id, lang }) =>
    `Les fichiers de "${id}" sont tous des traductions de ${lang}.mdx, et il n’y a pas de ${lang}.mdx ici : l’original se trouve dans un autre dossier, ou manque.`,
  translationAloneMoveFix: ({ target }) => `s’il traduit cette entrée, déplacez ce fichier vers ${target}`,
  translationAloneFix: ({ lang }) =>
    `déplacez ce fichier dans le dossier qui contient ${lang}.mdx, ou faites-en l’original : retirez "translationOf" et donnez-lui tous les champs`,

  unknownField: ({ key }) => `"${key}" n’est pas un champ prévu ici, et son contenu serait perdu.`,
  unknownFieldFix: ({ fields }) => `supprimez-le, ou utilisez l’un de ces champs : ${fields}`,
  requiredField: ({ field }) => `Le champ obligatoire "${field}" manque.`,
  requiredFieldFix: ({ line }) => `ajoutez cette ligne à la fin des champs : ${line}`,
  colonInTextFix: ({ text }) =>
    `le " : " de cette ligne est lu comme le début d’un champ : mettez tout le texte entre guillemets, par exemple ${text}`,

  vocabularyMissing: ({ vocabulary }) => `Le vocabulaire "${vocabulary}" manque.`,
  vocabularyMissingFix: ({ file }) =>
    `créez ${file} avec une liste de termes "- id: …" et leurs libellés dans chaque langue`,
  notAVocabulary: ({ name }) =>
    `"${name}" n’est pas l’un des vocabulaires du catalogue : rien de ce qu’il contient ne serait utilisé.`,
  notAVocabularyFix: ({ files }) =>
    `les vocabulaires sont ${files} ; un nouveau vocabulaire demande aussi un champ qui l’utilise (src/schemas/)`,
  duplicateVocabularyId: ({ id, vocabulary, line }) =>
    `L’identifiant "${id}" est utilisé deux fois dans ${vocabulary} (la première fois à la ligne ${line}).`,
  duplicateVocabularyIdFix: () => 'donnez à chaque terme son propre identifiant, ou fusionnez les deux termes',

  entriesFolderMissing: ({ folder }) => `Le dossier ${folder} manque.`,
  entriesFolderMissingFix: ({ kind }) => `créez-le, avec un dossier ${ENTRY[kind].per}`,
  entryIsFile: ({ kind, name }) =>
    `${ENTRY[kind].each} est un dossier contenant un fichier par langue ; "${name}" est un fichier.`,
  entryIsFileFix: ({ target }) => `déplacez-le vers ${target} (ou en.mdx, es.mdx selon sa langue)`,
  entryFolderName: ({ kind, name }) =>
    `Le nom du dossier "${name}" sert d’identifiant ${ENTRY[kind].ofThe} dans les adresses web : uniquement des minuscules, des chiffres et des tirets simples.`,
  entryFolderNameFix: ({ name }) => `renommez le dossier "${name}"`,
  strayEntryFile: ({ kind, name, files, images }) =>
    `"${name}" n’est pas un fichier que le catalogue lit : un ${ENTRY[kind].folder} contient ${files} et des images (${images}).`,
  renameOrRemove: () => 'renommez-le ou supprimez-le',
  noLanguageFile: ({ kind, id }) => `Le ${ENTRY[kind].folder} "${id}" ne contient aucun fichier de langue.`,
  noLanguageFileFix: ({ kind, files }) => `ajoutez l’un des fichiers ${files} avec les faits ${ENTRY[kind].ofThe}`,
  twoOriginals: ({ id, languages }) =>
    `Deux fichiers de "${id}" portent les faits (${languages}) : ils pourraient se contredire.`,
  twoOriginalsFix: ({ lang }) =>
    `gardez les faits dans ${lang}.mdx ; dans ce fichier-ci, gardez le titre, le résumé et le texte, et ajoutez "translationOf: ${lang}"`,
  factInTranslation: ({ key, lang }) =>
    `"${key}" est un fait, et les faits ne figurent que dans l’original (${lang}.mdx), pour que les langues ne puissent pas se contredire.`,
  factInTranslationFix: ({ fields }) =>
    `supprimez-le ici ; une traduction ne contient que translationOf, ${fields}, machineTranslated et le texte`,
  wrongTranslationOf: ({ written, id, lang }) =>
    `Ce fichier indique qu’il traduit "${written}", mais l’original de "${id}" est ${lang}.mdx.`,
  wrongTranslationOfFix: ({ lang }) => `écrivez translationOf: ${lang}`,
  parallelListLength: ({ list, mine, theirs, lang }) =>
    `"${list}" compte ${mine} éléments ici et ${theirs} dans l’original ${lang}.mdx ; chaque élément traduit celui qui occupe la même place.`,
  parallelListLengthFix: ({ list, theirs }) =>
    `traduisez les ${theirs} éléments dans le même ordre, ou supprimez "${list}" pour afficher ceux de l’original`,

  indicatorsMissing: () => 'Les définitions des indicateurs manquent.',
  indicatorsMissingFix: ({ file }) => `créez ${file} avec une liste d’indicateurs "- id: …"`,
  duplicateIndicator: ({ id }) => `L’identifiant d’indicateur "${id}" est défini deux fois.`,
  duplicateIndicatorFix: () => 'donnez à chaque indicateur son propre identifiant, ou fusionnez les deux définitions',
  datasetFolder: ({ name }) =>
    `Chaque jeu de données est un dossier au nom en minuscules avec des tirets, qui contient dataset.yaml et observations.csv ; ce n’est pas le cas de "${name}".`,
  datasetFolderFix: () => 'déplacez les fichiers dans un dossier comme content/kpis/datasets/mon-jeu-de-donnees/',
  strayDatasetFile: ({ name }) =>
    `"${name}" n’est pas lu : un dossier de jeu de données contient dataset.yaml et observations.csv.`,
  strayDatasetCsvFix: () => 'renommez-le observations.csv, ou déplacez-le dans un dossier de jeu de données à part',
  removeOrMove: () => 'supprimez-le ou déplacez-le',
  datasetMetaMissing: () =>
    'Le jeu de données n’a pas de fichier dataset.yaml décrivant sa source, sa licence et sa date.',
  datasetMetaMissingFix: () => 'ajoutez dataset.yaml avec title, source, licence, retrieved et illustrative',
  observationsMissing: () => 'Le jeu de données n’a pas de fichier observations.csv.',
  observationsMissingFix: ({ header }) => `ajoutez-le, avec la ligne d’en-tête ${header}`,
  csvEmpty: () => 'Le fichier est vide.',
  csvEmptyFix: ({ header }) => `commencez-le par la ligne d’en-tête ${header}`,
  columnNumber: ({ index }) => `colonne ${index}`,
  unknownColumn: ({ column }) =>
    `La colonne "${column}" n’est pas lue par le catalogue : ses valeurs seraient perdues.`,
  unknownColumnFix: ({ columns }) => `les colonnes sont ${columns}`,
  missingColumn: ({ column }) => `La colonne "${column}" manque.`,
  missingColumnFix: ({ header }) => `la ligne d’en-tête est ${header}`,
  missingColumnDelimiterFix: ({ header, delimiter }) =>
    `la ligne d’en-tête est ${header} (ce fichier sépare les colonnes par "${delimiter}")`,
  rowLength: ({ values, columns }) => `Cette ligne a ${values} valeurs pour ${columns} colonnes.`,
  rowTooLongFix: ({ delimiter }) =>
    `une valeur contient sans doute "${delimiter}" : mettez-la entre guillemets droits "…"`,
  rowTooShortFix: () => 'complétez les valeurs manquantes, ou laissez-les vides entre les séparateurs',
  cellNotCity: ({ value }) => `"${value}" n’est pas un identifiant de ville.`,
  cellNotCityFix: () => 'écrivez l’identifiant d’une fiche ville, par exemple "barcelona"',
  cellNotIndicator: ({ value }) => `"${value}" n’est pas un identifiant d’indicateur.`,
  cellNotIndicatorFix: () => 'écrivez un identifiant de content/kpis/indicators.yaml',
  cellNotPeriod: ({ value }) => `"${value}" n’est pas une période.`,
  cellNotPeriodFix: () => 'écrivez une année (2023), un mois (2023-05) ou un trimestre (2023-Q2)',
  cellEmptyValue: () => 'La valeur est vide.',
  cellEmptyValueFix: () => 'écrivez la valeur, ou supprimez la ligne si elle n’a pas été mesurée',
  cellNotNumber: ({ value }) => `"${value}" n’est pas un nombre.`,
  cellDecimalMarkFix: ({ decimal, corrected, other }) =>
    `ce fichier utilise "${decimal}" comme séparateur décimal ; écrivez ${corrected}, ou déclarez csv: { decimal: "${other}" } dans dataset.yaml`,
  cellDigitsOnlyFix: () =>
    'écrivez seulement des chiffres, sans unité ni signe % (l’unité est donnée par l’indicateur)',

  notInVocabulary: ({ value, vocabulary, file }) => `"${value}" n’est pas dans le vocabulaire ${vocabulary} (${file}).`,
  notInVocabularyFix: ({ ids, file }) =>
    `utilisez l’un de ces termes : ${ids} ; si aucun ne convient, proposez un nouveau terme dans votre pull request : ajoutez-le à ${file} avec son identifiant et son libellé en fr, en et es, et les relecteurs décident de le garder ou d’utiliser le plus proche`,
  listedTwice: ({ value, field }) => `"${value}" figure deux fois dans ${field}.`,
  noSuchCity: ({ id, folder }) => `Il n’existe pas de fiche ville "${id}" (${folder}).`,
  noSuchCityFix: ({ file }) => `créez d’abord la fiche ville (${file}), ou corrigez l’identifiant`,
  cityInOtherCountry: ({ city, cityCountry, country }) =>
    `La ville "${city}" est en ${cityCountry}, mais le pays de la pratique est ${country}.`,
  cityInOtherCountryFix: () =>
    'corrigez le pays ou la ville ; une pratique qui s’étend sur plusieurs pays a scale: international',
  observationNoSuchCity: ({ id }) => `Il n’existe pas de fiche ville "${id}".`,
  observationNoSuchCityFix: ({ folder }) => `créez d’abord ${folder}, ou corrigez l’identifiant`,
  observationNoSuchIndicator: ({ id, file }) => `Il n’existe pas d’indicateur "${id}" dans ${file}.`,
  observationNoSuchIndicatorFix: () => 'définissez d’abord l’indicateur, ou corrigez l’identifiant',
  observationTwice: ({ city, indicator, period, line }) =>
    `${city}, ${indicator}, ${period} est mesuré deux fois dans ce jeu de données (la première fois à la ligne ${line}).`,
  observationTwiceFix: () => 'gardez une seule ligne ; un chiffre révisé remplace l’ancien',

  bodyHtmlComment: () => 'Les commentaires HTML "<!-- … -->" ne sont pas admis dans le texte.',
  bodyHtmlCommentFix: () =>
    'supprimez le commentaire ; une remarque pour les autres contributeurs a sa place dans la pull request',
  // Textes que l'analyseur MDX ne peut pas lire (body/parse-failure.ts) : nommés par construction, jamais avec les mots de l'analyseur.
  bodyBrUnclosed: () =>
    '"<br>" est écrit sans sa barre oblique de fermeture : le texte qui le suit est lu comme s’il était dedans.',
  bodyBrUnclosedFix: () =>
    'écrivez <br /> pour passer à la ligne, ou laissez une ligne vide pour commencer un nouveau paragraphe',
  bodyHtmlUnclosed: ({ tag }) =>
    `<${tag}> est une balise HTML, que le texte n’utilise pas, et elle n’est jamais fermée.`,
  bodyBraceOpen: () =>
    'Une accolade "{" ouvre du code dans le texte, et le texte d’une fiche n’exécute jamais de code.',
  bodyBraceOpenFix: ({ escaped, plain }) => `écrivez ${escaped} pour afficher les accolades, ou ${plain} sans elles`,
  bodyBraceAloneFix: () => 'écrivez "\\{" pour afficher l’accolade, ou supprimez-la',
  bodyLessThan: ({ next }) => `Un "<" suivi de "${next}" est lu comme le début d’une balise.`,
  bodyLessThanWordsFix: ({ escaped }) =>
    `écrivez "&lt;" au lieu de "<" (${escaped}), ou dites-le en mots : « moins de »`,
  bodyAngleAddress: ({ address }) => `L’adresse <${address}> entre chevrons est lue comme une balise.`,
  bodyAngleAddressFix: ({ link }) => `écrivez-la sous forme de lien : ${link}`,
  bodyUnclosedComponent: ({ tag, line }) => `<${tag}>, ouvert ligne ${line}, n’est jamais fermé.`,
  bodyCloseWithEndTagFix: ({ tag }) =>
    `ajoutez </${tag}> sur une ligne à part après son texte, précédée d’une ligne vide`,
  bodyCloseSelfFix: ({ tag }) => `terminez la balise par "/>" : <${tag} … />`,
  bodyWrongClosingTag: ({ closing, tag, line }) => `</${closing}> ferme <${tag}>, ouvert ligne ${line}.`,
  bodyWrongClosingTagFix: ({ tag }) => `écrivez </${tag}>`,
  bodyStrayClosingTag: ({ tag }) => `</${tag}> ferme une balise qui n’a jamais été ouverte.`,
  bodyStrayClosingTagFix: ({ tag }) => `supprimez-la, ou ouvrez la balise plus haut : <${tag} …>`,
  bodyMalformedTag: ({ tag }) => `La balise <${tag} …> n’est pas écrite correctement.`,
  bodyMalformedTagFix: () =>
    'écrivez chaque attribut nom="texte" avec des guillemets droits, et terminez la balise par "/>" ; les guillemets à l’intérieur d’un texte s’écrivent « »',
  bodySyntaxOther: () => 'Un caractère ouvre ici une balise ou du code, que le texte ne peut pas lire.',
  bodySyntaxOtherFix: () =>
    'écrivez "<" sous la forme "&lt;" et "{" sous la forme "\\{", et fermez chaque composant ouvert',
  bodyImportExport: () =>
    'Les lignes "import" et "export" sont du code, et le texte d’une fiche n’exécute jamais de code.',
  bodyImportExportFix: () =>
    'supprimez la ligne ; pour une image, enregistrez-la dans ce dossier et écrivez <Figure src="./photo.jpg" alt="…" />',
  bodyBraceComment: () => 'Les commentaires entre accolades sont du code et ne sont pas admis.',
  bodyBraceExpression: () =>
    'Le texte entre accolades {…} est du code, et le texte d’une fiche n’exécute jamais de code.',
  bodyBraceExpressionFix: () => 'pour écrire une accolade dans le texte, écrivez "\\{" ; supprimez les commentaires',
  bodyImageNoAlt: () =>
    'Cette image n’a pas de texte de remplacement : les personnes qui ne la voient pas n’en sauraient rien.',
  bodyImageNoAltFix: () =>
    'décrivez ce qu’elle montre entre les crochets : ![Ce que montre l’image](./photo.jpg), ou utilisez <Figure src="./photo.jpg" alt="…" />',
  bodyHtml: () => 'Le HTML n’est pas admis dans le texte.',
  bodyWriteMarkdown: () => 'écrivez en Markdown à la place',
  bodyTitleHeading: () => 'Un titre de niveau "#" est celui de la page, qui vient du champ "title".',
  bodyTitleHeadingFix: () => 'commencez les sections par "##" et les sous-sections par "###"',
  bodyHeadingJump: ({ from, to }) =>
    `Ce titre passe du niveau ${from} au niveau ${to} ; les personnes qui utilisent un lecteur d’écran comptent sur des niveaux qui se suivent.`,
  bodyHeadingJumpFix: ({ good, bad }) => `écrivez ${good} au lieu de ${bad}`,
  bodyLinkScheme: ({ url }) =>
    `L’adresse "${url}" n’est pas admise : les liens mènent à des pages web (https://…) ou à des adresses e-mail (mailto:…).`,
  bodyLinkRelative: ({ url }) =>
    `L’adresse du lien "${url}" est relative : elle cesserait de fonctionner si le catalogue changeait d’adresse.`,
  bodyLinkFix: () => 'utilisez l’adresse complète de la page, en https://',
  bodyImageRemote: ({ src }) =>
    `L’image "${src}" se trouve sur un autre site ; le catalogue ne charge jamais rien depuis un autre site.`,
  bodyImageRemoteFix: () =>
    'téléchargez l’image (avec l’autorisation de son auteur), enregistrez-la dans ce dossier et écrivez ./son-nom.jpg',
  bodyImageAddress: ({ src }) => `L’adresse d’image "${src}" n’est pas admise.`,
  bodyImageAddressFix: () => 'enregistrez l’image dans ce dossier et écrivez ./son-nom.jpg',
  bodyImageFormat: ({ name }) => `"${name}" n’est pas dans un format d’image que le catalogue publie.`,
  bodyImageFormatFix: ({ formats }) => `enregistrez-la au format ${formats}`,
  bodyImageMissing: ({ name }) => `L’image "${name}" ne se trouve pas dans ce dossier.`,
  bodyImageMissingFix: () => 'enregistrez l’image à côté de ce fichier, ou corrigez son nom',
  bodyEmptyTag: () => 'Les balises vides "<>…</>" ne sont pas admises.',
  bodyEmptyTagFix: () => 'supprimez-les et gardez le texte qu’elles entourent',
  bodyUnknownTag: ({ tag, components }) =>
    `<${tag}> n’est pas admis dans le texte : seuls le Markdown et les composants ${components} le sont.`,
  bodyDidYouMeanTag: ({ tag }) => `vouliez-vous dire <${tag}> ?`,
  bodyUnknownTagFix: () => 'écrivez en Markdown à la place ; voir docs/content-model.md',
  bodyComponentInline: ({ tag }) => `<${tag}> doit être seul sur sa ligne, avec une ligne vide avant et après.`,
  bodyComponentMissingAttribute: ({ tag, attribute }) => `Il manque à <${tag}> son attribut "${attribute}".`,
  bodyComponentNoChildren: ({ tag }) => `<${tag}> ne prend pas de texte entre deux balises ; fermez-le par "/>".`,
  bodyAttributeCode: ({ tag }) => `<${tag}> a un attribut écrit entre accolades, ce qui est du code.`,
  bodyAttributeCodeFix: () => 'écrivez chaque attribut sous la forme nom="texte"',
  bodyEventHandler: ({ attribute }) =>
    `"${attribute}" est un gestionnaire d’événement, qui exécute du code ; il n’est pas admis.`,
  bodyUnknownAttribute: ({ tag, attribute }) => `<${tag}> n’a pas d’attribut "${attribute}".`,
  bodyUnknownAttributeFix: ({ attributes }) => `ses attributs sont : ${attributes}`,
  bodyAttributeNotText: ({ tag, attribute }) =>
    `L’attribut "${attribute}" de <${tag}> doit être un texte entre guillemets.`,
  bodyAttributeNotTextFix: ({ attribute }) => `écrivez ${attribute}="…"`,
  bodyAttributeEmpty: ({ tag, attribute }) => `L’attribut "${attribute}" de <${tag}> est vide.`,
  bodyAttributeEmptyFix: () => 'écrivez entre les guillemets ce qu’il doit dire',
  exampleFigure: () => '<Figure src="./photo.jpg" alt="Ce que montre l’image" caption="…" />',
  exampleKeyFigure: () => '<KeyFigure value="390 000 €" label="Budget total" />',
  exampleQuote: () => '<Quote author="Nom" role="Fonction">Les mots cités.</Quote>',
  htmlScript: () => 'aucun script ne s’exécute sur le catalogue ; supprimez-le',
  htmlIframe: () =>
    'les pages intégrées ne sont pas admises ; écrivez plutôt un lien vers la page : [titre](https://…)',
  htmlEmbed: () =>
    'les objets intégrés ne sont pas admis ; écrivez plutôt un lien vers le fichier : [titre](https://…)',
  htmlImg: () => 'utilisez <Figure src="./photo.jpg" alt="…" />, avec l’image enregistrée dans ce dossier',
  htmlA: () => 'écrivez un lien Markdown : [texte](https://…)',
  htmlBr: () =>
    'dans un paragraphe, écrivez <br /> là où la ligne se coupe ; entre deux paragraphes, laissez une ligne vide',
  htmlBold: () => 'écrivez **gras** en Markdown',
  htmlItalics: () => 'écrivez *italique* en Markdown',
  htmlBlockquote: () => 'commencez les lignes par "> ", ou utilisez <Quote author="…">…</Quote>',
  htmlFigure: () => 'utilisez <Figure src="./photo.jpg" alt="…" caption="…" />',
  htmlStyle: () => 'la mise en forme est fixée par le site ; supprimez-le',
  htmlP: () => 'laissez plutôt une ligne vide entre les paragraphes',
  htmlDiv: () => 'supprimez la balise et gardez son texte ; séparez les blocs par une ligne vide',
  htmlSpan: () => 'supprimez la balise et gardez son texte',

  slugNotText: ({ what, example }) => `Écrivez ${what} sous forme de texte, par exemple "${example}".`,
  slugFormat: ({ what, example }) =>
    `${capitalize(what)} ne contient que des lettres minuscules, des chiffres et des tirets simples (par exemple "${example}").`,
  textNotText: ({ what }) => `Écrivez ${what} sous forme de texte.`,
  textEmpty: ({ what }) => `Ce champ est vide : écrivez ${what}, ou supprimez la ligne.`,
  namedField: ({ name }) => `le champ "${name}"`,
  inLanguage: ({ what, lang }) => `${what} (langue "${lang}")`,
  webUrlNotText: () => 'Écrivez l’adresse web sous forme de texte, par exemple "https://www.example.org".',
  webUrlInvalid: () =>
    'Une adresse web commençant par https:// ou http:// est attendue (par exemple "https://www.example.org").',
  emailInvalid: () => 'Une adresse e-mail est attendue, par exemple "contact@example.org".',
  isoDateNotText: () => 'Écrivez la date sous la forme AAAA-MM-JJ, entre guillemets, par exemple "2024-11-24".',
  isoDateInvalid: () => 'Une date réelle écrite AAAA-MM-JJ est attendue, par exemple "2024-11-24".',
  partialDateNotText: () =>
    'Écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple "2023" ou "2023-05-13".',
  partialDateInvalid: () =>
    'Une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ, entre 1900 et 2100, est attendue, par exemple "2023-05".',
  countryNotText: () => 'Écrivez le pays avec son code ISO 3166-1 à deux lettres, par exemple "FR".',
  countryInvalid: ({ value }) =>
    `"${value}" n’est pas un code de pays ISO 3166-1 à deux lettres (en majuscules, par exemple "FR", "ES", "TG").`,
  languageNotText: () => 'Écrivez la langue avec son code ISO 639-1 à deux lettres, par exemple "fr".',
  languageInvalid: ({ value }) =>
    `"${value}" n’est pas un code de langue ISO 639-1 à deux lettres (en minuscules, par exemple "fr", "en", "es", "nl").`,
  currencyNotText: () => 'Écrivez la devise avec son code ISO 4217 à trois lettres, par exemple "EUR" ou "XOF".',
  currencyInvalid: ({ value }) =>
    `"${value}" n’est pas un code de devise ISO 4217 (trois lettres majuscules, par exemple "EUR", "USD", "XOF").`,
  contentLanguageInvalid: ({ languages }) => `Une des langues du catalogue est attendue : ${languages}.`,
  labelOnlyLanguages: ({ languages }) => `Seules les langues ${languages} sont attendues ici.`,
  labelEachLanguage: ({ what, example }) => `Donnez ${what} dans chaque langue : ${example}.`,
  sourceShape: () => 'Décrivez la source avec au moins un titre, par exemple { title: "…", url: "https://…" }.',
  listShape: ({ what, example }) =>
    `Écrivez ${what} sous forme de liste, par exemple ${example}, ou un "- élément" par ligne.`,
  taxonomyIdNotText: ({ what, vocabulary, example }) =>
    `Écrivez ${what} avec un identifiant du vocabulaire ${vocabulary}, par exemple "${example}".`,
  taxonomyIdEmpty: ({ what }) => `Ce champ est vide : écrivez ${what} avec un identifiant de son vocabulaire.`,
  taxonomyEntryShape: () =>
    'Chaque terme a besoin d’un identifiant et d’un libellé dans chaque langue : { id: …, label: { fr: …, en: …, es: … } }.',
  taxonomyFileShape: () => 'Un fichier de vocabulaire est une liste de termes, commençant chacun par "- id: …".',
  taxonomyFileEmpty: () => 'Ce vocabulaire n’a aucun terme : ajoutez-en au moins un.',

  organisationShape: ({ what }) =>
    `Décrivez ${what} sous la forme { name: "…", url: "https://…" } (l’url peut être omise).`,
  promoterShape: () => 'Décrivez le porteur sous la forme { name: "…", email: "…", website: "https://…" }.',
  datesShape: () =>
    'Écrivez les dates sous la forme { start: "2023", end: "2025-06" } ; omettez une fin qui n’est pas connue.',
  datesReversed: ({ start, end }) => `La fin (${end}) précède le début (${start}).`,
  datesReversedFix: () => 'inversez les deux dates, ou corrigez celle qui est fausse',
  amountNotNumber: () =>
    'Écrivez le montant comme un simple nombre, sans espaces ni symbole de devise, par exemple 390000.',
  amountNotPositive: () => 'Le montant doit être supérieur à zéro.',
  budgetShape: () => 'Décrivez le budget sous la forme { amount: 390000, currency: EUR }.',
  linkShape: () => 'Écrivez chaque lien sous la forme { url: "https://…", label: "…" }.',
  summaryTooLong: () =>
    'Le résumé dépasse 600 caractères : gardez-en deux ou trois phrases ici et placez le reste dans le texte.',
  atLeastOneTheme: () => 'Indiquez au moins un thème.',
  atLeastOneSourceType: () => 'Indiquez au moins un type de source.',
  atLeastOneLanguage: () => 'Indiquez au moins une langue dans laquelle la pratique se déroule.',
  atLeastOneSource: () =>
    'Indiquez au moins une source d’où viennent les faits, pour que le public puisse les vérifier.',
  trueOrFalse: () => 'Écrivez true (vrai) ou false (faux).',

  latitudeNotNumber: () => 'Écrivez la latitude comme un nombre décimal avec un point, par exemple 41.3874.',
  latitudeRange: () => 'Une latitude est comprise entre -90 et 90.',
  longitudeNotNumber: () => 'Écrivez la longitude comme un nombre décimal avec un point, par exemple 2.1686.',
  longitudeRange: () => 'Une longitude est comprise entre -180 et 180.',
  coordinatesShape: () =>
    'Écrivez les coordonnées sous la forme { lat: 41.3874, lon: 2.1686 } (degrés décimaux, positifs vers le nord et vers l’est).',
  populationNotNumber: () => 'Écrivez la population comme un nombre entier sans espaces, par exemple 1660122.',
  populationNotWhole: () => 'La population est un nombre entier.',
  populationNotPositive: () => 'La population doit être supérieure à zéro.',
  countYearNotNumber: () => 'Écrivez l’année du recensement, par exemple 2023.',
  countYearTooOld: () => 'L’année du recensement semble fausse.',
  countYearFuture: () => 'L’année du recensement est dans le futur.',
  populationShape: () =>
    'Une population a besoin de son année et de sa source : { value: 1660122, year: 2023, source: "…" }.',
  planYearNotNumber: () => 'Écrivez l’année d’adoption du plan, par exemple 2021.',
  planShape: () =>
    'Décrivez le plan sous la forme { status: adopted, title: "…", year: 2021 } ; utilisez le statut "unknown" s’il n’est pas connu.',

  unitInvalid: ({ units }) => `Une de ces unités est attendue : ${units}.`,
  higherIsBetterNotBoolean: () => 'Écrivez true si une valeur plus élevée est meilleure, false sinon.',
  currencyNeeded: () => 'Un indicateur exprimé en argent a besoin de sa devise.',
  currencyNeededFix: () => 'ajoutez currency: EUR (ou le code ISO 4217 qui convient)',
  indicatorsFileShape: () => 'indicators.yaml est une liste d’indicateurs, commençant chacun par "- id: …".',
  indicatorsFileEmpty: () => 'Définissez au moins un indicateur.',
  delimiterInvalid: () => 'Le séparateur de colonnes est "," ou ";" ou une tabulation.',
  decimalMarkInvalid: () => 'Le séparateur décimal est "." ou ",".',
  illustrativeNotBoolean: () =>
    'Écrivez illustrative: true pour des chiffres qui ne sont pas de vraies mesures, false pour des chiffres sourcés.',

  zodExpectedText: () => 'Un texte est attendu ici.',
  zodExpectedNumber: () => 'Un nombre est attendu ici.',
  zodExpectedWholeNumber: () => 'Un nombre entier, sans décimales, est attendu ici.',
  zodExpectedBoolean: () => 'Écrivez true (vrai) ou false (faux).',
  zodExpectedList: () => 'Une liste est attendue ici, par exemple [a, b], ou un "- élément" par ligne.',
  zodExpectedFields: () => 'Des champs sont attendus ici, écrits "nom: valeur" sur les lignes suivantes, en retrait.',
  zodExpectedOther: () => 'Cette valeur n’a pas la bonne forme.',
  zodNumberAtLeast: ({ minimum }) => `Le nombre doit être supérieur ou égal à ${minimum}.`,
  zodNumberAtMost: ({ maximum }) => `Le nombre doit être inférieur ou égal à ${maximum}.`,
  zodNumberAbove: ({ minimum }) => `Le nombre doit être supérieur à ${minimum}.`,
  zodNumberBelow: ({ maximum }) => `Le nombre doit être inférieur à ${maximum}.`,
  zodTextAtLeast: ({ minimum }) => `Le texte doit compter au moins ${minimum} caractères.`,
  zodTextAtMost: ({ maximum }) => `Le texte doit compter au plus ${maximum} caractères.`,
  zodListAtLeast: ({ minimum }) => `La liste doit compter au moins ${minimum} éléments.`,
  zodListAtMost: ({ maximum }) => `La liste doit compter au plus ${maximum} éléments.`,
  zodOneOf: ({ values }) => `Une de ces valeurs est attendue : ${values}.`,
  zodInvalid: () => 'Cette valeur n’est pas acceptée ici.',

  // La configuration du réseau (src/schemas/site.ts, load-site-config.ts), lue par l’équipe du réseau.
  siteTextsShape: ({ what, example }) => `Donnez ${what} dans chaque langue du site, par exemple { ${example} }.`,
  siteTextMissing: ({ what, lang, languages }) =>
    `${capitalize(what)} en "${lang}" manque : le site est publié en ${languages}.`,
  siteTextMissingFix: ({ lang, field }) => `ajoutez ${lang}: … sous ${field}`,
  basePathNotText: () =>
    'Écrivez le chemin de base sous forme de texte entre barres obliques, par exemple "/" ou "/atlas/".',
  basePathNoLeadingSlash: ({ value }) => `Le chemin de base "${value}" doit commencer par "/".`,
  basePathNoTrailingSlash: ({ value }) => `Le chemin de base "${value}" doit se terminer par "/".`,
  basePathNotFolders: ({ value }) =>
    `Le chemin de base "${value}" ne peut contenir que des noms de dossiers séparés par une seule barre oblique.`,
  basePathFix: ({ value }) => `écrivez basePath: "${value}"`,
  siteUrlWithPath: ({ value, path }) =>
    `L’adresse du site "${value}" ne doit contenir que le protocole et le nom d’hôte ; le chemin "${path}" va dans basePath.`,
  siteUrlWithPathFix: ({ origin, path }) => `écrivez url: "${origin}" et basePath: "${path}"`,
  siteLanguageNotText: ({ languages }) => `Écrivez chaque langue avec son code : ${languages}.`,
  siteLanguagesNotList: ({ languages }) => `Écrivez les langues sous forme de liste, par exemple [${languages}].`,
  siteLanguagesEmpty: () => 'Le site a besoin d’au moins une langue.',
  siteLanguagesEmptyFix: ({ languages }) => `écrivez languages: [${languages}]`,
  siteLanguageUnsupported: ({ code, languages }) =>
    `"${code}" n’est pas une langue que cet atlas prend en charge : il prend en charge ${languages} (chacune a ses textes d’interface et les libellés de ses vocabulaires).`,
  siteLanguageUnsupportedFix: ({ languages }) => `retirez-la, ou utilisez l’une de ces langues : ${languages}`,
  siteLanguageTwice: ({ code }) => `"${code}" figure deux fois dans la liste.`,
  siteLanguageTwiceFix: () => 'retirez la seconde occurrence',
  defaultLanguageNotText: ({ languages }) => `Écrivez la langue par défaut avec son code : ${languages}.`,
  defaultLanguageUnsupported: ({ value, languages }) =>
    `"${value}" n’est pas une langue que cet atlas prend en charge : il prend en charge ${languages}.`,
  defaultLanguageUnsupportedFix: ({ languages }) => `écrivez l’une des langues du site : ${languages}`,
  defaultLanguageNotPublished: ({ value, languages }) =>
    `La langue par défaut "${value}" ne fait pas partie des langues du site (${languages}).`,
  defaultLanguageNotPublishedFix: ({ value, first }) =>
    `ajoutez "${value}" à languages, ou écrivez defaultLanguage: ${first}`,
  colourNotText: () => 'Écrivez la couleur en code hexadécimal entre guillemets, par exemple "#5b2a86".',
  colourInvalid: () =>
    'Une couleur hexadécimale comme "#5b2a86" ou "#fff" est attendue (entre guillemets : sans eux, YAML lit le # comme le début d’un commentaire).',
  coloursShape: ({ names }) =>
    `Donnez les couleurs sous forme de liste de clés, par exemple { accent: "#5b2a86" } ; les clés sont ${names}.`,
  colourContrast: ({ name, measured, minimum }) =>
    `La couleur ${name} rend le texte trop difficile à lire : ${measured}. Le texte demande un contraste d’au moins ${minimum}:1 (WCAG 2.2 AA).`,
  colourContrastPair: ({ text, background, where, ratio }) => `${text} sur ${background} (${where}) donne ${ratio}`,
  colourContrastFix: ({ name, shade }) =>
    `utilisez ${name}: "${shade}", la nuance la plus proche qui l’atteint partout`,
  colourContrastNoShadeFix: ({ name }) => `choisissez une couleur ${name} plus foncée ou plus claire`,
  colourWhite: () => 'blanc',
  contrastWhereBodyText: () => 'texte courant',
  contrastWhereCardText: () => 'texte des cartes et des encadrés',
  contrastWhereSecondaryText: () => 'texte secondaire (lieux, légendes)',
  contrastWhereFooterText: () => 'texte du pied de page',
  contrastWhereLinks: () => 'liens',
  contrastWhereCardLinks: () => 'liens dans les cartes et le pied de page',
  contrastWhereHoverLinks: () => 'liens sous le pointeur et chiffres clés',
  contrastWhereHeader: () => 'l’en-tête et les boutons',
  contrastWhereHoverButtons: () => 'boutons sous le pointeur et regroupements de la carte',
  logoFileNotText: () => 'Écrivez le nom du fichier du logo, par exemple "logo.svg".',
  logoFileInvalid: () =>
    'Un fichier .svg ou .png placé à côté de site.yaml est attendu, désigné par un chemin relatif comme "logo.svg" (sans "..", sans "/" au début).',
  logoShape: () => 'Décrivez le logo ainsi : { file: logo.svg, alt: { fr: …, en: …, es: … } }.',
  logoNotFound: ({ file }) => `Le logo "${file}" est introuvable à côté du fichier de configuration du site.`,
  logoNotFoundFix: ({ path }) => `placez le fichier ici : ${path}, ou corrigez logo.file`,
  logoUnreadable: ({ file, format }) => `Le logo "${file}" n’est pas un fichier ${format} lisible.`,
  logoUnreadableFix: () => 'exportez de nouveau le logo en SVG ou en PNG, avec l’extension correspondante',
  tilesUrlNotText: () =>
    'Écrivez l’adresse des tuiles sous forme de texte, par exemple "https://tile.example.org/{z}/{x}/{y}.png".',
  tilesUrlInvalid: () =>
    'Une adresse https:// contenant {z}, {x} et {y} est attendue, par exemple "https://tile.example.org/{z}/{x}/{y}.png".',
  tilesMaxZoomNotWhole: () => 'Écrivez le niveau de zoom maximal sous forme de nombre entier, par exemple 18.',
  tilesShape: () => 'Décrivez la couche de tuiles ainsi : { url: "https://…/{z}/{x}/{y}.png", attribution: "© …" }.',
  dataLicenceShape: () =>
    'Décrivez la licence des données ainsi : { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }.',
  editUrlNotText: () =>
    'Écrivez l’adresse de modification sous forme de texte, avec {path} à l’endroit du chemin du fichier.',
  editUrlInvalid: () =>
    'Une adresse web contenant {path} est attendue, par exemple "https://github.com/org/atlas/edit/main/{path}".',
  siteFileMissing: () => 'Le fichier de configuration du site est absent.',
  siteFileMissingFix: ({ file }) =>
    `créez ${file} avec name, tagline, languages et defaultLanguage (voir docs/hosting.md)`,
  buildConfigRefused: () => 'La configuration du site a des problèmes : rien n’a été construit.',
  buildConfigRefusedKept: ({ outDir }) =>
    `La configuration du site a des problèmes : rien n’a été construit, et ${outDir} est resté tel quel.`,
  // Lecture sûre des fichiers (src/catalogue/safe-file.ts, image-check.ts) : liens, tailles, encodages, images (ticket #13).
  fileLinkOutside: ({ file }) =>
    `"${file}" est un lien symbolique vers un fichier hors du dossier de contenu : il n’a pas été lu.`,
  fileFolderLinkOutside: ({ file }) =>
    `"${file}" se trouve derrière un lien symbolique vers un dossier hors du dossier de contenu : il n’a pas été lu.`,
  fileLinkOutsideFix: () => 'remplacez le lien par une copie du fichier lui-même, dans le dossier de contenu',
  fileLinkDangling: ({ file }) => `"${file}" est un lien symbolique qui ne mène nulle part (sa cible n’existe pas).`,
  fileLinkLoop: ({ file }) => `"${file}" est un lien symbolique qui ramène à lui-même (une boucle).`,
  fileLinkFix: () => 'supprimez-le, ou mettez le fichier lui-même à sa place',
  fileNotOrdinary: ({ file }) =>
    `"${file}" n’est pas un fichier ordinaire (un périphérique, un tube ou une socket) : il n’a pas été lu.`,
  fileIsFolder: ({ file }) => `"${file}" est un dossier, là où un fichier est attendu.`,
  fileIsFolderFix: () => 'mettez ici le fichier lui-même, pas un dossier',
  fileUnreadable: ({ file, code }) => `"${file}" n’a pas pu être lu (${code}).`,
  fileUnreadableFix: () => 'vérifiez que le fichier existe et que vous avez le droit de le lire',
  fileTooLarge: ({ megabytes, limit }) =>
    `Ce fichier pèse ${megabytes.toLocaleString('fr')} Mo, plus que les ${limit.toLocaleString('fr')} Mo que la vérification lit.`,
  textTooLargeFix: () => 'raccourcissez le texte, ou donnez le lien d’un document plus long au lieu de le recopier',
  yamlTooLargeFix: () => 'raccourcissez le fichier : il ne doit contenir que des réglages et des libellés',
  csvTooLargeFix: () => 'répartissez les observations en plusieurs jeux de données (un dossier chacun)',
  imageTooLargeFix: () =>
    'redimensionnez l’image à 1280 pixels de large au plus et enregistrez-la de nouveau (le site la publie à cette largeur)',
  textIsUtf16: () => 'Ce fichier est enregistré en UTF-16 (« Unicode ») : le catalogue ne lit que l’UTF-8.',
  textNotUtf8: () =>
    'Cette ligne contient des caractères qui ne sont pas en UTF-8 : le fichier a été enregistré dans un autre encodage (souvent Windows-1252 ou « ANSI »), et les accents s’afficheraient mal.',
  resaveAsUtf8Fix: () =>
    'enregistrez de nouveau le fichier en UTF-8 — Bloc-notes : Fichier › Enregistrer sous, Encodage "UTF-8" ; VS Code : cliquez sur l’encodage en bas à droite, « Enregistrer avec l’encodage », "UTF-8" ; ' +
    'TextEdit : Fichier › Enregistrer, Encodage du texte brut "Unicode (UTF-8)" ; LibreOffice : Fichier › Enregistrer sous, type « Texte - Choisir l’encodage », puis "Unicode (UTF-8)"',
  resaveCsvAsUtf8Fix: () =>
    'enregistrez de nouveau le fichier en UTF-8 — Excel : Fichier › Enregistrer sous, type « CSV UTF-8 (délimité par des virgules) (*.csv) » ; LibreOffice Calc : Fichier › Enregistrer sous, type « Texte CSV », cochez « Éditer les paramètres du filtre », jeu de caractères "Unicode (UTF-8)" ; ' +
    'Numbers : Fichier › Exporter vers › CSV, Encodage du texte "Unicode (UTF-8)" ; Bloc-notes : Fichier › Enregistrer sous, Encodage "UTF-8" ; VS Code : « Enregistrer avec l’encodage », "UTF-8"',
  textNulByte: () =>
    'Cette ligne contient un caractère NUL (octet 0), qu’aucun fichier texte ne devrait contenir : le fichier est peut-être abîmé, ou ce n’est pas un fichier texte.',
  textNulByteFix: () =>
    'ouvrez le fichier dans un éditeur de texte, supprimez le caractère invisible de cette ligne (ou copiez le texte dans un nouveau fichier), et enregistrez-le en UTF-8',
  textBidiControl: ({ code }) =>
    `Cette ligne contient un caractère invisible de direction (${code}) qui fait afficher le texte dans un autre ordre que celui du fichier.`,
  textBidiControlFix: () =>
    'supprimez le caractère invisible de cette ligne (VS Code le met en évidence ; ailleurs, retapez la ligne), puis enregistrez',
  yamlTooManyAliases: ({ limit }) =>
    `Les champs en répètent d’autres par des alias (*nom) plus des ${limit} fois que la vérification permet.`,
  yamlTooManyAliasesFix: () =>
    'écrivez les valeurs en entier au lieu de les répéter avec des ancres (&nom) et des alias (*nom)',
  yamlTooDeep: ({ limit }) =>
    `Les champs sont imbriqués (listes et groupes les uns dans les autres) sur plus des ${limit} niveaux que la vérification lit.`,
  yamlTooDeepFix: () => 'écrivez les champs avec moins de niveaux, comme dans le modèle du fichier',
  fileCheckFailed: ({ error }) => `La vérification n’a pas pu finir de lire ce fichier (${error}).`,
  fileCheckFailedFix: () =>
    'cherchez-y une construction inhabituelle (lignes très longues, imbrication profonde, caractères inhabituels), et prévenez les mainteneurs : la vérification aurait dû l’expliquer',
  imageNotImage: ({ file }) => `"${file}" porte un nom d’image, mais son contenu n’est pas une image.`,
  imageNotImageFix: ({ formats }) => `exportez de nouveau l’image depuis un logiciel d’images, en ${formats}`,
  imageWrongExtension: ({ file, format }) => `"${file}" est une image ${format} qui porte le nom d’un autre format.`,
  imageWrongExtensionFix: ({ name }) => `renommez-la "${name}", ainsi que les renvois vers elle`,
  imageFormatNotPublished: ({ file, format }) =>
    `"${file}" est une image ${format}, un format que le site ne publie pas.`,
  imageTooManyPixels: ({ file, width, height, megapixels }) =>
    `"${file}" mesure ${width.toLocaleString('fr')} × ${height.toLocaleString('fr')} pixels, plus que les ${megapixels.toLocaleString('fr')} millions de pixels que la construction traite.`,
  imageUnreadable: ({ file }) =>
    `"${file}" n’a pas pu être ouvert comme une image : il est peut-être abîmé ou incomplet.`,
  // La clé favicon de site.yaml (h14-hosting).
  faviconFileInvalid: () =>
    'Un fichier .svg ou .png placé à côté de site.yaml est attendu, désigné par un chemin relatif comme "favicon.png" (sans "..", sans "/" au début).',
  faviconNotFound: ({ file }) =>
    `L’icône "${file}" (favicon) est introuvable à côté du fichier de configuration du site.`,
  faviconNotFoundFix: ({ path }) => `placez le fichier ici : ${path}, ou corrigez favicon`,
  faviconUnreadable: ({ file, format }) => `L’icône "${file}" (favicon) n’est pas un fichier ${format} lisible.`,
  faviconUnreadableFix: () => 'exportez de nouveau l’icône en SVG ou en PNG, avec l’extension correspondante',
  faviconOutside: ({ file, link }) =>
    `Le favicon "${file}" passe par le lien symbolique "${link}", qui pointe hors du dossier des réglages du site : la construction ne lit que des fichiers de ce dossier.`,

  // Textes hostiles (body/limits.ts, body/parse-body.ts) : limites vérifiées avant l’analyse.
  bodyTooLong: ({ characters, limit }) =>
    `Ce texte compte ${characters} caractères ; un texte en contient au plus ${limit}.`,
  bodyTooLongFix: () =>
    'répartissez-le en plusieurs pratiques, ou placez les longs tableaux dans un jeu d’indicateurs (CSV)',
  bodyNestedTooDeep: ({ limit }) =>
    `Citations, listes, composants ou mises en valeur sont imbriqués ici sur plus de ${limit} niveaux.`,
  bodyNestedTooDeepFix: () =>
    'écrivez les parties imbriquées les unes après les autres plutôt que les unes dans les autres',
  // npm run dev (scripts/dev.ts), l'aperçu en direct.
  devConfigRefused: () => 'La configuration du site a des problèmes : l’aperçu n’a pas démarré.',
  devReady: ({ url }) => `Aperçu du catalogue : ${url}`,
  devHowItWorks: () =>
    'Les pages suivent vos fichiers à chaque enregistrement ; les problèmes s’affichent sur la page et ici. Arrêtez avec Ctrl+C.',
  // npm run dev at scale: the preview's own watcher and its start (src/catalogue/content-watcher.ts, folder-cache.ts).
  devWatchFailed: ({ folder, code }: { folder: string; code: string }) =>
    code === 'ENOSPC'
      ? `La limite du système en dossiers surveillés est atteinte : les modifications dans ${folder} ne s’afficheront qu’après un redémarrage de l’aperçu.`
      : `Les modifications dans ${folder} ne peuvent pas être suivies (${code}) : elles ne s’afficheront qu’après un redémarrage de l’aperçu.`,
  devWatchFailedFix: () =>
    'arrêtez les autres aperçus ou serveurs de développement, ou relevez la limite (sysctl fs.inotify.max_user_watches), puis relancez npm run dev',
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
  }) =>
    `${folders} dossiers d’entrées vérifiés en ${seconds} s (${read} lus, ${cached} inchangés depuis le dernier démarrage).`,
  devRestRead: ({ seconds }) => `Tableaux d’indicateurs lus en ${seconds} s : la liste des problèmes est complète.`,

  // Valeurs de configuration hostiles (src/schemas/site-values.ts, src/hosting/svg-logo.ts) : une valeur refusée n’est jamais répétée.
  basePathUnsafe: ({ characters }) =>
    `Le chemin de base contient des caractères qu’un nom de dossier d’une adresse web ne peut pas avoir : ${characters}. Utilisez des lettres, des chiffres, "-", "_", "." et "~" entre des barres obliques.`,
  basePathDotFolder: () => 'Le chemin de base ne peut pas contenir de dossier nommé "." ou "..".',
  basePathExampleFix: () =>
    'écrivez basePath: "/" pour un site à la racine de son hébergement, ou un dossier comme basePath: "/atlas/"',
  baseOptionRefused: ({ option }) => `Le chemin de base donné par ${option} a été refusé :`,
  siteOptionRefused: ({ option }) =>
    `L’adresse du site donnée par ${option} a été refusée : une adresse http:// ou https:// comme "https://atlas.example.org" est attendue, sans espaces, guillemets ni chevrons.`,
  siteTextControl: ({ what, characters }) =>
    `${capitalize(what)} contient des caractères de contrôle invisibles (${characters}) qui brouilleraient les pages.`,
  siteTextControlFix: () => 'retapez le texte, ou collez-le en texte brut (Ctrl+Maj+V)',
  webAddressUnsafe: ({ characters }) =>
    `Cette adresse web contient des caractères qu’une adresse web ne peut pas contenir tels quels : ${characters}.`,
  webAddressUnsafeFix: () =>
    'copiez l’adresse depuis la barre d’adresse du navigateur, par exemple "https://www.example.org/page"',
  tilesUrlUnsafe: ({ characters }) =>
    `L’adresse des tuiles contient des caractères qu’une adresse de tuiles ne peut pas avoir : ${characters}. Une adresse https:// avec {z}, {x} et {y} est attendue, par exemple "https://tile.example.org/{z}/{x}/{y}.png".`,
  logoOutside: ({ file, link }) =>
    `Le logo "${file}" passe par le lien symbolique "${link}", qui pointe hors du dossier des réglages du site : la construction ne lit que des fichiers de ce dossier.`,
  logoOutsideFix: () => 'copiez l’image elle-même dans le dossier de site.yaml au lieu d’y faire un lien',
  logoSvgNotXml: ({ file, line }) => `Le logo "${file}" n’est pas un SVG (XML) bien formé à sa ligne ${line}.`,
  logoSvgDeclaration: ({ file, line }) =>
    `Le logo "${file}" contient un DOCTYPE, une entité ou une instruction de traitement (sa ligne ${line}), ce qu’un logo SVG ne peut pas contenir.`,
  logoSvgElement: ({ file, line, name }) =>
    `Le logo "${file}" contient l’élément <${name}> (sa ligne ${line}) : un logo ne peut contenir que des formes, des tracés, du texte et des dégradés, pour que l’ouvrir n’exécute et ne charge rien.`,
  logoSvgAttribute: ({ file, line, name, element }) =>
    `Le logo "${file}" porte l’attribut ${name} sur <${element}> (sa ligne ${line}), qu’un logo SVG ne peut pas avoir (scripts, événements, liens et données d’éditeur sont refusés).`,
  logoSvgReference: ({ file, line, name, element }) =>
    `Le logo "${file}" fait référence à quelque chose hors de lui-même dans ${name} sur <${element}> (sa ligne ${line}) : un logo ne peut renvoyer qu’à ses propres parties ("#id").`,
  logoSvgFix: () =>
    'exportez de nouveau le logo en SVG simple (Inkscape : Enregistrer sous « SVG simple » ou « SVG optimisé » ; Illustrator : Exporter sous SVG avec attributs de présentation), ou en PNG',
  // Textes lus par les visiteurs, donnés par langue (src/schemas/common.ts textInLanguages ; h15-texts).
  textInLanguagesShape: ({ what, example }) =>
    `Écrivez ${what} comme un texte, ou par langue sous la forme ${example} (toutes les langues que vous pouvez donner ; les autres se replient sur l’original avec un avertissement).`,
  textInLanguagesEmpty: ({ what }) =>
    `${capitalize(what)} ne donne aucune langue : écrivez au moins l’une de fr, en, es.`,
  datasetLanguageNeeded: ({ what }) =>
    `${capitalize(what)} est écrit comme un seul texte : la vérification ne peut pas savoir dans quelle langue, et les pages des autres langues ne pourraient pas signaler qu’il n’est pas traduit.`,
  datasetLanguageNeededFix: ({ example }) =>
    `ajoutez la ligne « language: fr » (fr, en ou es : la langue dans laquelle ces textes sont écrits), ou donnez le texte par langue : ${example}`,
  translatedFactsShape: ({ what, example }) =>
    `Dans une traduction, ${what} ne porte que les textes à traduire : ${example}. Montants, devises et adresses restent dans l’original.`,
  // YAML the parser cannot read, one message per error of the yaml library (yaml-source.ts; h15-texts).
  yamlAliasProps: () => 'Un alias (*nom) ne peut pas porter d’ancre (&) ni d’étiquette (!).',
  yamlAliasPropsFix: () => 'retirez le & ou le ! écrit devant *nom, ou écrivez la valeur elle-même',
  yamlBadAlias: () => 'Une valeur renvoie avec *nom à une ancre (&nom) qui n’est pas définie avant elle.',
  yamlBadAliasFix: () =>
    'écrivez la valeur elle-même au lieu de *nom, ou mettez le texte entre guillemets si le * en fait partie',
  yamlBadDirective: () => 'Une ligne commençant par % n’est pas comprise.',
  yamlBadDirectiveFix: () =>
    'supprimez la ligne qui commence par %, ou mettez son texte entre guillemets après un nom de champ',
  yamlBadEscape: () =>
    'Une barre oblique inverse \\ dans un texte entre guillemets doubles commence une séquence qui n’existe pas.',
  yamlBadEscapeFix: () =>
    "écrivez \\\\ pour une barre oblique inverse, ou mettez le texte entre apostrophes 'comme ceci'",
  yamlBadPropOrder: () => 'Une ancre (&) ou une étiquette (!) n’est pas à la place attendue.',
  yamlBadPropOrderFix: () => 'retirez le signe & ou !, ou mettez toute la valeur entre guillemets doubles',
  yamlBadScalarStart: () => 'Une valeur commence par un signe réservé (@, `, ou | et > suivis de texte).',
  yamlBadScalarStartFix: () => 'mettez toute la valeur entre guillemets doubles, par exemple "@ville"',
  yamlBlockInFlow: () =>
    'Une liste ou un groupe entre crochets [ ] ou accolades { } contient une ligne de l’autre forme ("- élément" ou "champ:" sur sa propre ligne).',
  yamlBlockInFlowFix: () =>
    'écrivez le contenu des crochets sur une ligne, séparé par des virgules, ou retirez les crochets et écrivez un "- élément" par ligne',
  yamlImpossible: () => 'Ces champs n’ont pas pu être lus.',
  yamlImpossibleFix: () =>
    'comparez les lignes autour de celle-ci au modèle de CONTRIBUTING : un "champ: valeur" par ligne, les champs imbriqués décalés de deux espaces',
  yamlLongKey: () =>
    'Un nom de champ dépasse 1024 caractères : il manque sans doute les deux-points après un nom de champ, ou un long texte n’est pas sur la ligne de son champ.',
  yamlLongKeyFix: () =>
    'écrivez chaque ligne sous la forme champ: valeur, avec tout le texte sur la ligne de son champ',
  yamlMissingChar: () =>
    'Il manque un signe fermant : un guillemet, un crochet ], une accolade }, ou la virgule entre deux éléments entre crochets.',
  yamlMissingCharFix: () =>
    'fermez le guillemet, le crochet ou l’accolade ouvert sur cette ligne ou juste au-dessus, et séparez les éléments entre crochets par des virgules',
  yamlTwoAnchors: () => 'Une valeur porte deux ancres (&nom).',
  yamlTwoAnchorsFix: () => 'gardez un seul &nom, ou retirez les deux et écrivez la valeur elle-même',
  yamlTwoDocuments: () => 'Une ligne "---" ou "..." commence un second jeu de champs : un fichier n’en a qu’un.',
  yamlTwoDocumentsFix: () =>
    'supprimez la ligne "---" en trop (dans un fichier .mdx, les champs sont seulement entre les deux premières lignes "---")',
  yamlTwoTags: () => 'Une valeur porte deux étiquettes (!).',
  yamlTwoTagsFix: () => 'retirez les signes !, ou mettez la valeur entre guillemets doubles',
  yamlKeyNotText: () => 'Un nom de champ est écrit comme une liste ou un groupe, pas comme un mot.',
  yamlKeyNotTextFix: () => 'écrivez le nom du champ comme un simple mot avant les deux-points, par exemple title:',
  yamlUnknownTag: () => 'Une valeur commence par ! (une étiquette YAML) que la vérification ne comprend pas.',
  yamlUnknownTagFix: () => 'mettez la valeur entre guillemets doubles, par exemple "!important"',
  yamlUnexpected: () =>
    'Quelque chose sur cette ligne n’est pas à une place possible pour un champ ou une valeur : un signe égaré, les deux-points manquants après le nom du champ, ou du texte après un guillemet fermant.',
  yamlUnexpectedFix: () =>
    'écrivez la ligne sous la forme champ: valeur, et mettez une valeur contenant deux-points, # ou guillemets entre guillemets doubles',
  yamlCollectionType: () =>
    'Une liste est écrite là où des champs sont attendus, ou des champs là où une liste est attendue.',
  yamlCollectionTypeFix: () =>
    'vérifiez crochets et tirets : [a, b] ou "- élément" pour une liste, { champ: valeur } ou "champ: valeur" décalé pour des champs',
  // CSV the parser cannot read, by error of csv-parse (load-kpis.ts; h15-texts).
  csvQuoteNotClosed: () =>
    'Une cellule ouverte par un guillemet " n’est jamais fermée : tout le reste du fichier serait lu comme cette seule cellule.',
  csvQuoteNotClosedFix: () =>
    'ajoutez le guillemet fermant à la fin de la cellule qui commence sur cette ligne, ou retirez son guillemet ouvrant',
  csvAfterClosingQuote: () => 'Du texte suit le guillemet fermant d’une cellule entre guillemets.',
  csvAfterClosingQuoteFix: () =>
    'dans une cellule entre guillemets, écrivez un guillemet en le doublant "", par exemple "Rapport ""A"""',
  csvQuoteInCell: () => 'Un guillemet " apparaît au milieu d’une cellule qui ne commence pas par un guillemet.',
  csvQuoteInCellFix: () =>
    'mettez toute la cellule entre guillemets et doublez le guillemet qu’elle contient, par exemple "Rapport ""A""", ou retirez le guillemet',
  csvUnreadableAny: () => 'Le fichier n’a pas pu être lu comme un CSV à partir de cette ligne.',
  csvUnreadableAnyFix: () =>
    'comparez la ligne à l’en-tête : une cellule par colonne, séparées par le séparateur du fichier, les guillemets par paires',
  // npm run serve before any build (scripts/serve.ts; h15-texts).
  serveNoSite: ({ dir }) =>
    `Aucun site construit dans ${dir} : lancez d’abord npm run build (ou npm start, qui construit puis sert le site).`,
  // Rôles des lieux d'une pratique (h16-places : src/schemas/practice.ts, integrity.ts).
  placeShape: ({ example }) =>
    `Écrivez chaque lieu par l’identifiant de sa ville, par exemple "- barcelona", ou avec sa façon de prendre part à la pratique : "- { city: zio-1, role: ${example} }".`,
  placeRoleShape: ({ example }) =>
    `Écrivez le rôle par un identifiant du vocabulaire place-roles, par exemple "role: ${example}", ou plusieurs sous forme de liste : "role: [location, lead]".`,
  placeRolesEmpty: () =>
    'La liste des rôles est vide : nommez-en au moins un, ou supprimez la ligne (un lieu sans rôle est le lieu de l’action).',
  placeRoleDefaultMissing: ({ file }) =>
    `Le vocabulaire place-roles (${file}) n’a pas de terme "location" : c’est le rôle de toute ville écrite par son seul identifiant.`,
  placeRoleDefaultMissingFix: () =>
    'rajoutez-le : - id: location, avec son libellé en fr, en et es (par exemple « Lieu de l’action »)',
  // Statut et dates en désaccord (warnings.ts, statusDateWarnings).
  warnStatusStarted: ({ status, date, reviewed }) =>
    `Le statut est "${status}", mais la pratique a commencé en ${date} (dates.start), avant sa dernière relecture du ${reviewed}.`,
  warnStatusNotStarted: ({ status, date, reviewed }) =>
    `Le statut est "${status}", mais la pratique ne commence qu’en ${date} (dates.start), après sa dernière relecture du ${reviewed}.`,
  warnStatusEnded: ({ status, date, reviewed }) =>
    `Le statut est "${status}", mais la pratique s’est terminée en ${date} (dates.end), avant sa dernière relecture du ${reviewed}.`,
  warnStatusNotEnded: ({ status, date, reviewed }) =>
    `Le statut est "${status}", mais la pratique se termine en ${date} (dates.end), après sa dernière relecture du ${reviewed}.`,
  warnStatusDatesFix: ({ reviewed }) =>
    `écrivez où en était la pratique le ${reviewed} (status : planned, ongoing, completed, discontinued, ou unknown si les sources ne le disent pas), ou corrigez la date`,
  // Lieux des indicateurs, valeurs plausibles et lignes de référence (h16-kpi).
  boundNotNumber: () => 'minimum et maximum sont des nombres, en chiffres seulement (maximum: 100).',
  referenceValueNotNumber: () => 'La valeur de référence est un nombre, en chiffres seulement (value: 50).',
  referenceOutOfRange: ({ value, range }) =>
    `La valeur de référence ${value} n’est pas une valeur possible de cet indicateur (${range}).`,
  referenceOutOfRangeFix: () =>
    'écrivez la valeur dans l’unité de l’indicateur (50 pour la parité en pourcentage), ou fixez minimum et maximum si l’indicateur va vraiment au-delà',
  rangeBetween: ({ min, max }) => `de ${min} à ${max}`,
  rangeAtLeast: ({ min }) => `${min} ou plus`,
  rangeAtMost: ({ max }) => `${max} ou moins`,
  rangeAny: () => 'tout nombre',
  cityAndPlaceColumns: () =>
    'Le fichier a une colonne « city » et une colonne « place » ; une seule des deux nomme le lieu.',
  cityAndPlaceColumnsFix: () =>
    'gardez la colonne « place » (elle accepte les identifiants de villes, les codes de pays comme TG et network:<id>) et déplacez-y les identifiants de villes',
  cellCountryInCityColumn: ({ value }) =>
    `« ${value} » ressemble à un code de pays, mais la colonne « city » n’accepte que des identifiants de villes.`,
  cellCountryInCityColumnFix: () =>
    'pour un chiffre national, renommez la colonne « city » en « place » sur la première ligne : « place » accepte les identifiants de villes et les codes de pays (TG)',
  cellNotCountry: ({ value }) => `« ${value} » n’est pas un code de pays ISO 3166-1.`,
  cellNotCountryFix: () =>
    'écrivez le code du pays en deux lettres capitales, comme TG pour le Togo ou FR pour la France',
  cellNotPlace: ({ value }) => `« ${value} » n’est pas un lieu.`,
  cellNotPlaceFix: () =>
    'écrivez un identifiant de ville (ogou-1), un code de pays en capitales (TG) ou un réseau sous la forme network:<id> (network:aimf)',
  cellImplausible: ({ value, indicator, range }) =>
    `${value} n’est pas une valeur possible de ${indicator} : son unité admet ${range}.`,
  cellNotWhole: ({ value, indicator }) =>
    `${value} n’est pas une valeur possible de ${indicator} : il compte des choses, ses valeurs sont des nombres entiers.`,
  cellImplausibleFix: () =>
    'vérifiez le chiffre dans la source (une virgule mal placée, une part écrite comme un nombre) ; si l’indicateur va vraiment au-delà, fixez son minimum ou son maximum dans indicators.yaml',
  observationNoSuchNetwork: ({ id, file }) => `Il n’y a pas de réseau « ${id} » dans ${file}.`,
  observationInTwoDatasets: ({ place, indicator, period, other }) =>
    `${place}, ${indicator}, ${period} est aussi mesuré dans ${other}.`,
  observationInTwoDatasetsFix: ({ used }) =>
    `les classements, cartes et comparaisons utilisent le chiffre de ${used} (un jeu sourcé avant un jeu illustratif, puis le premier par nom de dossier) ; supprimez la ligne que vous ne voulez pas afficher, ou gardez les deux si les deux sources sont à lire côte à côte`,
};

export const frNouns: Record<FieldNoun, string> = {
  title: 'le titre',
  summary: 'le résumé',
  keyword: 'le mot-clé',
  keywords: 'les mots-clés',
  result: 'le résultat',
  results: 'les résultats',
  'promoter name': 'le nom du porteur',
  partner: 'chaque partenaire',
  'partner name': 'le nom du partenaire',
  partners: 'les partenaires',
  funder: 'chaque financeur',
  'funder name': 'le nom du financeur',
  funders: 'les financeurs',
  'budget period': 'la période du budget',
  'budget note': 'la note sur le budget',
  'link label': 'le libellé du lien',
  links: 'les liens',
  'source title': 'le titre de la source',
  publisher: 'l’éditeur',
  sources: 'les sources',
  region: 'la région',
  'city id': 'l’identifiant de la ville',
  cities: 'les villes',
  status: 'le statut',
  theme: 'le thème',
  themes: 'les thèmes',
  'power domain': 'le domaine de compétence',
  'power domains': 'les domaines de compétence',
  method: 'la méthode',
  methods: 'les méthodes',
  'source type': 'le type de source',
  'source types': 'les types de source',
  SDG: 'l’ODD',
  SDGs: 'les ODD',
  scale: 'l’échelle',
  network: 'le réseau',
  networks: 'les réseaux',
  languages: 'les langues',
  name: 'le nom',
  'authority type': 'le type de collectivité',
  'population source': 'la source du chiffre de population',
  'plan status': 'le statut du plan',
  'plan title': 'le titre du plan',
  'indicator id': 'l’identifiant de l’indicateur',
  id: 'l’identifiant',
  label: 'le libellé',
  description: 'la description',
  licence: 'la licence',
  'site name': 'le nom du site',
  tagline: 'le slogan',
  'logo alternative': 'le texte alternatif du logo',
  'licence name': 'le nom de la licence',
  'tile attribution': 'l’attribution des tuiles (la mention que le fournisseur de tuiles exige)',
  // Textes d’un jeu de données donnés par langue (h15-texts).
  'dataset note': 'la note sur le jeu de données',
  budget: 'le budget',
  // Rôles des lieux (h16-places).
  'place role': 'le rôle du lieu',
  'place roles': 'les rôles du lieu',
};
