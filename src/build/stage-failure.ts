/**
 * How a stage of the build stops it: the content's problems (reported as
 * the check reports them), or a stage that could not finish (reported with
 * its message). build.ts turns both into its result.
 */
import { formatIssueReport } from '../catalogue/issues.ts';
import type { RenderResult } from './render-pages.ts';
import type { RenderProcess } from './render-plan.ts';
import type { RenderOutcome } from './render-processes.ts';

export type BuildStage = 'configuration' | 'content' | 'render' | 'search' | 'offline' | 'swap';

/** A stage that could not finish: the build reports its message and stops. */
export class StageFailed extends Error {
  readonly stage: BuildStage;
  constructor(stage: BuildStage, message: string) {
    super(message);
    this.stage = stage;
  }
}

/** The content's problems, reported as the check reports them. */
export class ContentRefused extends Error {
  readonly report: string;
  constructor(report: string) {
    super('The content has problems.');
    this.report = report;
  }
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function failsAs<T>(stage: BuildStage, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof StageFailed ? error : new StageFailed(stage, messageOf(error));
  }
}

export type Rendered = Extract<RenderResult, { ok: true }>;

/** The processes' results, or the reason the build stops: the content's problems, or a process's failure. */
export function renderedOrThrow(outcomes: RenderOutcome[], plan: RenderProcess[]): Rendered[] {
  const refused = outcomes.find((o) => !o.result.ok && o.result.refused);
  const failed = outcomes.find((o) => !o.result.ok && !o.result.refused && !o.stoppedBecauseOther);
  if (refused && refused.process.reportIssues && !refused.result.ok && refused.result.refused)
    throw new ContentRefused(formatIssueReport(refused.result.issues));
  if (failed && !failed.result.ok && !failed.result.refused) throw new StageFailed('render', failed.result.message);
  if (refused)
    throw new StageFailed(
      'render',
      `The ${refused.process.shard ?? 'page'} render process refused the content, and the one that reports problems did not: report this, and build again in one process.`,
    );
  const rendered = outcomes.map((o) => o.result).filter((r): r is Rendered => r.ok);
  if (rendered.length !== plan.length) throw new StageFailed('render', 'A render process stopped without saying why.');
  return rendered;
}
