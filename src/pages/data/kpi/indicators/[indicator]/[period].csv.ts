/**
 * /data/kpi/indicators/<indicator>/<period>.csv: the ranking an indicator
 * page shows for a period, best first, the same rows as its table.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadRows, indicatorsWithData, rankingFor, toCsv } from '../../../../../domain/kpis.ts';
import { getCatalogue } from '../../../../../site/catalogue-data.ts';

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue();
  return indicatorsWithData(catalogue).flatMap(({ indicator, periods }) =>
    periods.map((period) => {
      const ranking = rankingFor(catalogue.datasets, indicator, period);
      const rows = downloadRows(
        ranking.rows.map((r) => r.observation),
        indicator,
        catalogue.datasets,
      );
      return { params: { indicator: indicator.id, period }, props: { body: toCsv(rows) } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
