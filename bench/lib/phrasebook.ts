/**
 * Parallel phrases in French, English and Spanish from which the generator
 * composes believable practices: each item says the same thing in the three
 * languages, so a generated translation is a real translation.
 */
export type Trilingual = { fr: string; en: string; es: string };

export const ACTIONS: Trilingual[] = [
  { fr: 'Marches exploratoires', en: 'Exploratory walks', es: 'Marchas exploratorias' },
  { fr: 'Budget participatif', en: 'Participatory budget', es: 'Presupuesto participativo' },
  { fr: 'Observatoire local', en: 'Local observatory', es: 'Observatorio local' },
  { fr: 'Plan d’action', en: 'Action plan', es: 'Plan de acción' },
  { fr: 'Formation des agents', en: 'Staff training', es: 'Formación del personal' },
  { fr: 'Réseau d’entraide', en: 'Mutual-aid network', es: 'Red de apoyo mutuo' },
  { fr: 'Diagnostic partagé', en: 'Shared assessment', es: 'Diagnóstico compartido' },
  { fr: 'Guichet unique', en: 'One-stop service', es: 'Ventanilla única' },
  { fr: 'Campagne de sensibilisation', en: 'Awareness campaign', es: 'Campaña de sensibilización' },
  { fr: 'Charte municipale', en: 'Municipal charter', es: 'Carta municipal' },
  { fr: 'Mentorat', en: 'Mentoring', es: 'Mentoría' },
  { fr: 'Cartographie participative', en: 'Participatory mapping', es: 'Cartografía participativa' },
];

export const OBJECTS: Trilingual[] = [
  { fr: 'pour des transports sûrs', en: 'for safe public transport', es: 'para un transporte seguro' },
  {
    fr: 'contre les violences faites aux femmes',
    en: 'against violence against women',
    es: 'contra la violencia hacia las mujeres',
  },
  {
    fr: 'pour l’égalité dans les conseils municipaux',
    en: 'for equality in municipal councils',
    es: 'por la igualdad en los concejos municipales',
  },
  {
    fr: 'pour des espaces publics ouverts à toutes',
    en: 'for public spaces open to all women',
    es: 'por espacios públicos abiertos a todas',
  },
  { fr: 'pour l’emploi des femmes', en: 'for women’s employment', es: 'por el empleo de las mujeres' },
  {
    fr: 'pour le partage des tâches de soin',
    en: 'for sharing care work',
    es: 'por la corresponsabilidad en los cuidados',
  },
  { fr: 'pour l’accueil des victimes', en: 'for the reception of victims', es: 'para la acogida de las víctimas' },
  {
    fr: 'pour un budget sensible au genre',
    en: 'for gender-responsive budgeting',
    es: 'por un presupuesto con perspectiva de género',
  },
  {
    fr: 'pour la participation des jeunes filles',
    en: 'for girls’ participation',
    es: 'por la participación de las jóvenes',
  },
  { fr: 'pour l’éclairage des rues', en: 'for street lighting', es: 'por el alumbrado de las calles' },
];

export const CONTEXT_SENTENCES: Trilingual[] = [
  {
    fr: 'Les habitantes signalaient depuis longtemps des lieux où elles ne se sentaient pas en sécurité.',
    en: 'Women residents had long reported places where they did not feel safe.',
    es: 'Las vecinas señalaban desde hacía tiempo lugares donde no se sentían seguras.',
  },
  {
    fr: 'La commune a voulu mesurer les écarts entre femmes et hommes dans ses propres services.',
    en: 'The municipality wanted to measure the gaps between women and men in its own services.',
    es: 'El municipio quiso medir las brechas entre mujeres y hombres en sus propios servicios.',
  },
  {
    fr: 'Un diagnostic mené avec les associations locales a montré des besoins mal couverts.',
    en: 'An assessment carried out with local associations showed needs that were poorly met.',
    es: 'Un diagnóstico realizado con las asociaciones locales mostró necesidades mal cubiertas.',
  },
  {
    fr: 'Les femmes restaient peu nombreuses dans les instances de décision locales.',
    en: 'Women remained few in local decision-making bodies.',
    es: 'Las mujeres seguían siendo pocas en los órganos locales de decisión.',
  },
  {
    fr: 'Le réseau de villes a proposé d’échanger sur les pratiques qui fonctionnent.',
    en: 'The city network offered to exchange on practices that work.',
    es: 'La red de ciudades propuso intercambiar sobre las prácticas que funcionan.',
  },
  {
    fr: 'Les services sociaux constataient une hausse des demandes d’accompagnement.',
    en: 'Social services noticed a rise in requests for support.',
    es: 'Los servicios sociales constataban un aumento de las solicitudes de acompañamiento.',
  },
];

export const APPROACH_SENTENCES: Trilingual[] = [
  {
    fr: 'Des groupes de travail réunissent élues, agents et habitantes chaque trimestre.',
    en: 'Working groups bring together councillors, staff and residents every quarter.',
    es: 'Grupos de trabajo reúnen a concejalas, personal y vecinas cada trimestre.',
  },
  {
    fr: 'Chaque service désigne une personne référente pour l’égalité.',
    en: 'Each department appoints a contact person for equality.',
    es: 'Cada servicio designa a una persona de referencia para la igualdad.',
  },
  {
    fr: 'Les données sont ventilées par sexe et publiées une fois par an.',
    en: 'Data are broken down by sex and published once a year.',
    es: 'Los datos se desglosan por sexo y se publican una vez al año.',
  },
  {
    fr: 'Un comité de suivi examine les résultats et ajuste les actions.',
    en: 'A monitoring committee reviews the results and adjusts the actions.',
    es: 'Un comité de seguimiento examina los resultados y ajusta las acciones.',
  },
  {
    fr: 'Les associations partenaires animent des ateliers dans les quartiers.',
    en: 'Partner associations run workshops in the neighbourhoods.',
    es: 'Las asociaciones socias dinamizan talleres en los barrios.',
  },
  {
    fr: 'Une permanence accueille les femmes sans rendez-vous deux fois par semaine.',
    en: 'A drop-in service welcomes women without appointment twice a week.',
    es: 'Un servicio de atención recibe a las mujeres sin cita dos veces por semana.',
  },
];

export const ACTIVITIES: Trilingual[] = [
  {
    fr: 'ateliers de formation pour le personnel municipal',
    en: 'training workshops for municipal staff',
    es: 'talleres de formación para el personal municipal',
  },
  { fr: 'enquête auprès des habitantes', en: 'survey of women residents', es: 'encuesta a las vecinas' },
  {
    fr: 'guide pratique publié en ligne',
    en: 'practical guide published online',
    es: 'guía práctica publicada en línea',
  },
  {
    fr: 'rencontres avec d’autres communes',
    en: 'meetings with other municipalities',
    es: 'encuentros con otros municipios',
  },
  { fr: 'indicateurs suivis chaque année', en: 'indicators monitored every year', es: 'indicadores seguidos cada año' },
  { fr: 'permanences juridiques gratuites', en: 'free legal advice sessions', es: 'asesoría jurídica gratuita' },
  {
    fr: 'réaménagement de places et de parcs',
    en: 'redesign of squares and parks',
    es: 'remodelación de plazas y parques',
  },
  {
    fr: 'bourses pour les projets de femmes',
    en: 'grants for women’s projects',
    es: 'becas para proyectos de mujeres',
  },
];

export const RESULTS: Trilingual[] = [
  {
    fr: 'Plus de femmes participent aux réunions publiques.',
    en: 'More women take part in public meetings.',
    es: 'Más mujeres participan en las reuniones públicas.',
  },
  {
    fr: 'Les lieux signalés ont été réaménagés.',
    en: 'The places reported have been redesigned.',
    es: 'Los lugares señalados se han remodelado.',
  },
  {
    fr: 'Le personnel formé applique la démarche dans son service.',
    en: 'Trained staff apply the approach in their department.',
    es: 'El personal formado aplica el enfoque en su servicio.',
  },
  {
    fr: 'D’autres communes ont repris la méthode.',
    en: 'Other municipalities have taken up the method.',
    es: 'Otros municipios han retomado el método.',
  },
  {
    fr: 'Les victimes sont orientées plus rapidement.',
    en: 'Victims are referred more quickly.',
    es: 'Las víctimas se derivan más rápidamente.',
  },
];

export const HEADINGS = {
  context: { fr: 'Contexte', en: 'Context', es: 'Contexto' },
  approach: { fr: 'Démarche', en: 'Approach', es: 'Enfoque' },
  activities: { fr: 'Activités', en: 'Activities', es: 'Actividades' },
} satisfies Record<string, Trilingual>;

export const KEYWORDS: Trilingual[] = [
  { fr: 'égalité', en: 'equality', es: 'igualdad' },
  { fr: 'sécurité', en: 'safety', es: 'seguridad' },
  { fr: 'participation', en: 'participation', es: 'participación' },
  { fr: 'formation', en: 'training', es: 'formación' },
  { fr: 'violences', en: 'violence', es: 'violencia' },
  { fr: 'mobilité', en: 'mobility', es: 'movilidad' },
  { fr: 'budget', en: 'budget', es: 'presupuesto' },
  { fr: 'données', en: 'data', es: 'datos' },
];

/** Countries with a rough bounding box, for generated towns. */
export const COUNTRIES: {
  code: string;
  lat: [number, number];
  lon: [number, number];
  prefixes: string[];
  suffixes: string[];
}[] = [
  {
    code: 'FR',
    lat: [43.5, 49.5],
    lon: [-1, 6.5],
    prefixes: ['Saint-', 'Mont', 'Ville', 'Bel', 'Roche'],
    suffixes: ['-sur-Loire', 'court', 'ville', '-les-Bains', 'mont'],
  },
  {
    code: 'ES',
    lat: [37, 43],
    lon: [-8, 2.5],
    prefixes: ['San ', 'Villa', 'Torre', 'Puerto ', 'Val'],
    suffixes: ['de Arriba', 'nueva', 'del Río', 'alta', 'mar'],
  },
  {
    code: 'TG',
    lat: [6.2, 10.9],
    lon: [0.3, 1.7],
    prefixes: ['Agou ', 'Kpé', 'Tsé', 'Bas', 'Ani'],
    suffixes: ['vié', 'kopé', 'sso', 'dé', 'mé'],
  },
  {
    code: 'SN',
    lat: [12.5, 16.5],
    lon: [-17, -12],
    prefixes: ['Ndia', 'Keur ', 'Thi', 'Diou', 'Ba'],
    suffixes: ['ye', 'bel', 'ès', 'rbel', 'kel'],
  },
  {
    code: 'MX',
    lat: [17, 25],
    lon: [-106, -94],
    prefixes: ['Santa ', 'San ', 'Villa ', 'Real ', 'Nueva '],
    suffixes: ['María', 'del Valle', 'Hidalgo', 'de Juárez', 'Esperanza'],
  },
  {
    code: 'BE',
    lat: [49.6, 51.4],
    lon: [2.6, 6.3],
    prefixes: ['Saint-', 'Ber', 'Lou', 'Hal', 'Wa'],
    suffixes: ['chem', 'vain', '-la-Neuve', 'sart', 'mont'],
  },
  {
    code: 'MA',
    lat: [29, 35.5],
    lon: [-9.5, -2],
    prefixes: ['Aït ', 'Sidi ', 'Ouled ', 'Tiz', 'Ben '],
    suffixes: ['Ourir', 'Kacem', 'nit', 'Slimane', 'Ahmed'],
  },
  {
    code: 'CO',
    lat: [2, 11],
    lon: [-77, -72],
    prefixes: ['San ', 'Santa ', 'Puerto ', 'Villa ', 'El '],
    suffixes: ['Gil', 'Rosa', 'Berrío', 'de Leyva', 'Carmen'],
  },
];
