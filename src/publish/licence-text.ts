/**
 * /data/LICENSE.txt: which licence the data files are under, how to
 * attribute them, and the exception of KPI observations (each row keeps its
 * dataset's licence). Written in every published language, since the file
 * is shared by all of them; the data page of each language says the same
 * in HTML.
 */
import type { Catalogue } from '../catalogue/model.ts';
import type { Lang } from '../i18n/languages.ts';
import type { DataLicence } from './licence.ts';

interface LicenceWords {
  heading: string;
  covers: string;
  licence: string;
  attribution: string;
  kpis: string;
}

const WORDS: Record<Lang, (site: string, licence: DataLicence) => LicenceWords> = {
  fr: (site, licence) => ({
    heading: `${site} — données ouvertes`,
    covers:
      'Les fichiers de ce dossier (pratiques, villes, vocabulaires, indicateurs et schémas) sont publiés sous la licence suivante.',
    licence: `Licence : ${licence.name} — ${licence.url}`,
    attribution: `Citez la source ainsi : « ${site} », avec l’adresse du fichier ou de la page utilisée.`,
    kpis: 'Exception : chaque observation d’indicateur (observations et country-network-observations, en JSON et CSV) porte la licence de son jeu de données (colonnes licence et licence_url).',
  }),
  en: (site, licence) => ({
    heading: `${site} — open data`,
    covers:
      'The files of this folder (practices, cities, vocabularies, indicators and schemas) are published under the following licence.',
    licence: `Licence: ${licence.name} — ${licence.url}`,
    attribution: `Attribute them as “${site}”, with the address of the file or page you used.`,
    kpis: 'Exception: each indicator observation (observations and country-network-observations, as JSON and CSV) carries the licence of its dataset (columns licence and licence_url).',
  }),
  es: (site, licence) => ({
    heading: `${site} — datos abiertos`,
    covers:
      'Los archivos de esta carpeta (prácticas, ciudades, vocabularios, indicadores y esquemas) se publican con la siguiente licencia.',
    licence: `Licencia: ${licence.name} — ${licence.url}`,
    attribution: `Cite la fuente como «${site}», con la dirección del archivo o de la página utilizada.`,
    kpis: 'Excepción: cada observación de indicador (observations y country-network-observations, en JSON y CSV) lleva la licencia de su conjunto de datos (columnas licence y licence_url).',
  }),
};

const ordered = (catalogue: Pick<Catalogue, 'site'>, languages: readonly Lang[]): Lang[] => [
  catalogue.site.defaultLanguage,
  ...languages.filter((l) => l !== catalogue.site.defaultLanguage),
];

export function licenceText(
  catalogue: Pick<Catalogue, 'site'>,
  licence: DataLicence,
  languages: readonly Lang[],
): string {
  return `${ordered(catalogue, languages)
    .map((lang) => {
      const w = WORDS[lang](catalogue.site.name[lang], licence);
      return [w.heading, '', w.covers, w.licence, w.attribution, w.kpis].join('\n');
    })
    .join('\n\n---\n\n')}\n`;
}
