/**
 * The questions of `npm run new`, in each editor's language.
 */
import type { Lang } from '../i18n/languages.ts';

const en = {
  kind: 'What do you want to add: practice, city or translation?',
  kindChoices: 'Answer practice, city or translation.',
  textLanguage: 'Language you write in (fr, en or es)?',
  langChoices: 'Answer fr, en or es.',
  title: 'Title of the practice?',
  id: 'Short id for the web address (lowercase-with-hyphens)?',
  badId: 'Use lowercase letters, digits and single hyphens only, e.g. safe-streets.',
  idTaken: '"{id}" is already used: choose another id.',
  summary: 'Summary in two or three sentences?',
  tooLong: 'Keep the summary under 600 characters; the rest goes in the text.',
  promoter: 'Who runs it (organisation name)?',
  country: 'Country, as a two-letter code (FR, ES, TG…)?',
  cities:
    'City profile ids where it takes place, separated by commas (leave empty for a national or regional practice)?',
  unknownCity: 'No city profile named {ids}: create it first with npm run new (kind city), or leave it out.',
  scale: 'Implementation scale:',
  themes: 'Themes:',
  sourceTypes: 'Source types:',
  status: 'Status:',
  authorityType: 'Type of local government:',
  pickOne: 'Your choice (number or id)?',
  pickMany: 'Your choices (numbers or ids, separated by commas)?',
  onlyOne: 'Choose only one.',
  unknownChoice: 'Not in the list: {values}.',
  languages: 'Languages the practice works in (codes separated by commas)?',
  source: 'Title of the source you took the facts from?',
  cityName: 'Official name of the city or local government?',
  lat: 'Latitude of its centre (decimal degrees, e.g. 41.3874)?',
  lon: 'Longitude of its centre (decimal degrees, e.g. 2.1686)?',
  badNumber: 'Write a number between {min} and {max}, with a point for decimals.',
  translationKind: 'Translation of a practice or a city?',
  ofChoices: 'Answer practice or city.',
  existingId: 'Id of the entry to translate?',
  unknownEntry: 'There is no entry "{id}".',
  targetLanguage: 'Language of the translation (fr, en or es)?',
  exists: 'A {lang}.mdx file already exists for this entry.',
  description:
    'Description in a few sentences: context, approach, results (optional: press Enter to write it later in the file)?',
  cityDescription:
    'What does this local government do for gender equality, in a few sentences (optional: press Enter to write it later in the file)?',
  translatedTitle: 'Title in {lang} (original: {value})?',
  translatedSummary: 'Summary in {lang} (original: {value})?',
  translatedName: 'Name in {lang} (original: {value})?',
  translatedDescription: 'Description in {lang} (optional: press Enter to translate it later in the file)?',
  required: 'This answer is needed.',
  written: 'Written: {file}',
  valid: 'The catalogue passes the check.',
  invalid: 'The catalogue has problems (listed above).',
  toFill: 'Still to fill in, in {file}:',
  describeLater:
    '{place} the description, below the fields: the page shows the summary until it is written. Start its sections with "## ".',
  describeCityLater:
    '{place} the description, below the fields: the page shows the facts alone until it is written. Start its sections with "## ".',
  translateLater:
    '{place} the description, translated from {original}: the page shows the translated summary until it is written.',
  translateCityLater:
    '{place} the description, translated from {original}: the page shows the facts alone until it is written.',
  describeMore: '{place} your description: complete it if you wish, with sections starting "## ".',
  commentedLines:
    'the optional lines starting with "#" that you know: remove the "# " and replace each "…" with the value (the check reports a "…" left in an uncommented line).',
  thenCheck: 'Then run npm run check.',
  newTerm:
    'If no term fits, choose the closest now, then propose a new term in your pull request: add it to {file} with its label in fr, en and es; reviewers decide whether to keep it.',
  help: `npm run new: adds a practice, a city profile or a translation to content/, asking its questions one by one.
Every question can be answered by a flag instead; with all of them, nothing is asked.

  --ui fr|en|es           language of the questions and messages
  --kind practice|city|translation   what to add (also in French or Spanish: pratique, ville, traduction, práctica, ciudad, traducción)
  --lang fr|en|es         language the text is written in (for a translation: the language of the translation)
  --title "…"             title of the practice (or, for a translation, the translated title)
  --id …                  id in the web address: lowercase-with-hyphens (proposed from the title; for a translation, the entry translated)
  --summary "…"           summary in two or three sentences
  --promoter "…"          organisation that runs the practice
  --country FR            two-letter country code
  --cities a,b            ids of the city profiles concerned; "" for a national or regional practice
  --scale …               id from taxonomies/scales.yaml (or its number in the list)
  --themes a,b            ids from taxonomies/themes.yaml
  --source-types a,b      ids from taxonomies/source-types.yaml
  --status …              id from taxonomies/statuses.yaml
  --languages fr,es       languages the practice works in
  --source "…"            title of the source the facts come from
  --description "…"       the text below the fields (optional)
  --name "…"              name of the city (or, for a translation, the translated name)
  --type …                id from taxonomies/authority-types.yaml (cities)
  --lat 41.3874 --lon 2.1686   coordinates of the city's centre, decimal degrees
  --of practice|city      for a translation: what it translates
  --content <folder>      another catalogue than content/
  --help                  this help

A term missing from a vocabulary: choose the closest, then propose the new term in your pull request
(add it to content/taxonomies/<vocabulary>.yaml with its label in fr, en and es; reviewers decide).
See CONTRIBUTING.md: section 5 for vocabulary terms, section 10 for these options.`,
};

export type PromptKey = keyof typeof en;

export type EntryKindAnswer = 'practice' | 'city' | 'translation';

/** The word for each kind of entry in each language, as questions offer them; any of them is understood. */
export const KIND_WORDS: Record<Lang, Record<EntryKindAnswer, string>> = {
  en: { practice: 'practice', city: 'city', translation: 'translation' },
  fr: { practice: 'pratique', city: 'ville', translation: 'traduction' },
  es: { practice: 'práctica', city: 'ciudad', translation: 'traducción' },
};

/** "Ciudad", "ville", "traduccion" or "city": the kind meant, whatever the language or accents. */
export function kindOf(answer: string): EntryKindAnswer | undefined {
  const folded = answer.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const words of Object.values(KIND_WORDS)) {
    for (const [kind, word] of Object.entries(words) as [EntryKindAnswer, string][]) {
      if (word.normalize('NFD').replace(/\p{M}/gu, '') === folded) return kind;
    }
  }
  return undefined;
}

export const PROMPTS: Record<Lang, Record<PromptKey, string>> = {
  en,
  fr: {
    kind: 'Que voulez-vous ajouter : pratique, ville ou traduction ?',
    kindChoices: 'Répondez pratique, ville ou traduction.',
    textLanguage: 'Langue dans laquelle vous écrivez (fr, en ou es) ?',
    langChoices: 'Répondez fr, en ou es.',
    title: 'Titre de la pratique ?',
    id: 'Identifiant court pour l’adresse web (minuscules-avec-tirets) ?',
    badId: 'Uniquement des minuscules, des chiffres et des tirets simples, par exemple rues-sures.',
    idTaken: '« {id} » est déjà utilisé : choisissez un autre identifiant.',
    summary: 'Résumé en deux ou trois phrases ?',
    tooLong: 'Gardez le résumé sous 600 caractères ; le reste va dans le texte.',
    promoter: 'Qui la porte (nom de l’organisation) ?',
    country: 'Pays, en code à deux lettres (FR, ES, TG…) ?',
    cities:
      'Identifiants des villes concernées, séparés par des virgules (laissez vide pour une pratique nationale ou régionale) ?',
    unknownCity: 'Aucun profil de ville nommé {ids} : créez-le d’abord avec npm run new (city), ou retirez-le.',
    scale: 'Échelle de mise en œuvre :',
    themes: 'Thèmes :',
    sourceTypes: 'Types de source :',
    status: 'Statut :',
    authorityType: 'Type de collectivité :',
    pickOne: 'Votre choix (numéro ou identifiant) ?',
    pickMany: 'Vos choix (numéros ou identifiants, séparés par des virgules) ?',
    onlyOne: 'Choisissez-en un seul.',
    unknownChoice: 'Absent de la liste : {values}.',
    languages: 'Langues de la pratique (codes séparés par des virgules) ?',
    source: 'Titre de la source d’où viennent les informations ?',
    cityName: 'Nom officiel de la ville ou de la collectivité ?',
    lat: 'Latitude du centre (degrés décimaux, par exemple 41.3874) ?',
    lon: 'Longitude du centre (degrés décimaux, par exemple 2.1686) ?',
    badNumber: 'Écrivez un nombre entre {min} et {max}, avec un point pour les décimales.',
    translationKind: 'Traduction d’une pratique ou d’une ville ?',
    ofChoices: 'Répondez pratique ou ville.',
    existingId: 'Identifiant de l’entrée à traduire ?',
    unknownEntry: 'Il n’y a pas d’entrée « {id} ».',
    targetLanguage: 'Langue de la traduction (fr, en ou es) ?',
    exists: 'Un fichier {lang}.mdx existe déjà pour cette entrée.',
    description:
      'Description en quelques phrases : contexte, démarche, résultats (facultatif : appuyez sur Entrée pour l’écrire plus tard dans le fichier) ?',
    cityDescription:
      'Que fait cette collectivité pour l’égalité femmes-hommes, en quelques phrases (facultatif : appuyez sur Entrée pour l’écrire plus tard dans le fichier) ?',
    translatedTitle: 'Titre en {lang} (original : {value}) ?',
    translatedSummary: 'Résumé en {lang} (original : {value}) ?',
    translatedName: 'Nom en {lang} (original : {value}) ?',
    translatedDescription:
      'Description en {lang} (facultatif : appuyez sur Entrée pour la traduire plus tard dans le fichier) ?',
    required: 'Cette réponse est nécessaire.',
    written: 'Fichier écrit : {file}',
    valid: 'Le catalogue passe la vérification.',
    invalid: 'Le catalogue a des problèmes (listés ci-dessus).',
    toFill: 'Reste à remplir, dans {file} :',
    describeLater:
      '{place} la description, sous les champs : la page affiche le résumé tant qu’elle n’est pas écrite. Commencez ses sections par « ## ».',
    describeCityLater:
      '{place} la description, sous les champs : la page n’affiche que les informations tant qu’elle n’est pas écrite. Commencez ses sections par « ## ».',
    translateLater:
      '{place} la description, traduite depuis {original} : la page affiche le résumé traduit tant qu’elle n’est pas écrite.',
    translateCityLater:
      '{place} la description, traduite depuis {original} : la page n’affiche que les informations tant qu’elle n’est pas écrite.',
    describeMore:
      '{place} votre description : complétez-la si vous le souhaitez, avec des sections commençant par « ## ».',
    commentedLines:
      'les lignes facultatives commençant par « # » que vous connaissez : retirez le « # » et remplacez chaque « … » par la valeur (la vérification signale un « … » laissé dans une ligne décommentée).',
    thenCheck: 'Lancez ensuite npm run check.',
    newTerm:
      'Si aucun terme ne convient, choisissez le plus proche maintenant, puis proposez un nouveau terme dans votre pull request : ajoutez-le à {file} avec son libellé en fr, en et es ; les relecteurs décident de le garder.',
    help: `npm run new : ajoute une pratique, un profil de ville ou une traduction dans content/, en posant ses questions une à une.
Chaque question peut recevoir sa réponse par une option ; avec toutes, rien n’est demandé.

  --ui fr|en|es           langue des questions et des messages
  --kind pratique|ville|traduction   ce qu’il faut ajouter (practice, city, translation sont acceptés aussi)
  --lang fr|en|es         langue dans laquelle le texte est écrit (pour une traduction : sa langue)
  --title "…"             titre de la pratique (pour une traduction : le titre traduit)
  --id …                  identifiant dans l’adresse web : minuscules-avec-tirets (proposé d’après le titre ; pour une traduction, l’entrée traduite)
  --summary "…"           résumé en deux ou trois phrases
  --promoter "…"          organisation qui porte la pratique
  --country FR            code pays à deux lettres
  --cities a,b            identifiants des profils de ville concernés ; "" pour une pratique nationale ou régionale
  --scale …               identifiant de taxonomies/scales.yaml (ou son numéro dans la liste)
  --themes a,b            identifiants de taxonomies/themes.yaml
  --source-types a,b      identifiants de taxonomies/source-types.yaml
  --status …              identifiant de taxonomies/statuses.yaml
  --languages fr,es       langues de la pratique
  --source "…"            titre de la source des informations
  --description "…"       le texte sous les champs (facultatif)
  --name "…"              nom de la ville (pour une traduction : le nom traduit)
  --type …                identifiant de taxonomies/authority-types.yaml (villes)
  --lat 41.3874 --lon 2.1686   coordonnées du centre de la ville, en degrés décimaux
  --of pratique|ville     pour une traduction : ce qu’elle traduit
  --content <dossier>     un autre catalogue que content/
  --help                  cette aide

Un terme absent d’un vocabulaire : choisissez le plus proche, puis proposez le nouveau terme dans votre pull request
(ajoutez-le à content/taxonomies/<vocabulaire>.yaml avec son libellé en fr, en et es ; les relecteurs décident).
Voir CONTRIBUTING.fr.md : section 5 pour les termes des vocabulaires, section 10 pour ces options.`,
  },
  es: {
    kind: '¿Qué quiere añadir: práctica, ciudad o traducción?',
    kindChoices: 'Responda práctica, ciudad o traducción.',
    textLanguage: '¿Idioma en el que escribe (fr, en o es)?',
    langChoices: 'Responda fr, en o es.',
    title: '¿Título de la práctica?',
    id: '¿Identificador corto para la dirección web (minúsculas-con-guiones)?',
    badId: 'Solo minúsculas, cifras y guiones simples, por ejemplo calles-seguras.',
    idTaken: '«{id}» ya está en uso: elija otro identificador.',
    summary: '¿Resumen en dos o tres frases?',
    tooLong: 'Mantenga el resumen por debajo de 600 caracteres; el resto va en el texto.',
    promoter: '¿Quién la lleva a cabo (nombre de la organización)?',
    country: '¿País, con su código de dos letras (FR, ES, TG…)?',
    cities: '¿Identificadores de las ciudades, separados por comas (vacío para una práctica nacional o regional)?',
    unknownCity: 'No hay perfil de ciudad {ids}: créelo antes con npm run new (city), o quítelo.',
    scale: 'Escala de aplicación:',
    themes: 'Temas:',
    sourceTypes: 'Tipos de fuente:',
    status: 'Estado:',
    authorityType: 'Tipo de gobierno local:',
    pickOne: '¿Su elección (número o identificador)?',
    pickMany: '¿Sus elecciones (números o identificadores, separados por comas)?',
    onlyOne: 'Elija solo uno.',
    unknownChoice: 'No está en la lista: {values}.',
    languages: '¿Idiomas de la práctica (códigos separados por comas)?',
    source: '¿Título de la fuente de la que provienen los datos?',
    cityName: '¿Nombre oficial de la ciudad o del gobierno local?',
    lat: '¿Latitud del centro (grados decimales, por ejemplo 41.3874)?',
    lon: '¿Longitud del centro (grados decimales, por ejemplo 2.1686)?',
    badNumber: 'Escriba un número entre {min} y {max}, con punto para los decimales.',
    translationKind: '¿Traducción de una práctica o de una ciudad?',
    ofChoices: 'Responda práctica o ciudad.',
    existingId: '¿Identificador de la entrada que va a traducir?',
    unknownEntry: 'No existe la entrada «{id}».',
    targetLanguage: '¿Idioma de la traducción (fr, en o es)?',
    exists: 'Ya existe un archivo {lang}.mdx para esta entrada.',
    description:
      '¿Descripción en unas frases: contexto, enfoque, resultados (opcional: pulse Intro para escribirla más tarde en el archivo)?',
    cityDescription:
      '¿Qué hace este gobierno local por la igualdad de género, en unas frases (opcional: pulse Intro para escribirlo más tarde en el archivo)?',
    translatedTitle: '¿Título en {lang} (original: {value})?',
    translatedSummary: '¿Resumen en {lang} (original: {value})?',
    translatedName: '¿Nombre en {lang} (original: {value})?',
    translatedDescription: '¿Descripción en {lang} (opcional: pulse Intro para traducirla más tarde en el archivo)?',
    required: 'Esta respuesta es necesaria.',
    written: 'Archivo escrito: {file}',
    valid: 'El catálogo pasa la comprobación.',
    invalid: 'El catálogo tiene problemas (listados arriba).',
    toFill: 'Queda por completar, en {file}:',
    describeLater:
      '{place} la descripción, debajo de los campos: la página muestra el resumen mientras no esté escrita. Empiece sus secciones con «##».',
    describeCityLater:
      '{place} la descripción, debajo de los campos: la página solo muestra los datos mientras no esté escrita. Empiece sus secciones con «##».',
    translateLater:
      '{place} la descripción, traducida de {original}: la página muestra el resumen traducido mientras no esté escrita.',
    translateCityLater:
      '{place} la descripción, traducida de {original}: la página solo muestra los datos mientras no esté escrita.',
    describeMore: '{place} su descripción: complétela si lo desea, con secciones que empiecen por «##».',
    commentedLines:
      'las líneas opcionales que empiezan por «#» y que conozca: quite el «# » y sustituya cada «…» por el valor (la comprobación señala un «…» que quede en una línea sin comentar).',
    thenCheck: 'Después ejecute npm run check.',
    newTerm:
      'Si ningún término conviene, elija ahora el más cercano y proponga un término nuevo en su pull request: añádalo a {file} con su etiqueta en fr, en y es; quienes revisan deciden si lo conservan.',
    help: `npm run new: añade una práctica, un perfil de ciudad o una traducción en content/, con sus preguntas una a una.
Cada pregunta puede responderse con una opción; con todas, no se pregunta nada.

  --ui fr|en|es           idioma de las preguntas y de los mensajes
  --kind práctica|ciudad|traducción   qué añadir (también se aceptan practice, city, translation)
  --lang fr|en|es         idioma en que está escrito el texto (para una traducción: su idioma)
  --title "…"             título de la práctica (para una traducción: el título traducido)
  --id …                  identificador en la dirección web: minúsculas-con-guiones (propuesto a partir del título; para una traducción, la entrada traducida)
  --summary "…"           resumen en dos o tres frases
  --promoter "…"          organización que lleva a cabo la práctica
  --country FR            código de país de dos letras
  --cities a,b            identificadores de los perfiles de ciudad; "" para una práctica nacional o regional
  --scale …               identificador de taxonomies/scales.yaml (o su número en la lista)
  --themes a,b            identificadores de taxonomies/themes.yaml
  --source-types a,b      identificadores de taxonomies/source-types.yaml
  --status …              identificador de taxonomies/statuses.yaml
  --languages fr,es       idiomas de la práctica
  --source "…"            título de la fuente de los datos
  --description "…"       el texto debajo de los campos (opcional)
  --name "…"              nombre de la ciudad (para una traducción: el nombre traducido)
  --type …                identificador de taxonomies/authority-types.yaml (ciudades)
  --lat 41.3874 --lon 2.1686   coordenadas del centro de la ciudad, en grados decimales
  --of práctica|ciudad    para una traducción: lo que traduce
  --content <carpeta>     otro catálogo que content/
  --help                  esta ayuda

Un término que falta en un vocabulario: elija el más cercano y proponga el término nuevo en su pull request
(añádalo a content/taxonomies/<vocabulario>.yaml con su etiqueta en fr, en y es; quienes revisan deciden).
Vea CONTRIBUTING.es.md: sección 5 para los términos de los vocabularios, sección 10 para estas opciones.`,
  },
};
