/**
 * Which of the site's pages this Astro process renders. Astro renders
 * pages one at a time on one core; `npm run build` starts two Astro
 * processes at once on a large catalogue (src/build/render-plan.ts),
 * one rendering the practice pages and the practices' open-data files
 * (the two that need the bodies' HTML), the other everything else without
 * turning practice bodies into HTML, and merges their output. Every route's
 * getStaticPaths() asks `rendersGroup` for its group; with no group set
 * (`astro build`, `astro dev`, small catalogues) every page is rendered.
 */
export type RenderGroup = 'practice-pages' | 'other-pages';

export const RENDER_GROUPS: readonly RenderGroup[] = ['practice-pages', 'other-pages'];

/** The environment variable that names the group of this process. */
export const RENDER_GROUP_ENV = 'ATLAS_RENDER_GROUP';

export function currentRenderGroup(env: NodeJS.ProcessEnv = process.env): RenderGroup | undefined {
  const chosen = env[RENDER_GROUP_ENV];
  if (!chosen) return undefined;
  if (!(RENDER_GROUPS as readonly string[]).includes(chosen)) {
    throw new Error(
      `${RENDER_GROUP_ENV} is "${chosen}"; expected one of ${RENDER_GROUPS.join(', ')}, or unset to render every page.`,
    );
  }
  return chosen as RenderGroup;
}

export function rendersGroup(group: RenderGroup, env: NodeJS.ProcessEnv = process.env): boolean {
  const current = currentRenderGroup(env);
  return current === undefined || current === group;
}

/** The group of an open-data file under /data/: the practice files hold every practice's description (the bodies' HTML). */
export function dataFileGroup(name: string): RenderGroup {
  return name.startsWith('practices') ? 'practice-pages' : 'other-pages';
}
