/**
 * The licence of the catalogue's data (practices, cities, vocabularies).
 * `site.dataLicence` in content/site.yaml names it; a site that does not
 * set one publishes under CC BY 4.0, the licence most open-data portals of
 * local governments use. KPI datasets keep their own licence
 * (content/kpis/datasets/<id>/dataset.yaml), which every observation row carries.
 */
import type { SiteSettings } from '../schemas/site.ts';

export interface DataLicence {
  name: string;
  url: string;
}

export const DEFAULT_DATA_LICENCE: DataLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Reads `site.dataLicence` when the site settings have it (the field is optional). */
export function dataLicence(site: SiteSettings): DataLicence {
  const declared = (site as SiteSettings & { dataLicence?: Partial<DataLicence> }).dataLicence;
  if (declared?.name && declared.url) return { name: declared.name, url: declared.url };
  return DEFAULT_DATA_LICENCE;
}
