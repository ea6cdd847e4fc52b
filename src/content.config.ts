/**
 * Content collections: they make Astro run the catalogue loader
 * (src/catalogue/astro-loader.ts), which validates every file with the
 * schemas of src/schemas/ and hands the catalogue to the pages directly.
 * The collections stay empty in a build; in the live preview one carries
 * the catalogue's revision.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { catalogueLoader } from './catalogue/astro-loader.ts';
import type { CityRecord, DatasetRecord, PracticeRecord } from './catalogue/model.ts';
import type { Indicator } from './schemas/kpi.ts';
import type { SiteSettings } from './schemas/site.ts';
import type { TaxonomyEntry, Vocabulary } from './schemas/taxonomy.ts';

export const collections = {
  practices: defineCollection({ loader: catalogueLoader('practices'), schema: z.custom<PracticeRecord>() }),
  cities: defineCollection({ loader: catalogueLoader('cities'), schema: z.custom<CityRecord>() }),
  taxonomies: defineCollection({
    loader: catalogueLoader('taxonomies'),
    schema: z.custom<{ id: Vocabulary; entries: TaxonomyEntry[] }>(),
  }),
  indicators: defineCollection({ loader: catalogueLoader('indicators'), schema: z.custom<Indicator>() }),
  datasets: defineCollection({ loader: catalogueLoader('datasets'), schema: z.custom<DatasetRecord>() }),
  site: defineCollection({ loader: catalogueLoader('site'), schema: z.custom<SiteSettings>() }),
};
