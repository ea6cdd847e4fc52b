/**
 * /data/kpi/indicators/<indicator>/<file>.csv, the files of
 * src/domain/indicator-pages.ts: `<year>.csv`, every value of the year
 * period by period, each period ranked (for yearly data, the year's
 * ranking); `<year>.latest.csv`, the ranking a year page shows where the
 * year has several periods; `<period>.csv`, the latest period's ranking.
 * Each ranking file holds the same rows as its table.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Catalogue, Observation } from '../../../../../catalogue/model.ts';
import { indicatorCsvFiles, indicatorPlan, type CsvContent } from '../../../../../domain/indicator-pages.ts';
import { indicatorValues } from '../../../../../domain/kpis/indicator-values.ts';
import { rankingFor, yearObservations, yearRankingFor } from '../../../../../domain/kpis/rankings.ts';
import { downloadRows, kpiCsv } from '../../../../../publish/kpi-downloads.ts';
import type { Indicator } from '../../../../../schemas/kpi.ts';
import { observationsHash, pageCacheKey } from '../../../../../site/cache-key.ts';
import { getCatalogue } from '../../../../../site/catalogue-data.ts';
import { staticPaths } from '../../../../../site/static-paths.ts';

function observationsOf(catalogue: Catalogue, indicator: Indicator, content: CsvContent): Observation[] {
  if (content.kind === 'year') return yearObservations(catalogue.datasets, indicator, content.year);
  const ranking =
    content.kind === 'year-latest'
      ? yearRankingFor(catalogue.datasets, indicator, content.year)
      : rankingFor(catalogue.datasets, indicator, content.period);
  return ranking.rows.map((r) => r.observation);
}

export const getStaticPaths = staticPaths((catalogue) => {
  return catalogue.indicators.flatMap((indicator) => {
    const plan = indicatorPlan(indicatorValues(catalogue.datasets, indicator.id).years);
    return [...indicatorCsvFiles(plan)].map(([file, content]) => ({
      params: { indicator: indicator.id, file },
      props: { indicator, content },
      // The rows are the file: their digest keeps the key exact.
      cacheKey: pageCacheKey(
        catalogue,
        'indicator-csv',
        indicator.id,
        content,
        observationsHash(observationsOf(catalogue, indicator, content)),
      ),
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { indicator, content } = props as { indicator: Indicator; content: CsvContent };
  const catalogue = await getCatalogue();
  const body = kpiCsv(downloadRows(observationsOf(catalogue, indicator, content), indicator, catalogue.datasets));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
