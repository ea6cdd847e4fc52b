/**
 * Los mensajes de la comprobación del contenido, en español, para quienes
 * contribuyen al catálogo (personal municipal, asociaciones), tratándoles de
 * usted como la guía CONTRIBUTING.es.md. Tipados según en.ts: un mensaje que
 * falte o un parámetro mal nombrado no compila. Los valores que hay que
 * copiar van entre comillas rectas "…", tal como se escriben en los archivos.
 */
import { capitalize, type EntryKindName, type FieldNoun, type Messages } from './en.ts';

const ENTRY = {
  practice: { each: 'Cada práctica', per: 'por práctica', ofThe: 'de la práctica', folder: 'carpeta de práctica' },
  city: {
    each: 'Cada perfil de ciudad',
    per: 'por perfil de ciudad',
    ofThe: 'del perfil de ciudad',
    folder: 'carpeta de perfil de ciudad',
  },
} satisfies Record<EntryKindName, unknown>;

/** The kind of entry with its article, as the sentences below need it. */
const A = { practice: 'una práctica', city: 'un perfil de ciudad' } satisfies Record<EntryKindName, string>;
const PLURAL = { practice: 'prácticas', city: 'perfiles de ciudad' } satisfies Record<EntryKindName, string>;
const OTHER = { practice: 'de otra práctica', city: 'de otro perfil de ciudad' } satisfies Record<
  EntryKindName,
  string
>;
const SAME = { practice: 'de la misma práctica', city: 'del mismo perfil de ciudad' } satisfies Record<
  EntryKindName,
  string
>;

const KIND_WORD = { practice: 'práctica', city: 'ciudad' } satisfies Record<EntryKindName, string>;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const es: Messages = {
  reportNoProblems: () => 'No se ha encontrado ningún problema.',
  reportFileHeading: ({ file, count }) => `${file} (${plural(count, 'problema', 'problemas')})`,
  reportTotals: ({ problems, files }) =>
    `${plural(problems, 'problema', 'problemas')} en ${plural(files, 'archivo', 'archivos')}.`,
  checkFixAndRerun: () => 'Corrija estos problemas y vuelva a ejecutar npm run check.',
  checkValid: ({ practices, cities, indicators, observations, seconds }) =>
    `El contenido es válido: ${plural(practices, 'práctica', 'prácticas')}, ${plural(cities, 'ciudad', 'ciudades')}, ` +
    `${plural(indicators, 'indicador', 'indicadores')}, ${plural(observations, 'observación', 'observaciones')} (${seconds} s).`,
  buildRefused: () => 'El contenido tiene problemas: no se ha construido el sitio.',
  buildRefusedKept: ({ outDir }) =>
    `El contenido tiene problemas: no se ha construido el sitio y ${outDir} se ha dejado como estaba.`,
  unknownLanguage: ({ value, option, choices }) =>
    `${option} "${value}" no es un idioma de la comprobación; elija entre ${choices}.`,

  // Avisos: se señalan, nunca se rechazan (warnings.ts).
  reportWarnings: ({ count }) =>
    `${plural(count, 'aviso', 'avisos')}: conviene revisarlos, aunque el contenido se acepta tal cual.`,
  reportFileWarningsHeading: ({ file, count }) => `${file} (${plural(count, 'aviso', 'avisos')})`,
  warnReviewedFuture: ({ date }) => `La fecha de revisión ${date} está en el futuro.`,
  warnReviewedFutureFix: ({ today }) =>
    `escriba el día en que se comprobaron los datos por última vez, como muy tarde hoy (${today})`,
  warnUnbalancedQuote: ({ quote }) => `La comilla ${quote} no tiene pareja en este texto: se publicaría sola.`,
  warnUnbalancedQuoteFix: () => 'cierre la cita con su pareja (« … », “…”, "…") o borre la comilla suelta',
  warnWeakAlt: ({ alt }) => `La alternativa textual "${alt}" no dice lo que muestra la imagen.`,
  warnWeakAltFix: () =>
    'describa en pocas palabras lo que se perdería quien no la ve, por ejemplo «Mujeres caminando de noche por una calle iluminada»',

  // npm run serve (scripts/serve.ts).
  serveReady: ({ url }) => `Practice Atlas se sirve en ${url} (Ctrl+C para detenerlo).`,
  servePortBusy: ({ port, used }) =>
    `El puerto ${port} ya lo usa otro programa (quizá otro npm start): el sitio se sirve en el puerto ${used} en su lugar.`,
  serveNoFreePort: ({ from, to }) =>
    `Los puertos ${from} a ${to} están todos en uso: detenga el otro servidor (Ctrl+C en su ventana), o elija otro puerto con -- --port 8080.`,

  // npm run translations (scripts/translations.ts): un informe, en el idioma pedido.
  translationsNoHistory: () =>
    'El historial de git no está disponible aquí: no se pueden detectar las traducciones desactualizadas.',
  translationsLanguage: ({ lang, missing, outdated }) =>
    `${lang}: ${missing} ${missing === 1 ? 'pendiente' : 'pendientes'}, ${outdated} ${outdated === 1 ? 'desactualizada' : 'desactualizadas'}`,
  translationsMissing: ({ kind, id, lang, file }) =>
    `pendiente     ${KIND_WORD[kind]} ${id} (original ${lang}: ${file})`,
  translationsOutdated: ({ kind, id, original, translation }) =>
    `desactualizada ${KIND_WORD[kind]} ${id} (original modificado el ${original}, traducción el ${translation})`,
  translationsCurrent: ({ kind, id }) => `al día        ${KIND_WORD[kind]} ${id}`,
  translationsUnknown: ({ kind, id }) => `desconocido   ${KIND_WORD[kind]} ${id} (sin historial de git)`,
  translationsNotCommitted: () => 'aún sin commit',

  didYouMean: ({ value }) => `¿quiso decir "${value}"?`,
  writeValue: ({ value }) => `escriba "${value}"`,
  renameTo: ({ name }) => `cámbiele el nombre a "${name}"`,
  removeSecond: () => 'borre el segundo',
  removeIt: () => 'bórrelo',

  noFrontmatter: () => 'El archivo no empieza con sus campos entre dos líneas "---".',
  noFrontmatterFix: () =>
    'la primera línea debe ser "---", luego los campos (title: …), luego una línea "---" y, por último, el texto',
  unclosedFrontmatter: () => 'Los campos abiertos con "---" en la línea 1 nunca se cierran.',
  unclosedFrontmatterFix: () => 'añada una línea "---" después del último campo, antes del texto',
  frontmatterNotFields: () => 'Las líneas entre los "---" deben ser campos escritos "nombre: valor".',
  frontmatterNotFieldsFix: () => 'empiece con "title: …" en la línea que sigue al primer "---"',
  yamlDuplicateKey: () => 'Este campo está escrito dos veces.',
  yamlDuplicateKeyFix: () => 'conserve una sola de las dos líneas, reuniendo lo que dice cada una',
  yamlTab: () => 'Se usa un tabulador para la sangría; los campos necesitan espacios.',
  yamlTabFix: () => 'sustituya el tabulador al principio de la línea por dos espacios',
  yamlMultilineKey: () =>
    'Un valor ocupa varias líneas sin comillas, o a una línea "campo: valor" le faltan los dos puntos.',
  yamlMultilineKeyFix: () =>
    'ponga el texto largo entre comillas, o empiécelo con ">-" en la línea del campo y aplique sangría a las líneas siguientes',
  yamlBlockAsKey: () => 'Una línea no se ha podido leer como "campo: valor".',
  yamlBlockAsKeyFix: () => 'revise los dos puntos después del nombre del campo y la sangría de las líneas cercanas',
  yamlBadIndent: () => 'La sangría de esta línea no coincide con la de las líneas cercanas.',
  yamlBadIndentFix: () => 'aplique a los campos anidados dos espacios más de sangría que al campo que los contiene',
  valueCutByComment: ({ value }) =>
    `Todo lo que sigue a " #" en esta línea se lee como una nota y se descarta, así que el valor es solo "${value}".`,
  valueCutByCommentFix: ({ whole }) =>
    `ponga todo el valor entre comillas, por ejemplo "${whole}", o pase la nota a una línea aparte`,
  yamlCurlyQuotes: () =>
    'Las comillas tipográficas “ ” ‘ ’, tal como las escriben los procesadores de texto, no cuentan como comillas en los campos.',
  yamlCurlyQuotesFix: ({ line }) => `escriba la línea con comillas rectas: ${line}`,

  unfilledValue: () => 'La marca "…" que dejó npm run new sigue aquí: este lugar no está completado.',
  unfilledValueFix: () => 'escriba el valor, o borre la línea si no corresponde',
  unfilledValueFixWith: ({ hint }) => `escriba el valor, o borre la línea si no corresponde. ${hint}`,
  untranslatedBody: ({ lang }) =>
    `El texto sigue siendo, palabra por palabra, el del original (${lang}.mdx): aún no se ha traducido.`,
  untranslatedBodyFix: () =>
    'traduzca el texto que hay debajo de los campos, o retire este archivo hasta que la traducción esté lista',

  entryFolderInvisible: ({ name, chars }) =>
    `El nombre de la carpeta "${name}" contiene caracteres invisibles (${chars}), que suelen venir de un procesador de texto o de una página web.`,
  entryFolderTaken: ({ kind, name }) =>
    `el identificador "${name}" ya es la carpeta ${OTHER[kind]}: si se trata ${SAME[kind]}, mueva estos archivos a ${name}/; si no, dele otro identificador`,
  entryNested: ({ kind, folder, root }) =>
    `${folder} contiene ${A[kind]}, pero está dentro de otra carpeta: solo se leen las carpetas situadas directamente en ${root}/.`,
  entryNestedFix: ({ target }) => `muévala a ${target}`,
  entrySubfolder: ({ kind, name }) =>
    `"${name}" es una carpeta; una ${ENTRY[kind].folder} solo contiene sus archivos de idioma e imágenes, así que no se lee nada de lo que hay dentro.`,
  entrySubfolderFix: () => 'suba a esta carpeta las imágenes que contenga y después bórrela',
  entryOtherKind: ({ kind, other, fields }) =>
    `Este archivo describe ${A[other]} (tiene ${fields}), pero está entre las carpetas de ${PLURAL[kind]}.`,
  entryOtherKindFix: ({ target }) => `mueva su carpeta a ${target}`,
  translationAlone: ({ id, lang }) =>
    `Los archivos de "${id}" son todos traducciones de ${lang}.mdx, y aquí no hay ningún ${lang}.mdx: el original está en otra carpeta o falta.`,
  translationAloneMoveFix: ({ target }) => `si traduce esa entrada, mueva este archivo a ${target}`,
  translationAloneFix: ({ lang }) =>
    `mueva este archivo a la carpeta que contiene ${lang}.mdx, o conviértalo en el original: quite "translationOf" y dele todos los campos`,

  unknownField: ({ key }) => `"${key}" no es un campo previsto aquí, y su contenido se perdería.`,
  unknownFieldFix: ({ fields }) => `bórrelo, o use uno de estos campos: ${fields}`,
  requiredField: ({ field }) => `Falta el campo obligatorio "${field}".`,
  requiredFieldFix: ({ line }) => `añada esta línea al final de los campos: ${line}`,
  colonInTextFix: ({ text }) =>
    `el ": " de esta línea se lee como el comienzo de un campo: ponga todo el texto entre comillas, por ejemplo ${text}`,

  vocabularyMissing: ({ vocabulary }) => `Falta el vocabulario "${vocabulary}".`,
  vocabularyMissingFix: ({ file }) => `cree ${file} con una lista de términos "- id: …" y sus etiquetas en cada idioma`,
  notAVocabulary: ({ name }) =>
    `"${name}" no es uno de los vocabularios del catálogo, así que no se usaría nada de lo que contiene.`,
  notAVocabularyFix: ({ files }) =>
    `los vocabularios son ${files}; uno nuevo también necesita un campo que lo use (src/schemas/)`,
  duplicateVocabularyId: ({ id, vocabulary, line }) =>
    `El identificador "${id}" se usa dos veces en ${vocabulary} (la primera vez en la línea ${line}).`,
  duplicateVocabularyIdFix: () => 'dé a cada término su propio identificador, o fusione los dos términos',

  entriesFolderMissing: ({ folder }) => `Falta la carpeta ${folder}.`,
  entriesFolderMissingFix: ({ kind }) => `créela, con una carpeta ${ENTRY[kind].per}`,
  entryIsFile: ({ kind, name }) =>
    `${ENTRY[kind].each} es una carpeta con un archivo por idioma; "${name}" es un archivo.`,
  entryIsFileFix: ({ target }) => `muévalo a ${target} (o en.mdx, es.mdx según su idioma)`,
  entryFolderName: ({ kind, name }) =>
    `El nombre de la carpeta "${name}" es el identificador ${ENTRY[kind].ofThe} en las direcciones web: solo letras minúsculas, cifras y guiones simples.`,
  entryFolderNameFix: ({ name }) => `cambie el nombre de la carpeta a "${name}"`,
  strayEntryFile: ({ kind, name, files, images }) =>
    `"${name}" no es un archivo que el catálogo lea: una ${ENTRY[kind].folder} contiene ${files} e imágenes (${images}).`,
  renameOrRemove: () => 'cámbiele el nombre o bórrelo',
  noLanguageFile: ({ kind, id }) => `La ${ENTRY[kind].folder} "${id}" no tiene ningún archivo de idioma.`,
  noLanguageFileFix: ({ kind, files }) => `añada uno de los archivos ${files} con los datos ${ENTRY[kind].ofThe}`,
  twoOriginals: ({ id, languages }) =>
    `Dos archivos de "${id}" llevan los datos (${languages}), así que podrían contradecirse.`,
  twoOriginalsFix: ({ lang }) =>
    `deje los datos en ${lang}.mdx; en este archivo conserve el título, el resumen y el texto, y añada "translationOf: ${lang}"`,
  factInTranslation: ({ key, lang }) =>
    `"${key}" es un dato, y los datos solo figuran en el original (${lang}.mdx) para que los idiomas no puedan contradecirse.`,
  factInTranslationFix: ({ fields }) =>
    `bórrelo aquí; una traducción solo lleva translationOf, ${fields}, machineTranslated y el texto`,
  wrongTranslationOf: ({ written, id, lang }) =>
    `Este archivo dice que traduce "${written}", pero el original de "${id}" es ${lang}.mdx.`,
  wrongTranslationOfFix: ({ lang }) => `escriba translationOf: ${lang}`,
  parallelListLength: ({ list, mine, theirs, lang }) =>
    `"${list}" tiene ${mine} elementos aquí y ${theirs} en el original ${lang}.mdx; cada elemento traduce el que ocupa el mismo lugar.`,
  parallelListLengthFix: ({ list, theirs }) =>
    `traduzca los ${theirs} elementos en el mismo orden, o borre "${list}" para mostrar los del original`,

  indicatorsMissing: () => 'Faltan las definiciones de los indicadores.',
  indicatorsMissingFix: ({ file }) => `cree ${file} con una lista de indicadores "- id: …"`,
  duplicateIndicator: ({ id }) => `El identificador de indicador "${id}" está definido dos veces.`,
  duplicateIndicatorFix: () => 'dé a cada indicador su propio identificador, o fusione las dos definiciones',
  datasetFolder: ({ name }) =>
    `Cada conjunto de datos es una carpeta con un nombre en minúsculas y guiones que contiene dataset.yaml y observations.csv; "${name}" no lo es.`,
  datasetFolderFix: () => 'mueva los archivos a una carpeta como content/kpis/datasets/mi-conjunto-de-datos/',
  strayDatasetFile: ({ name }) =>
    `"${name}" no se lee: una carpeta de conjunto de datos contiene dataset.yaml y observations.csv.`,
  strayDatasetCsvFix: () =>
    'cámbiele el nombre a observations.csv, o muévalo a una carpeta de conjunto de datos propia',
  removeOrMove: () => 'bórrelo o muévalo',
  datasetMetaMissing: () =>
    'El conjunto de datos no tiene un dataset.yaml que describa su fuente, su licencia y su fecha.',
  datasetMetaMissingFix: () => 'añada dataset.yaml con title, source, licence, retrieved e illustrative',
  observationsMissing: () => 'El conjunto de datos no tiene observations.csv.',
  observationsMissingFix: ({ header }) => `añádalo con la línea de encabezado ${header}`,
  csvEmpty: () => 'El archivo está vacío.',
  csvEmptyFix: ({ header }) => `empiécelo con la línea de encabezado ${header}`,
  columnNumber: ({ index }) => `columna ${index}`,
  unknownColumn: ({ column }) => `El catálogo no lee la columna "${column}", así que sus valores se perderían.`,
  unknownColumnFix: ({ columns }) => `las columnas son ${columns}`,
  missingColumn: ({ column }) => `Falta la columna "${column}".`,
  missingColumnFix: ({ header }) => `la línea de encabezado es ${header}`,
  missingColumnDelimiterFix: ({ header, delimiter }) =>
    `la línea de encabezado es ${header} (este archivo separa las columnas con "${delimiter}")`,
  rowLength: ({ values, columns }) => `Esta fila tiene ${values} valores para ${columns} columnas.`,
  rowTooLongFix: ({ delimiter }) => `probablemente un valor contiene "${delimiter}": póngalo entre comillas rectas "…"`,
  rowTooShortFix: () => 'complete los valores que faltan, o déjelos vacíos entre los separadores',
  cellNotCity: ({ value }) => `"${value}" no es un identificador de ciudad.`,
  cellNotCityFix: () => 'escriba el identificador de un perfil de ciudad, por ejemplo "barcelona"',
  cellNotIndicator: ({ value }) => `"${value}" no es un identificador de indicador.`,
  cellNotIndicatorFix: () => 'escriba un identificador de content/kpis/indicators.yaml',
  cellNotPeriod: ({ value }) => `"${value}" no es un período.`,
  cellNotPeriodFix: () => 'escriba un año (2023), un mes (2023-05) o un trimestre (2023-Q2)',
  cellEmptyValue: () => 'El valor está vacío.',
  cellEmptyValueFix: () => 'escriba el valor, o borre la fila si no se midió',
  cellNotNumber: ({ value }) => `"${value}" no es un número.`,
  cellDecimalMarkFix: ({ decimal, corrected, other }) =>
    `este archivo usa "${decimal}" como separador decimal; escriba ${corrected}, o declare csv: { decimal: "${other}" } en dataset.yaml`,
  cellDigitsOnlyFix: () => 'escriba solo cifras, sin unidad ni signo % (la unidad la da el indicador)',

  notInVocabulary: ({ value, vocabulary, file }) => `"${value}" no está en el vocabulario ${vocabulary} (${file}).`,
  notInVocabularyFix: ({ ids, file }) =>
    `use uno de estos términos: ${ids}; si ninguno conviene, proponga un término nuevo en su pull request: añádalo a ${file} con su identificador y su etiqueta en fr, en y es, y quienes revisan deciden si lo conservan o si se usa el más cercano`,
  listedTwice: ({ value, field }) => `"${value}" aparece dos veces en ${field}.`,
  noSuchCity: ({ id, folder }) => `No existe ningún perfil de ciudad "${id}" (${folder}).`,
  noSuchCityFix: ({ file }) => `cree primero el perfil de ciudad (${file}), o corrija el identificador`,
  cityInOtherCountry: ({ city, cityCountry, country }) =>
    `La ciudad "${city}" está en ${cityCountry}, pero el país de la práctica es ${country}.`,
  cityInOtherCountryFix: () =>
    'corrija el país o la ciudad; una práctica que abarca varios países lleva scale: international',
  observationNoSuchCity: ({ id }) => `No existe ningún perfil de ciudad "${id}".`,
  observationNoSuchCityFix: ({ folder }) => `cree primero ${folder}, o corrija el identificador`,
  observationNoSuchIndicator: ({ id, file }) => `No existe ningún indicador "${id}" en ${file}.`,
  observationNoSuchIndicatorFix: () => 'defina primero el indicador, o corrija el identificador',
  observationTwice: ({ city, indicator, period, line }) =>
    `${city}, ${indicator}, ${period} se mide dos veces en este conjunto de datos (la primera vez en la línea ${line}).`,
  observationTwiceFix: () => 'conserve una sola fila; una cifra revisada sustituye a la anterior',

  bodyHtmlComment: () => 'Los comentarios HTML "<!-- … -->" no están permitidos en el texto.',
  bodyHtmlCommentFix: () => 'borre el comentario; una nota para otras personas que editan va en la pull request',
  // Textos que el analizador MDX no puede leer (body/parse-failure.ts): nombrados por construcción, nunca con las palabras del analizador.
  bodyBrUnclosed: () =>
    '"<br>" está escrito sin su barra de cierre, así que el texto que lo sigue se lee como si estuviera dentro.',
  bodyBrUnclosedFix: () =>
    'escriba <br /> para hacer un salto de línea, o deje una línea en blanco para empezar un párrafo nuevo',
  bodyHtmlUnclosed: ({ tag }) => `<${tag}> es una etiqueta HTML, que el texto no usa, y nunca se cierra.`,
  bodyBraceOpen: () => 'Una llave "{" abre código en el texto, y el texto de una ficha nunca ejecuta código.',
  bodyBraceOpenFix: ({ escaped, plain }) => `escriba ${escaped} para mostrar las llaves, o ${plain} sin ellas`,
  bodyBraceAloneFix: () => 'escriba "\\{" para mostrar la llave, o bórrela',
  bodyLessThan: ({ next }) => `Un "<" seguido de "${next}" se lee como el comienzo de una etiqueta.`,
  bodyLessThanWordsFix: ({ escaped }) =>
    `escriba "&lt;" en lugar de "<" (${escaped}), o dígalo con palabras: «menos de»`,
  bodyAngleAddress: ({ address }) => `La dirección <${address}> entre corchetes angulares se lee como una etiqueta.`,
  bodyAngleAddressFix: ({ link }) => `escríbala como enlace: ${link}`,
  bodyUnclosedComponent: ({ tag, line }) => `<${tag}>, abierto en la línea ${line}, nunca se cierra.`,
  bodyCloseWithEndTagFix: ({ tag }) =>
    `añada </${tag}> en una línea aparte después de su texto, con una línea en blanco antes`,
  bodyCloseSelfFix: ({ tag }) => `termine la etiqueta con "/>": <${tag} … />`,
  bodyWrongClosingTag: ({ closing, tag, line }) => `</${closing}> cierra <${tag}>, abierto en la línea ${line}.`,
  bodyWrongClosingTagFix: ({ tag }) => `escriba </${tag}>`,
  bodyStrayClosingTag: ({ tag }) => `</${tag}> cierra una etiqueta que nunca se abrió.`,
  bodyStrayClosingTagFix: ({ tag }) => `bórrela, o abra la etiqueta más arriba: <${tag} …>`,
  bodyMalformedTag: ({ tag }) => `La etiqueta <${tag} …> no está bien escrita.`,
  bodyMalformedTagFix: () =>
    'escriba cada atributo como nombre="texto" con comillas rectas, y termine la etiqueta con "/>"; las comillas dentro de un texto se escriben « »',
  bodySyntaxOther: () => 'Un carácter abre aquí una etiqueta o código, que el texto no puede leer.',
  bodySyntaxOtherFix: () => 'escriba "<" como "&lt;" y "{" como "\\{", y cierre cada componente que abra',
  bodyImportExport: () => 'Las líneas "import" y "export" son código, y el texto de una ficha nunca ejecuta código.',
  bodyImportExportFix: () =>
    'borre la línea; para una imagen, guárdela en esta carpeta y escriba <Figure src="./photo.jpg" alt="…" />',
  bodyBraceComment: () => 'Los comentarios entre llaves son código y no están permitidos.',
  bodyBraceExpression: () => 'El texto entre llaves {…} es código, y el texto de una ficha nunca ejecuta código.',
  bodyBraceExpressionFix: () => 'para escribir una llave en el texto, escriba "\\{"; borre los comentarios',
  bodyImageNoAlt: () => 'Esta imagen no tiene texto alternativo, así que quienes no pueden verla se la perderían.',
  bodyImageNoAltFix: () =>
    'escriba lo que muestra entre los corchetes: ![Lo que muestra la imagen](./photo.jpg), o use <Figure src="./photo.jpg" alt="…" />',
  bodyHtml: () => 'El HTML no está permitido en el texto.',
  bodyWriteMarkdown: () => 'escriba en Markdown en su lugar',
  bodyTitleHeading: () => 'Un encabezado "#" es el título de la página, que sale del campo "title".',
  bodyTitleHeadingFix: () => 'empiece las secciones con "##" y las subsecciones con "###"',
  bodyHeadingJump: ({ from, to }) =>
    `Este encabezado salta del nivel ${from} al nivel ${to}; quienes usan un lector de pantalla cuentan con niveles seguidos.`,
  bodyHeadingJumpFix: ({ good, bad }) => `escriba ${good} en lugar de ${bad}`,
  bodyLinkScheme: ({ url }) =>
    `La dirección "${url}" no está permitida: los enlaces llevan a páginas web (https://…) o a direcciones de correo (mailto:…).`,
  bodyLinkRelative: ({ url }) =>
    `La dirección del enlace "${url}" es relativa, así que dejaría de funcionar si el catálogo cambiara de dirección.`,
  bodyLinkFix: () => 'use la dirección completa de la página, con https://',
  bodyImageRemote: ({ src }) =>
    `La imagen "${src}" está en otro sitio web; el catálogo nunca carga nada desde otro sitio.`,
  bodyImageRemoteFix: () =>
    'descargue la imagen (con permiso de su autor), guárdela en esta carpeta y escriba ./su-nombre.jpg',
  bodyImageAddress: ({ src }) => `La dirección de imagen "${src}" no está permitida.`,
  bodyImageAddressFix: () => 'guarde la imagen en esta carpeta y escriba ./su-nombre.jpg',
  bodyImageFormat: ({ name }) => `"${name}" no está en un formato de imagen que el catálogo publique.`,
  bodyImageFormatFix: ({ formats }) => `guárdela en formato ${formats}`,
  bodyImageMissing: ({ name }) => `La imagen "${name}" no está en esta carpeta.`,
  bodyImageMissingFix: () => 'guarde la imagen junto a este archivo, o corrija su nombre',
  bodyEmptyTag: () => 'Las etiquetas vacías "<>…</>" no están permitidas.',
  bodyEmptyTagFix: () => 'bórrelas y conserve el texto que encierran',
  bodyUnknownTag: ({ tag, components }) =>
    `<${tag}> no está permitido en el texto: solo lo están el Markdown y los componentes ${components}.`,
  bodyDidYouMeanTag: ({ tag }) => `¿quiso decir <${tag}>?`,
  bodyUnknownTagFix: () => 'escriba en Markdown en su lugar; vea docs/content-model.md',
  bodyComponentInline: ({ tag }) => `<${tag}> debe ir solo en su línea, con una línea en blanco antes y después.`,
  bodyComponentMissingAttribute: ({ tag, attribute }) => `A <${tag}> le falta su atributo "${attribute}".`,
  bodyComponentNoChildren: ({ tag }) => `<${tag}> no admite texto entre etiquetas; ciérrelo con "/>".`,
  bodyAttributeCode: ({ tag }) => `<${tag}> tiene un atributo escrito entre llaves, lo cual es código.`,
  bodyAttributeCodeFix: () => 'escriba cada atributo en la forma nombre="texto"',
  bodyEventHandler: ({ attribute }) =>
    `"${attribute}" es un controlador de eventos, que ejecuta código; no está permitido.`,
  bodyUnknownAttribute: ({ tag, attribute }) => `<${tag}> no tiene ningún atributo "${attribute}".`,
  bodyUnknownAttributeFix: ({ attributes }) => `sus atributos son: ${attributes}`,
  bodyAttributeNotText: ({ tag, attribute }) =>
    `El atributo "${attribute}" de <${tag}> debe ser un texto entre comillas.`,
  bodyAttributeNotTextFix: ({ attribute }) => `escriba ${attribute}="…"`,
  bodyAttributeEmpty: ({ tag, attribute }) => `El atributo "${attribute}" de <${tag}> está vacío.`,
  bodyAttributeEmptyFix: () => 'escriba entre las comillas lo que debe decir',
  exampleFigure: () => '<Figure src="./photo.jpg" alt="Lo que muestra la imagen" caption="…" />',
  exampleKeyFigure: () => '<KeyFigure value="390 000 €" label="Presupuesto total" />',
  exampleQuote: () => '<Quote author="Nombre" role="Cargo">Las palabras citadas.</Quote>',
  htmlScript: () => 'en el catálogo nunca se ejecutan scripts; bórrelo',
  htmlIframe: () =>
    'las páginas incrustadas no están permitidas; escriba en su lugar un enlace a la página: [título](https://…)',
  htmlEmbed: () =>
    'los objetos incrustados no están permitidos; escriba en su lugar un enlace al archivo: [título](https://…)',
  htmlImg: () => 'use <Figure src="./photo.jpg" alt="…" />, con la imagen guardada en esta carpeta',
  htmlA: () => 'escriba un enlace Markdown: [texto](https://…)',
  htmlBr: () =>
    'dentro de un párrafo, escriba <br /> donde se corta la línea; entre párrafos, deje una línea en blanco',
  htmlBold: () => 'escriba **negrita** en Markdown',
  htmlItalics: () => 'escriba *cursiva* en Markdown',
  htmlBlockquote: () => 'empiece las líneas con "> ", o use <Quote author="…">…</Quote>',
  htmlFigure: () => 'utilice <Figure src="./photo.jpg" alt="…" caption="…" />',
  htmlStyle: () => 'el estilo lo define el sitio; bórrelo',
  htmlP: () => 'deje en su lugar una línea en blanco entre los párrafos',
  htmlDiv: () => 'borre la etiqueta y conserve su texto; separe los bloques con una línea en blanco',
  htmlSpan: () => 'borre la etiqueta y conserve su texto',

  slugNotText: ({ what, example }) => `Escriba ${what} como texto, por ejemplo "${example}".`,
  slugFormat: ({ what, example }) =>
    `${capitalize(what)} solo lleva letras minúsculas, cifras y guiones simples (por ejemplo "${example}").`,
  textNotText: ({ what }) => `Escriba ${what} como texto.`,
  textEmpty: ({ what }) => `Este campo está vacío: escriba ${what}, o borre la línea.`,
  namedField: ({ name }) => `el campo "${name}"`,
  inLanguage: ({ what, lang }) => `${what} (idioma "${lang}")`,
  webUrlNotText: () => 'Escriba la dirección web como texto, por ejemplo "https://www.example.org".',
  webUrlInvalid: () =>
    'Se espera una dirección web que empiece por https:// o http:// (por ejemplo "https://www.example.org").',
  emailInvalid: () => 'Se espera una dirección de correo electrónico, por ejemplo "contact@example.org".',
  isoDateNotText: () => 'Escriba la fecha en la forma AAAA-MM-DD, entre comillas, por ejemplo "2024-11-24".',
  isoDateInvalid: () => 'Se espera una fecha real escrita AAAA-MM-DD, por ejemplo "2024-11-24".',
  partialDateNotText: () =>
    'Escriba la fecha en la forma AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo "2023" o "2023-05-13".',
  partialDateInvalid: () =>
    'Se espera una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD, entre 1900 y 2100, por ejemplo "2023-05".',
  countryNotText: () => 'Escriba el país con su código ISO 3166-1 de dos letras, por ejemplo "FR".',
  countryInvalid: ({ value }) =>
    `"${value}" no es un código de país ISO 3166-1 de dos letras (en mayúsculas, por ejemplo "FR", "ES", "TG").`,
  languageNotText: () => 'Escriba el idioma con su código ISO 639-1 de dos letras, por ejemplo "es".',
  languageInvalid: ({ value }) =>
    `"${value}" no es un código de idioma ISO 639-1 de dos letras (en minúsculas, por ejemplo "fr", "en", "es", "nl").`,
  currencyNotText: () => 'Escriba la moneda con su código ISO 4217 de tres letras, por ejemplo "EUR" o "XOF".',
  currencyInvalid: ({ value }) =>
    `"${value}" no es un código de moneda ISO 4217 (tres letras mayúsculas, por ejemplo "EUR", "USD", "XOF").`,
  contentLanguageInvalid: ({ languages }) => `Se espera uno de los idiomas del catálogo: ${languages}.`,
  labelOnlyLanguages: ({ languages }) => `Aquí solo se esperan los idiomas ${languages}.`,
  labelEachLanguage: ({ what, example }) => `Indique ${what} en cada idioma: ${example}.`,
  sourceShape: () => 'Describa la fuente con al menos un título, por ejemplo { title: "…", url: "https://…" }.',
  listShape: ({ what, example }) =>
    `Escriba ${what} como una lista, por ejemplo ${example}, o un "- elemento" por línea.`,
  taxonomyIdNotText: ({ what, vocabulary, example }) =>
    `Escriba ${what} con un identificador del vocabulario ${vocabulary}, por ejemplo "${example}".`,
  taxonomyIdEmpty: ({ what }) => `Este campo está vacío: escriba ${what} con un identificador de su vocabulario.`,
  taxonomyEntryShape: () =>
    'Cada término necesita un identificador y una etiqueta en cada idioma: { id: …, label: { fr: …, en: …, es: … } }.',
  taxonomyFileShape: () => 'Un archivo de vocabulario es una lista de términos, cada uno empezando por "- id: …".',
  taxonomyFileEmpty: () => 'Este vocabulario no tiene ningún término: añada al menos uno.',

  organisationShape: ({ what }) =>
    `Describa ${what} en la forma { name: "…", url: "https://…" } (la url se puede omitir).`,
  promoterShape: () => 'Describa a la entidad promotora en la forma { name: "…", email: "…", website: "https://…" }.',
  datesShape: () =>
    'Escriba las fechas en la forma { start: "2023", end: "2025-06" }; omita un final que no se conozca.',
  datesReversed: ({ start, end }) => `El final (${end}) es anterior al inicio (${start}).`,
  datesReversedFix: () => 'intercambie las dos fechas, o corrija la que esté mal',
  amountNotNumber: () =>
    'Escriba el importe como un número sin más, sin espacios ni símbolo de moneda, por ejemplo 390000.',
  amountNotPositive: () => 'El importe debe ser mayor que cero.',
  budgetShape: () => 'Describa el presupuesto en la forma { amount: 390000, currency: EUR }.',
  linkShape: () => 'Escriba cada enlace en la forma { url: "https://…", label: "…" }.',
  summaryTooLong: () =>
    'El resumen tiene más de 600 caracteres: deje aquí dos o tres frases y ponga el resto en el texto.',
  atLeastOneTheme: () => 'Indique al menos un tema.',
  atLeastOneSourceType: () => 'Indique al menos un tipo de fuente.',
  atLeastOneLanguage: () => 'Indique al menos un idioma en el que se lleva a cabo la práctica.',
  atLeastOneSource: () =>
    'Indique al menos una fuente de la que salen los datos, para que el público pueda comprobarlos.',
  trueOrFalse: () => 'Escriba true (verdadero) o false (falso).',

  latitudeNotNumber: () => 'Escriba la latitud como un número decimal con punto, por ejemplo 41.3874.',
  latitudeRange: () => 'Una latitud está entre -90 y 90.',
  longitudeNotNumber: () => 'Escriba la longitud como un número decimal con punto, por ejemplo 2.1686.',
  longitudeRange: () => 'Una longitud está entre -180 y 180.',
  coordinatesShape: () =>
    'Escriba las coordenadas en la forma { lat: 41.3874, lon: 2.1686 } (grados decimales, positivos hacia el norte y el este).',
  populationNotNumber: () => 'Escriba la población como un número entero sin espacios, por ejemplo 1660122.',
  populationNotWhole: () => 'La población es un número entero.',
  populationNotPositive: () => 'La población debe ser mayor que cero.',
  countYearNotNumber: () => 'Escriba el año del recuento, por ejemplo 2023.',
  countYearTooOld: () => 'El año del recuento parece erróneo.',
  countYearFuture: () => 'El año del recuento está en el futuro.',
  populationShape: () => 'Una población necesita su año y su fuente: { value: 1660122, year: 2023, source: "…" }.',
  planYearNotNumber: () => 'Escriba el año en que se aprobó el plan, por ejemplo 2021.',
  planShape: () =>
    'Describa el plan en la forma { status: adopted, title: "…", year: 2021 }; use el estado "unknown" si no se conoce.',

  unitInvalid: ({ units }) => `Se espera una de estas unidades: ${units}.`,
  higherIsBetterNotBoolean: () => 'Escriba true si un valor más alto es mejor, y false si no.',
  currencyNeeded: () => 'Un indicador expresado en dinero necesita su moneda.',
  currencyNeededFix: () => 'añada currency: EUR (o el código ISO 4217 que corresponda)',
  indicatorsFileShape: () => 'indicators.yaml es una lista de indicadores, cada uno empezando por "- id: …".',
  indicatorsFileEmpty: () => 'Defina al menos un indicador.',
  delimiterInvalid: () => 'El separador de columnas es "," o ";" o un tabulador.',
  decimalMarkInvalid: () => 'El separador decimal es "." o ",".',
  illustrativeNotBoolean: () =>
    'Escriba illustrative: true para cifras que no son mediciones reales, y false para cifras con fuente.',

  zodExpectedText: () => 'Aquí se espera un texto.',
  zodExpectedNumber: () => 'Aquí se espera un número.',
  zodExpectedWholeNumber: () => 'Aquí se espera un número entero, sin decimales.',
  zodExpectedBoolean: () => 'Escriba true (verdadero) o false (falso).',
  zodExpectedList: () => 'Aquí se espera una lista, por ejemplo [a, b], o un "- elemento" por línea.',
  zodExpectedFields: () => 'Aquí se esperan campos, escritos "nombre: valor" en las líneas siguientes, con sangría.',
  zodExpectedOther: () => 'Este valor no tiene la forma correcta.',
  zodNumberAtLeast: ({ minimum }) => `El número debe ser mayor o igual que ${minimum}.`,
  zodNumberAtMost: ({ maximum }) => `El número debe ser menor o igual que ${maximum}.`,
  zodNumberAbove: ({ minimum }) => `El número debe ser mayor que ${minimum}.`,
  zodNumberBelow: ({ maximum }) => `El número debe ser menor que ${maximum}.`,
  zodTextAtLeast: ({ minimum }) => `El texto debe tener al menos ${minimum} caracteres.`,
  zodTextAtMost: ({ maximum }) => `El texto debe tener como máximo ${maximum} caracteres.`,
  zodListAtLeast: ({ minimum }) => `La lista debe tener al menos ${minimum} elementos.`,
  zodListAtMost: ({ maximum }) => `La lista debe tener como máximo ${maximum} elementos.`,
  zodOneOf: ({ values }) => `Se espera uno de estos valores: ${values}.`,
  zodInvalid: () => 'Este valor no se acepta aquí.',

  // La configuración de la red (src/schemas/site.ts, load-site-config.ts), leída por el equipo de la red.
  siteTextsShape: ({ what, example }) => `Indique ${what} en cada idioma del sitio, por ejemplo { ${example} }.`,
  siteTextMissing: ({ what, lang, languages }) => `Falta ${what} en "${lang}": el sitio se publica en ${languages}.`,
  siteTextMissingFix: ({ lang, field }) => `añada ${lang}: … debajo de ${field}`,
  basePathNotText: () => 'Escriba la ruta base como texto entre barras, por ejemplo "/" o "/atlas/".',
  basePathNoLeadingSlash: ({ value }) => `La ruta base "${value}" debe empezar por "/".`,
  basePathNoTrailingSlash: ({ value }) => `La ruta base "${value}" debe terminar en "/".`,
  basePathNotFolders: ({ value }) =>
    `La ruta base "${value}" solo puede contener nombres de carpetas separados por una sola barra.`,
  basePathFix: ({ value }) => `escriba basePath: "${value}"`,
  siteUrlWithPath: ({ value, path }) =>
    `La dirección del sitio "${value}" solo debe contener el protocolo y el nombre del servidor; la ruta "${path}" va en basePath.`,
  siteUrlWithPathFix: ({ origin, path }) => `escriba url: "${origin}" y basePath: "${path}"`,
  siteLanguageNotText: ({ languages }) => `Escriba cada idioma con su código: ${languages}.`,
  siteLanguagesNotList: ({ languages }) => `Escriba los idiomas como una lista, por ejemplo [${languages}].`,
  siteLanguagesEmpty: () => 'El sitio necesita al menos un idioma.',
  siteLanguagesEmptyFix: ({ languages }) => `escriba languages: [${languages}]`,
  siteLanguageUnsupported: ({ code, languages }) =>
    `"${code}" no es un idioma que este atlas admita: admite ${languages} (cada uno tiene sus textos de interfaz y las etiquetas de sus vocabularios).`,
  siteLanguageUnsupportedFix: ({ languages }) => `quítelo, o use uno de estos idiomas: ${languages}`,
  siteLanguageTwice: ({ code }) => `"${code}" aparece dos veces en la lista.`,
  siteLanguageTwiceFix: () => 'quite la segunda aparición',
  defaultLanguageNotText: ({ languages }) => `Escriba el idioma por defecto con su código: ${languages}.`,
  defaultLanguageUnsupported: ({ value, languages }) =>
    `"${value}" no es un idioma que este atlas admita: admite ${languages}.`,
  defaultLanguageUnsupportedFix: ({ languages }) => `escriba uno de los idiomas del sitio: ${languages}`,
  defaultLanguageNotPublished: ({ value, languages }) =>
    `El idioma por defecto "${value}" no es uno de los idiomas del sitio (${languages}).`,
  defaultLanguageNotPublishedFix: ({ value, first }) =>
    `añada "${value}" a languages, o escriba defaultLanguage: ${first}`,
  colourNotText: () => 'Escriba el color como código hexadecimal entre comillas, por ejemplo "#5b2a86".',
  colourInvalid: () =>
    'Se espera un color hexadecimal como "#5b2a86" o "#fff" (entre comillas: sin ellas, YAML lee el # como el inicio de un comentario).',
  coloursShape: ({ names }) =>
    `Indique los colores como una lista de claves, por ejemplo { accent: "#5b2a86" }; las claves son ${names}.`,
  colourContrast: ({ name, measured, minimum }) =>
    `El color ${name} hace el texto demasiado difícil de leer: ${measured}. El texto necesita un contraste de al menos ${minimum}:1 (WCAG 2.2 AA).`,
  colourContrastPair: ({ text, background, where, ratio }) => `${text} sobre ${background} (${where}) da ${ratio}`,
  colourContrastFix: ({ name, shade }) =>
    `use ${name}: "${shade}", el matiz más cercano que lo alcanza en todas partes`,
  colourContrastNoShadeFix: ({ name }) => `elija un color ${name} más oscuro o más claro`,
  colourWhite: () => 'blanco',
  contrastWhereBodyText: () => 'texto principal',
  contrastWhereCardText: () => 'texto de las tarjetas y los recuadros',
  contrastWhereSecondaryText: () => 'texto secundario (lugares, leyendas)',
  contrastWhereFooterText: () => 'texto del pie de página',
  contrastWhereLinks: () => 'enlaces',
  contrastWhereCardLinks: () => 'enlaces en las tarjetas y el pie de página',
  contrastWhereHoverLinks: () => 'enlaces bajo el puntero y cifras clave',
  contrastWhereHeader: () => 'la cabecera y los botones',
  contrastWhereHoverButtons: () => 'botones bajo el puntero y agrupaciones del mapa',
  logoFileNotText: () => 'Escriba el nombre del archivo del logotipo, por ejemplo "logo.svg".',
  logoFileInvalid: () =>
    'Se espera un archivo .svg o .png junto a site.yaml, indicado con una ruta relativa como "logo.svg" (sin "..", sin "/" al principio).',
  logoShape: () => 'Describa el logotipo así: { file: logo.svg, alt: { fr: …, en: …, es: … } }.',
  logoNotFound: ({ file }) => `No se encuentra el logotipo "${file}" junto al archivo de configuración del sitio.`,
  logoNotFoundFix: ({ path }) => `coloque el archivo en ${path}, o corrija logo.file`,
  logoUnreadable: ({ file, format }) => `El logotipo "${file}" no es un archivo ${format} legible.`,
  logoUnreadableFix: () => 'exporte de nuevo el logotipo en SVG o PNG, con la extensión correspondiente',
  tilesUrlNotText: () =>
    'Escriba la dirección de los mosaicos como texto, por ejemplo "https://tile.example.org/{z}/{x}/{y}.png".',
  tilesUrlInvalid: () =>
    'Se espera una dirección https:// con {z}, {x} e {y}, por ejemplo "https://tile.example.org/{z}/{x}/{y}.png".',
  tilesMaxZoomNotWhole: () => 'Escriba el nivel de zoom máximo como número entero, por ejemplo 18.',
  tilesShape: () => 'Describa la capa de mosaicos así: { url: "https://…/{z}/{x}/{y}.png", attribution: "© …" }.',
  dataLicenceShape: () =>
    'Describa la licencia de los datos así: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }.',
  editUrlNotText: () => 'Escriba la dirección de edición como texto, con {path} donde va la ruta del archivo.',
  editUrlInvalid: () =>
    'Se espera una dirección web que contenga {path}, por ejemplo "https://github.com/org/atlas/edit/main/{path}".',
  siteFileMissing: () => 'Falta el archivo de configuración del sitio.',
  siteFileMissingFix: ({ file }) => `cree ${file} con name, tagline, languages y defaultLanguage (vea docs/hosting.md)`,
  buildConfigRefused: () => 'La configuración del sitio tiene problemas: no se ha construido nada.',
  buildConfigRefusedKept: ({ outDir }) =>
    `La configuración del sitio tiene problemas: no se ha construido nada, y ${outDir} se ha dejado como estaba.`,
  // Lectura segura de archivos (src/catalogue/safe-file.ts, image-check.ts): enlaces, tamaños, codificaciones, imágenes (incidencia #13).
  fileLinkOutside: ({ file }) =>
    `"${file}" es un enlace simbólico a un archivo fuera de la carpeta de contenido: no se ha leído.`,
  fileFolderLinkOutside: ({ file }) =>
    `"${file}" está detrás de un enlace simbólico a una carpeta fuera de la carpeta de contenido: no se ha leído.`,
  fileLinkOutsideFix: () => 'sustituya el enlace por una copia del propio archivo, dentro de la carpeta de contenido',
  fileLinkDangling: ({ file }) =>
    `"${file}" es un enlace simbólico que no lleva a ninguna parte (su destino no existe).`,
  fileLinkLoop: ({ file }) => `"${file}" es un enlace simbólico que vuelve a sí mismo (un bucle).`,
  fileLinkFix: () => 'elimínelo, o ponga en su lugar el propio archivo',
  fileNotOrdinary: ({ file }) =>
    `"${file}" no es un archivo normal (un dispositivo, una tubería o un socket): no se ha leído.`,
  fileIsFolder: ({ file }) => `"${file}" es una carpeta donde se espera un archivo.`,
  fileIsFolderFix: () => 'ponga aquí el propio archivo, no una carpeta',
  fileUnreadable: ({ file, code }) => `No se ha podido leer "${file}" (${code}).`,
  fileUnreadableFix: () => 'compruebe que el archivo existe y que tiene permiso para leerlo',
  fileTooLarge: ({ megabytes, limit }) =>
    `Este archivo pesa ${megabytes.toLocaleString('es')} MB, más que los ${limit.toLocaleString('es')} MB que lee la comprobación.`,
  textTooLargeFix: () => 'acorte el texto, o enlace un documento más largo en lugar de copiarlo',
  yamlTooLargeFix: () => 'acorte el archivo: solo debe contener ajustes y etiquetas',
  csvTooLargeFix: () => 'reparta las observaciones en varios conjuntos de datos (una carpeta cada uno)',
  imageTooLargeFix: () =>
    'reduzca la imagen a 1280 píxeles de ancho como máximo y guárdela de nuevo (el sitio la publica con ese ancho)',
  textIsUtf16: () => 'Este archivo está guardado en UTF-16 («Unicode»): el catálogo solo lee UTF-8.',
  textNotUtf8: () =>
    'Esta línea contiene caracteres que no son UTF-8: el archivo se guardó con otra codificación (a menudo Windows-1252 o «ANSI»), y los acentos se verían mal.',
  resaveAsUtf8Fix: () =>
    'guarde de nuevo el archivo en UTF-8 — Bloc de notas: Archivo › Guardar como, Codificación "UTF-8"; VS Code: haga clic en la codificación abajo a la derecha, «Guardar con codificación», "UTF-8"; ' +
    'TextEdit: Archivo › Guardar, Codificación de texto sin formato "Unicode (UTF-8)"; LibreOffice: Archivo › Guardar como, tipo «Texto - Elegir codificación», y luego "Unicode (UTF-8)"',
  resaveCsvAsUtf8Fix: () =>
    'guarde de nuevo el archivo en UTF-8 — Excel: Archivo › Guardar como, tipo «CSV UTF-8 (delimitado por comas) (*.csv)»; LibreOffice Calc: Archivo › Guardar como, tipo «Texto CSV», marque «Editar configuración de filtros», juego de caracteres "Unicode (UTF-8)"; ' +
    'Numbers: Archivo › Exportar a › CSV, Codificación de texto "Unicode (UTF-8)"; Bloc de notas: Archivo › Guardar como, Codificación "UTF-8"; VS Code: «Guardar con codificación», "UTF-8"',
  textNulByte: () =>
    'Esta línea contiene un carácter NUL (byte 0), que ningún archivo de texto debería contener: el archivo puede estar dañado o no ser un archivo de texto.',
  textNulByteFix: () =>
    'abra el archivo en un editor de texto, borre el carácter invisible de esta línea (o copie el texto en un archivo nuevo) y guárdelo en UTF-8',
  textBidiControl: ({ code }) =>
    `Esta línea contiene un carácter invisible de dirección (${code}) que hace mostrar el texto en otro orden que el del archivo.`,
  textBidiControlFix: () =>
    'borre el carácter invisible de esta línea (VS Code lo resalta; en otro editor, vuelva a escribir la línea) y guarde',
  yamlTooManyAliases: ({ limit }) =>
    `Los campos repiten otros campos mediante alias (*nombre) más de las ${limit} veces que permite la comprobación.`,
  yamlTooManyAliasesFix: () =>
    'escriba los valores completos en lugar de repetirlos con anclas (&nombre) y alias (*nombre)',
  yamlTooDeep: ({ limit }) =>
    `Los campos están anidados (listas y grupos unos dentro de otros) en más de los ${limit} niveles que lee la comprobación.`,
  yamlTooDeepFix: () => 'escriba los campos con menos niveles, como en la plantilla del archivo',
  fileCheckFailed: ({ error }) => `La comprobación no ha podido terminar de leer este archivo (${error}).`,
  fileCheckFailedFix: () =>
    'busque en él una construcción inusual (líneas muy largas, anidamiento profundo, caracteres inusuales) y avise a los responsables: la comprobación debería haberlo explicado',
  imageNotImage: ({ file }) => `"${file}" tiene nombre de imagen, pero su contenido no es una imagen.`,
  imageNotImageFix: ({ formats }) => `exporte de nuevo la imagen desde un programa de imágenes, en ${formats}`,
  imageWrongExtension: ({ file, format }) => `"${file}" es una imagen ${format} con el nombre de otro formato.`,
  imageWrongExtensionFix: ({ name }) => `renómbrela "${name}", y también las referencias a ella`,
  imageFormatNotPublished: ({ file, format }) =>
    `"${file}" es una imagen ${format}, un formato que el sitio no publica.`,
  imageTooManyPixels: ({ file, width, height, megapixels }) =>
    `"${file}" mide ${width.toLocaleString('es')} × ${height.toLocaleString('es')} píxeles, más que los ${megapixels.toLocaleString('es')} millones de píxeles que procesa la construcción.`,
  imageUnreadable: ({ file }) => `No se ha podido abrir "${file}" como imagen: puede estar dañada o incompleta.`,
  // La clave favicon de site.yaml (h14-hosting).
  faviconFileInvalid: () =>
    'Se espera un archivo .svg o .png junto a site.yaml, indicado con una ruta relativa como "favicon.png" (sin "..", sin "/" al principio).',
  faviconNotFound: ({ file }) =>
    `No se encuentra el icono "${file}" (favicon) junto al archivo de configuración del sitio.`,
  faviconNotFoundFix: ({ path }) => `coloque el archivo en ${path}, o corrija favicon`,
  faviconUnreadable: ({ file, format }) => `El icono "${file}" (favicon) no es un archivo ${format} legible.`,
  faviconUnreadableFix: () => 'exporte de nuevo el icono en SVG o PNG, con la extensión correspondiente',
  faviconOutside: ({ file, link }) =>
    `El favicon "${file}" pasa por el enlace simbólico "${link}", que apunta fuera de la carpeta de la configuración del sitio: la construcción solo lee archivos de esa carpeta.`,

  // Textos hostiles (body/limits.ts, body/parse-body.ts): límites comprobados antes del análisis.
  bodyTooLong: ({ characters, limit }) =>
    `Este texto tiene ${characters} caracteres; un texto puede tener como máximo ${limit}.`,
  bodyTooLongFix: () => 'divídalo en varias prácticas, o pase las tablas largas a un conjunto de indicadores (CSV)',
  bodyNestedTooDeep: ({ limit }) =>
    `Aquí hay citas, listas, componentes o énfasis anidados en más de ${limit} niveles.`,
  bodyNestedTooDeepFix: () => 'escriba las partes anidadas una tras otra en lugar de una dentro de otra',
  // npm run dev (scripts/dev.ts), la vista previa en directo.
  devConfigRefused: () => 'La configuración del sitio tiene problemas: la vista previa no se ha iniciado.',
  devReady: ({ url }) => `Vista previa del catálogo: ${url}`,
  devHowItWorks: () =>
    'Las páginas siguen sus archivos cada vez que los guarda; los problemas se muestran en la página y aquí. Detenga con Ctrl+C.',
  // npm run dev at scale: the preview's own watcher and its start (src/catalogue/content-watcher.ts, folder-cache.ts).
  devWatchFailed: ({ folder, code }: { folder: string; code: string }) =>
    code === 'ENOSPC'
      ? `Se alcanzó el límite del sistema de carpetas vigiladas: los cambios en ${folder} no se mostrarán hasta reiniciar la vista previa.`
      : `Los cambios en ${folder} no se pueden seguir (${code}): no se mostrarán hasta reiniciar la vista previa.`,
  devWatchFailedFix: () =>
    'detenga otras vistas previas o servidores de desarrollo, o aumente el límite (sysctl fs.inotify.max_user_watches), y vuelva a lanzar npm run dev',
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
    `${folders} carpetas de entradas comprobadas en ${seconds} s (${read} leídas, ${cached} sin cambios desde el último inicio).`,
  devRestRead: ({ seconds }) => `Tablas de indicadores leídas en ${seconds} s: la lista de problemas está completa.`,

  // Valores de configuración hostiles (src/schemas/site-values.ts, src/hosting/svg-logo.ts): un valor rechazado nunca se repite.
  basePathUnsafe: ({ characters }) =>
    `La ruta base contiene caracteres que el nombre de una carpeta en una dirección web no puede tener: ${characters}. Use letras, cifras, "-", "_", "." y "~" entre barras.`,
  basePathDotFolder: () => 'La ruta base no puede contener una carpeta llamada "." o "..".',
  basePathExampleFix: () =>
    'escriba basePath: "/" para un sitio en la raíz de su alojamiento, o una carpeta como basePath: "/atlas/"',
  baseOptionRefused: ({ option }) => `La ruta base indicada por ${option} ha sido rechazada:`,
  siteOptionRefused: ({ option }) =>
    `La dirección del sitio indicada por ${option} ha sido rechazada: se espera una dirección http:// o https:// como "https://atlas.example.org", sin espacios, comillas ni corchetes angulares.`,
  siteTextControl: ({ what, characters }) =>
    `${capitalize(what)} contiene caracteres de control invisibles (${characters}) que desfigurarían las páginas.`,
  siteTextControlFix: () => 'vuelva a escribir el texto, o péguelo como texto sin formato (Ctrl+Mayús+V)',
  webAddressUnsafe: ({ characters }) =>
    `Esta dirección web contiene caracteres que una dirección web no puede contener tal cual: ${characters}.`,
  webAddressUnsafeFix: () =>
    'copie la dirección desde la barra de direcciones del navegador, por ejemplo "https://www.example.org/page"',
  tilesUrlUnsafe: ({ characters }) =>
    `La dirección de los mosaicos contiene caracteres que una dirección de mosaicos no puede tener: ${characters}. Se espera una dirección https:// con {z}, {x} e {y}, por ejemplo "https://tile.example.org/{z}/{x}/{y}.png".`,
  logoOutside: ({ file, link }) =>
    `El logotipo "${file}" pasa por el enlace simbólico "${link}", que apunta fuera de la carpeta de la configuración del sitio: la construcción solo lee archivos de esa carpeta.`,
  logoOutsideFix: () => 'copie la imagen misma en la carpeta de site.yaml en lugar de enlazarla',
  logoSvgNotXml: ({ file, line }) => `El logotipo "${file}" no es un SVG (XML) bien formado en su línea ${line}.`,
  logoSvgDeclaration: ({ file, line }) =>
    `El logotipo "${file}" contiene un DOCTYPE, una entidad o una instrucción de procesamiento (su línea ${line}), que un logotipo SVG no puede contener.`,
  logoSvgElement: ({ file, line, name }) =>
    `El logotipo "${file}" contiene el elemento <${name}> (su línea ${line}): un logotipo solo puede contener formas, trazados, texto y degradados, para que abrirlo no ejecute ni cargue nada.`,
  logoSvgAttribute: ({ file, line, name, element }) =>
    `El logotipo "${file}" lleva el atributo ${name} en <${element}> (su línea ${line}), que un logotipo SVG no puede tener (se rechazan scripts, eventos, enlaces y datos del editor).`,
  logoSvgReference: ({ file, line, name, element }) =>
    `El logotipo "${file}" hace referencia a algo fuera de sí mismo en ${name} en <${element}> (su línea ${line}): un logotipo solo puede remitir a sus propias partes ("#id").`,
  logoSvgFix: () =>
    'exporte de nuevo el logotipo como SVG simple (Inkscape: Guardar como «SVG simple» o «SVG optimizado»; Illustrator: Exportar como SVG con atributos de presentación), o como PNG',
  // Textos que lee el visitante, dados por idioma (src/schemas/common.ts textInLanguages; h15-texts).
  textInLanguagesShape: ({ what, example }) =>
    `Escriba ${what} como un texto, o por idioma en la forma ${example} (todos los idiomas que pueda dar; los demás recurren al original con un aviso).`,
  textInLanguagesEmpty: ({ what }) => `${capitalize(what)} no da ningún idioma: escriba al menos uno de fr, en, es.`,
  datasetLanguageNeeded: ({ what }) =>
    `${capitalize(what)} está escrito como un solo texto: la comprobación no puede saber en qué idioma está, y las páginas en los otros idiomas no podrían indicar que no está traducido.`,
  datasetLanguageNeededFix: ({ example }) =>
    `añada la línea «language: es» (fr, en o es: el idioma en que están escritos estos textos), o dé el texto por idioma: ${example}`,
  translatedFactsShape: ({ what, example }) =>
    `En una traducción, ${what} solo lleva los textos que se traducen: ${example}. Importes, monedas y direcciones quedan en el original.`,
  // YAML the parser cannot read, one message per error of the yaml library (yaml-source.ts; h15-texts).
  yamlAliasProps: () => 'Un alias (*nombre) no puede llevar ancla (&) ni etiqueta (!).',
  yamlAliasPropsFix: () => 'quite el & o el ! escrito delante de *nombre, o escriba el valor mismo',
  yamlBadAlias: () => 'Un valor remite con *nombre a un ancla (&nombre) que no está definida antes.',
  yamlBadAliasFix: () =>
    'escriba el valor mismo en lugar de *nombre, o ponga el texto entre comillas si el * forma parte de él',
  yamlBadDirective: () => 'No se entiende una línea que empieza por %.',
  yamlBadDirectiveFix: () =>
    'borre la línea que empieza por %, o ponga su texto entre comillas después de un nombre de campo',
  yamlBadEscape: () => 'Una barra invertida \\ en un texto entre comillas dobles inicia una secuencia que no existe.',
  yamlBadEscapeFix: () => "escriba \\\\ para una barra invertida, o ponga el texto entre comillas simples 'así'",
  yamlBadPropOrder: () => 'Un ancla (&) o una etiqueta (!) no está donde se espera.',
  yamlBadPropOrderFix: () => 'quite el signo & o !, o ponga todo el valor entre comillas dobles',
  yamlBadScalarStart: () => 'Un valor empieza por un signo reservado (@, `, o | y > seguidos de texto).',
  yamlBadScalarStartFix: () => 'ponga todo el valor entre comillas dobles, por ejemplo "@ciudad"',
  yamlBlockInFlow: () =>
    'Una lista o grupo entre corchetes [ ] o llaves { } contiene una línea de la otra forma ("- elemento" o "campo:" en su propia línea).',
  yamlBlockInFlowFix: () =>
    'escriba el contenido de los corchetes en una línea, separado por comas, o quite los corchetes y escriba un "- elemento" por línea',
  yamlImpossible: () => 'No se pudieron leer estos campos.',
  yamlImpossibleFix: () =>
    'compare las líneas en torno a esta con la plantilla de CONTRIBUTING: un "campo: valor" por línea, los campos anidados con dos espacios más',
  yamlLongKey: () =>
    'Un nombre de campo supera los 1024 caracteres: probablemente faltan los dos puntos tras un nombre de campo, o un texto largo no está en la línea de su campo.',
  yamlLongKeyFix: () => 'escriba cada línea como campo: valor, con todo el texto en la línea de su campo',
  yamlMissingChar: () =>
    'Falta un signo de cierre: una comilla, un corchete ], una llave }, o la coma entre dos elementos entre corchetes.',
  yamlMissingCharFix: () =>
    'cierre la comilla, el corchete o la llave abiertos en esta línea o justo encima, y separe los elementos entre corchetes con comas',
  yamlTwoAnchors: () => 'Un valor lleva dos anclas (&nombre).',
  yamlTwoAnchorsFix: () => 'deje un solo &nombre, o quite los dos y escriba el valor mismo',
  yamlTwoDocuments: () => 'Una línea "---" o "..." empieza un segundo conjunto de campos: un archivo tiene uno solo.',
  yamlTwoDocumentsFix: () =>
    'borre la línea "---" sobrante (en un archivo .mdx, los campos están solo entre las dos primeras líneas "---")',
  yamlTwoTags: () => 'Un valor lleva dos etiquetas (!).',
  yamlTwoTagsFix: () => 'quite los signos !, o ponga el valor entre comillas dobles',
  yamlKeyNotText: () => 'Un nombre de campo está escrito como una lista o un grupo, no como una palabra.',
  yamlKeyNotTextFix: () =>
    'escriba el nombre del campo como una palabra simple antes de los dos puntos, por ejemplo title:',
  yamlUnknownTag: () => 'Un valor empieza por ! (una etiqueta YAML) que la comprobación no entiende.',
  yamlUnknownTagFix: () => 'ponga el valor entre comillas dobles, por ejemplo "!importante"',
  yamlUnexpected: () =>
    'Algo en esta línea no está donde puede ir un campo o un valor: un signo suelto, los dos puntos que faltan tras el nombre del campo, o texto después de una comilla de cierre.',
  yamlUnexpectedFix: () =>
    'escriba la línea como campo: valor, y ponga entre comillas dobles un valor que contenga dos puntos, # o comillas',
  yamlCollectionType: () => 'Se escribe una lista donde se esperan campos, o campos donde se espera una lista.',
  yamlCollectionTypeFix: () =>
    'revise corchetes y guiones: [a, b] o "- elemento" para una lista, { campo: valor } o "campo: valor" con sangría para campos',
  // CSV the parser cannot read, by error of csv-parse (load-kpis.ts; h15-texts).
  csvQuoteNotClosed: () =>
    'Una celda abierta con comillas " nunca se cierra: el resto del archivo se leería como esa sola celda.',
  csvQuoteNotClosedFix: () =>
    'añada las comillas de cierre al final de la celda que empieza en esta línea, o quite sus comillas de apertura',
  csvAfterClosingQuote: () => 'Hay texto después de las comillas de cierre de una celda entre comillas.',
  csvAfterClosingQuoteFix: () =>
    'dentro de una celda entre comillas, escriba unas comillas duplicándolas "", por ejemplo "Informe ""A"""',
  csvQuoteInCell: () => 'Aparecen comillas " en medio de una celda que no empieza por ellas.',
  csvQuoteInCellFix: () =>
    'ponga toda la celda entre comillas y duplique las comillas interiores, por ejemplo "Informe ""A""", o quite las comillas',
  csvUnreadableAny: () => 'No se pudo leer el archivo como CSV a partir de esta línea.',
  csvUnreadableAnyFix: () =>
    'compare la línea con el encabezado: una celda por columna, separadas por el separador del archivo, las comillas por pares',
  // npm run serve before any build (scripts/serve.ts; h15-texts).
  serveNoSite: ({ dir }) =>
    `No hay ningún sitio construido en ${dir}: ejecute primero npm run build (o npm start, que construye y sirve el sitio).`,
  // Funciones de los lugares de una práctica (h16-places: src/schemas/practice.ts, integrity.ts).
  placeShape: ({ example }) =>
    `Escriba cada lugar con el identificador de su ciudad, por ejemplo "- barcelona", o con su forma de participar: "- { city: zio-1, role: ${example} }".`,
  placeRoleShape: ({ example }) =>
    `Escriba la función con un identificador del vocabulario place-roles, por ejemplo "role: ${example}", o varias como lista: "role: [location, lead]".`,
  placeRolesEmpty: () =>
    'La lista de funciones está vacía: indique al menos una, o elimine la línea (un lugar sin función es donde se lleva a cabo la práctica).',
  placeRoleDefaultMissing: ({ file }) =>
    `El vocabulario place-roles (${file}) no tiene el término "location": es la función de toda ciudad escrita solo con su identificador.`,
  placeRoleDefaultMissingFix: () =>
    'vuelva a añadirlo: - id: location, con su etiqueta en fr, en y es (por ejemplo «Lugar de la acción»)',
  // Estado y fechas en desacuerdo (warnings.ts, statusDateWarnings).
  warnStatusStarted: ({ status, date, reviewed }) =>
    `El estado es "${status}", pero la práctica empezó en ${date} (dates.start), antes de su última revisión del ${reviewed}.`,
  warnStatusNotStarted: ({ status, date, reviewed }) =>
    `El estado es "${status}", pero la práctica no empieza hasta ${date} (dates.start), después de su última revisión del ${reviewed}.`,
  warnStatusEnded: ({ status, date, reviewed }) =>
    `El estado es "${status}", pero la práctica terminó en ${date} (dates.end), antes de su última revisión del ${reviewed}.`,
  warnStatusNotEnded: ({ status, date, reviewed }) =>
    `El estado es "${status}", pero la práctica termina en ${date} (dates.end), después de su última revisión del ${reviewed}.`,
  warnStatusDatesFix: ({ reviewed }) =>
    `escriba en qué punto estaba la práctica el ${reviewed} (status: planned, ongoing, completed, discontinued, o unknown si las fuentes no lo dicen), o corrija la fecha`,
  // Lugares de los indicadores, valores plausibles y líneas de referencia (h16-kpi).
  boundNotNumber: () => 'minimum y maximum son números, solo cifras (maximum: 100).',
  referenceValueNotNumber: () => 'El valor de referencia es un número, solo cifras (value: 50).',
  referenceOutOfRange: ({ value, range }) =>
    `El valor de referencia ${value} no es un valor posible de este indicador (${range}).`,
  referenceOutOfRangeFix: () =>
    'escriba el valor en la unidad del indicador (50 para la paridad en porcentaje), o fije minimum y maximum si el indicador realmente va más allá',
  rangeBetween: ({ min, max }) => `de ${min} a ${max}`,
  rangeAtLeast: ({ min }) => `${min} o más`,
  rangeAtMost: ({ max }) => `${max} o menos`,
  rangeAny: () => 'cualquier número',
  cityAndPlaceColumns: () =>
    'El archivo tiene una columna «city» y una columna «place»; solo una de las dos nombra el lugar.',
  cityAndPlaceColumnsFix: () =>
    'conserve la columna «place» (admite identificadores de ciudades, códigos de país como TG y network:<id>) y pase a ella los identificadores de ciudades',
  cellCountryInCityColumn: ({ value }) =>
    `«${value}» parece un código de país, pero la columna «city» solo admite identificadores de ciudades.`,
  cellCountryInCityColumnFix: () =>
    'para una cifra nacional, cambie el nombre de la columna «city» por «place» en la primera línea: «place» admite identificadores de ciudades y códigos de país (TG)',
  cellNotCountry: ({ value }) => `«${value}» no es un código de país ISO 3166-1.`,
  cellNotCountryFix: () =>
    'escriba el código de dos letras del país en mayúsculas, como TG para Togo o FR para Francia',
  cellNotPlace: ({ value }) => `«${value}» no es un lugar.`,
  cellNotPlaceFix: () =>
    'escriba un identificador de ciudad (ogou-1), un código de país en mayúsculas (TG) o una red en la forma network:<id> (network:aimf)',
  cellImplausible: ({ value, indicator, range }) =>
    `${value} no es un valor posible de ${indicator}: su unidad admite ${range}.`,
  cellNotWhole: ({ value, indicator }) =>
    `${value} no es un valor posible de ${indicator}: cuenta cosas, así que sus valores son números enteros.`,
  cellImplausibleFix: () =>
    'compruebe la cifra en la fuente (una coma mal puesta, un porcentaje escrito como número); si el indicador realmente va más allá, fije su minimum o maximum en indicators.yaml',
  observationNoSuchNetwork: ({ id, file }) => `No hay ninguna red «${id}» en ${file}.`,
  observationInTwoDatasets: ({ place, indicator, period, other }) =>
    `${place}, ${indicator}, ${period} también se mide en ${other}.`,
  observationInTwoDatasetsFix: ({ used }) =>
    `las clasificaciones, mapas y comparaciones usan la cifra de ${used} (un conjunto con fuente antes que uno ilustrativo, luego el primero por nombre de carpeta); elimine la fila que no quiera mostrar, o conserve ambas si las dos fuentes se leen una al lado de la otra`,
};

export const esNouns: Record<FieldNoun, string> = {
  title: 'el título',
  summary: 'el resumen',
  keyword: 'la palabra clave',
  keywords: 'las palabras clave',
  result: 'el resultado',
  results: 'los resultados',
  'promoter name': 'el nombre de la entidad promotora',
  partner: 'cada socio',
  'partner name': 'el nombre del socio',
  partners: 'los socios',
  funder: 'cada financiador',
  'funder name': 'el nombre del financiador',
  funders: 'los financiadores',
  'budget period': 'el período del presupuesto',
  'budget note': 'la nota sobre el presupuesto',
  'link label': 'el texto del enlace',
  links: 'los enlaces',
  'source title': 'el título de la fuente',
  publisher: 'la entidad editora',
  sources: 'las fuentes',
  region: 'la región',
  'city id': 'el identificador de la ciudad',
  cities: 'las ciudades',
  status: 'el estado',
  theme: 'el tema',
  themes: 'los temas',
  'power domain': 'el ámbito de competencia',
  'power domains': 'los ámbitos de competencia',
  method: 'el método',
  methods: 'los métodos',
  'source type': 'el tipo de fuente',
  'source types': 'los tipos de fuente',
  SDG: 'el ODS',
  SDGs: 'los ODS',
  scale: 'la escala',
  network: 'la red',
  networks: 'las redes',
  languages: 'los idiomas',
  name: 'el nombre',
  'authority type': 'el tipo de gobierno local',
  'population source': 'la fuente de la cifra de población',
  'plan status': 'el estado del plan',
  'plan title': 'el título del plan',
  'indicator id': 'el identificador del indicador',
  id: 'el identificador',
  label: 'la etiqueta',
  description: 'la descripción',
  licence: 'la licencia',
  'site name': 'el nombre del sitio',
  tagline: 'el lema',
  'logo alternative': 'el texto alternativo del logotipo',
  'licence name': 'el nombre de la licencia',
  'tile attribution': 'la atribución de los mosaicos (la mención que exige el proveedor de mosaicos)',
  // Textos de un conjunto de datos dados por idioma (h15-texts).
  'dataset note': 'la nota sobre el conjunto de datos',
  budget: 'el presupuesto',
  // Funciones de los lugares (h16-places).
  'place role': 'la función del lugar',
  'place roles': 'las funciones del lugar',
};
