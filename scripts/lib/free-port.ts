/**
 * Ports on 127.0.0.1: one free now, for a server a script or test starts
 * itself (`npm run dev` takes it with --port); and a server started on the
 * port asked for or, when another program holds it, on the next free one
 * (`npm start` twice, or an old preview left running, should not end in an
 * EADDRINUSE stack trace).
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port on 127.0.0.1')),
      );
    });
  });
}

/** How many ports after the one asked for are tried before giving up. */
export const PORTS_TRIED = 20;

export interface PortAttempt<T> {
  started: T;
  port: number;
  /** Ports found busy before this one, in order. */
  busy: number[];
}

function isPortBusy(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES';
}

export async function listenOnFreePort<T>(
  first: number,
  listen: (port: number) => Promise<T>,
  tries = PORTS_TRIED,
): Promise<PortAttempt<T> | { busy: number[] }> {
  const busy: number[] = [];
  for (let port = first; port < first + tries && port <= 65535; port++) {
    try {
      return { started: await listen(port), port, busy };
    } catch (error) {
      if (!isPortBusy(error)) throw error;
      busy.push(port);
    }
  }
  return { busy };
}
