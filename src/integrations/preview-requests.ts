/**
 * astro dev: counts the requests the dev server is answering, so that the
 * live preview reads what its start left for later (the KPI tables) only
 * once the first page has been served and the server is idle
 * (src/catalogue/astro-loader.ts). Read while Vite was still compiling the
 * first page, they held it back by several seconds at 10,000 practices.
 */
import type { AstroIntegration } from 'astro';
import { requestStarted } from '../catalogue/live-preview.ts';

export function previewRequests(): AstroIntegration {
  return {
    name: 'practice-atlas:preview-requests',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((_request, response, next) => {
          const request = requestStarted();
          response.once('close', request.ended);
          response.once('finish', request.ended);
          next();
        });
      },
    },
  };
}
