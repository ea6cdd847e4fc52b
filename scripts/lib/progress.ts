/**
 * A progress line for long runs: count, percentage, rate and time left,
 * redrawn in place on a terminal; silent under CI or when output is not a
 * terminal, so logs stay readable.
 */
export interface Progress {
  tick(count?: number): void;
  done(summary?: string): void;
}

export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const quiet = Boolean(process.env.CI) || !stream.isTTY;
  const started = performance.now();
  let current = 0;
  let lastDraw = 0;
  const draw = () => {
    const elapsed = (performance.now() - started) / 1000;
    const rate = current / Math.max(elapsed, 0.001);
    const left = rate > 0 ? (total - current) / rate : 0;
    const width = 24;
    const filled = Math.round((current / Math.max(total, 1)) * width);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${current}/${total} ` +
        `(${Math.floor((current / Math.max(total, 1)) * 100)} %, ${rate.toFixed(0)}/s, ${left.toFixed(0)} s left)   `,
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
