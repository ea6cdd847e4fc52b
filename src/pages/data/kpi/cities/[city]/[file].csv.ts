/**
 * /data/kpi/cities/<city>/<indicator>.csv: the rows of one chart of a city
 * profile, exactly as its table shows them (the series, or with
 * ".comparison" the city's latest value and the averages it is compared with).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cityComparison, comparisonFileName, comparisonRows, downloadRows, seriesFileName, seriesOfCity, toCsv } from '../../../../../domain/kpis.ts';
import { getCatalogue } from '../../../../../site/catalogue-data.ts';

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue();
  const order = catalogue.indicators.map((i) => i.id);
  return catalogue.cities.flatMap((city) => {
    const series = seriesOfCity(catalogue.datasets, city.id, order);
    return series.flatMap((s) => {
      const indicator = catalogue.indicators.find((i) => i.id === s.indicator)!;
      const paths = [{ params: { city: city.id, file: seriesFileName(s, series) }, props: { body: toCsv(downloadRows(s.observations, indicator, catalogue.datasets)) } }];
      const comparison = cityComparison(catalogue, s, indicator.decimals);
      if (comparison) {
        paths.push({
          params: { city: city.id, file: comparisonFileName(s, series) },
          props: { body: toCsv(comparisonRows(comparison, indicator, catalogue.datasets)) },
        });
      }
      return paths;
    });
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
