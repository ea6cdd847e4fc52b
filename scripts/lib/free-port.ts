/**
 * A port free on 127.0.0.1 now, for a server a script or test starts
 * itself (`npm run dev` takes it with --port).
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no free port on 127.0.0.1'))));
    });
  });
}
