/**
 * Writes to a pipe are asynchronous in Node: `process.exit` right after a
 * long report dropped all but its first 65,536 bytes (the pipe's buffer),
 * and CI reads the report through a pipe. A write's callback runs once it
 * and every write before it reached the pipe, so waiting for an empty write
 * on both streams is waiting for the whole report.
 */
export async function flushOutput(): Promise<void> {
  await Promise.all(
    [process.stdout, process.stderr].map(
      (stream) => new Promise<void>((done) => (stream.writable ? stream.write('', () => done()) : done())),
    ),
  );
}

/** `process.exit(code)` once everything written so far has left the process. */
export async function exitAfterOutput(code: number): Promise<never> {
  process.exitCode = code;
  await flushOutput();
  process.exit(code);
}
