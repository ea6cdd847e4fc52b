/**
 * /data/kpi/cities/<city>/<indicator>.csv: a city's whole series of an
 * indicator (its profile's table lists the last value of each year), or
 * with ".comparison" the city's latest value and the averages it is
 * compared with, exactly as that table shows them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Catalogue } from '../../../../../catalogue/model.ts';
import { cityComparison } from '../../../../../domain/kpis/averages.ts';
import { comparisonFileName, seriesFileName } from '../../../../../domain/kpis/files.ts';
import { type KpiSeries, seriesOfCity } from '../../../../../domain/kpis/series.ts';
import { comparisonRows, type DownloadRow, downloadRows, kpiCsv } from '../../../../../publish/kpi-downloads.ts';
import { observationsHash, pageCacheKey, recordHash } from '../../../../../site/cache-key.ts';
import { getCatalogue } from '../../../../../site/catalogue-data.ts';
import { staticPaths } from '../../../../../site/static-paths.ts';

function rowsOf(catalogue: Catalogue, series: KpiSeries, comparison: boolean): DownloadRow[] {
  const indicator = catalogue.indicators.find((i) => i.id === series.indicator)!;
  if (!comparison) return downloadRows(series.observations, indicator, catalogue.datasets);
  return comparisonRows(cityComparison(catalogue, series, indicator.decimals)!, indicator, catalogue.datasets);
}

export const getStaticPaths = staticPaths((catalogue) => {
  const order = catalogue.indicators.map((i) => i.id);
  return catalogue.cities.flatMap((city) => {
    const series = seriesOfCity(catalogue.datasets, city.id, order);
    return series.flatMap((s) => {
      const indicator = catalogue.indicators.find((i) => i.id === s.indicator)!;
      const paths = [
        {
          params: { city: city.id, file: seriesFileName(s, series) },
          props: { series: s, comparison: false },
          cacheKey: pageCacheKey(catalogue, 'city-csv', s.dataset, s.indicator, observationsHash(s.observations)),
        },
      ];
      const comparison = cityComparison(catalogue, s, indicator.decimals);
      if (comparison) {
        paths.push({
          params: { city: city.id, file: comparisonFileName(s, series) },
          props: { series: s, comparison: true },
          cacheKey: pageCacheKey(catalogue, 'city-comparison-csv', s.dataset, s.indicator, recordHash(comparison)),
        });
      }
      return paths;
    });
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { series, comparison } = props as { series: KpiSeries; comparison: boolean };
  const body = kpiCsv(rowsOf(await getCatalogue(), series, comparison));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
