/**
 * A progress line for long runs: count, percentage, rate and time left,
 * redrawn in place on a terminal; silent under CI or when output is not a
 * terminal, so logs stay readable.
 */
export interface Progress {
  tick(count?: number): void;
  done(summary?: string): void;
}

/** Whether progress lines are left out: under CI (any non-empty CI variable) or when the stream is not a terminal. */
export function isQuiet(
  env: NodeJS.ProcessEnv = process.env,
  isTTY: boolean | undefined = process.stderr.isTTY,
): boolean {
  return Boolean(env.CI) || !isTTY;
}

/** "42 s", "21 min 40 s", "1 h 05 min": a duration as a person reads it on a progress line. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 90) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * "1200/7445 (16 %, 21/s, 4 min 57 s left)": where a run stands and when it
 * should end at its average rate so far. With an estimated total ("≈7445")
 * passed the count keeps going without a time left, as the estimate was short.
 */
export function progressText(
  current: number,
  total: number,
  elapsedSeconds: number,
  options: { estimated?: boolean } = {},
): string {
  const rate = current / Math.max(elapsedSeconds, 0.001);
  const shown = `${current}/${options.estimated ? '≈' : ''}${total}`;
  if (current > total) return `${shown} (${rate.toFixed(0)}/s, more than expected)`;
  const left = rate > 0 ? (total - current) / rate : 0;
  return `${shown} (${Math.floor((current / Math.max(total, 1)) * 100)} %, ${rate.toFixed(0)}/s, ${formatDuration(left)} left)`;
}

export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const quiet = isQuiet(process.env, stream.isTTY);
  const started = performance.now();
  let current = 0;
  let lastDraw = 0;
  const draw = () => {
    const elapsed = (performance.now() - started) / 1000;
    const width = 24;
    const filled = Math.min(width, Math.round((current / Math.max(total, 1)) * width));
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${progressText(current, total, elapsed)}   `,
    );
  };
  return {
    tick(count = 1) {
      current += count;
      if (quiet) return;
      const now = performance.now();
      if (now - lastDraw > 100 || current >= total) {
        lastDraw = now;
        draw();
      }
    },
    done(summary) {
      if (!quiet) stream.write('\n');
      if (summary) stream.write(`${summary}\n`);
    },
  };
}
