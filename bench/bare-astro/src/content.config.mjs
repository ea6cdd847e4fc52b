/**
 * Every body of the generated catalogue, copied as `.mdx` or `.md` files
 * whose frontmatter holds only a title.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const format = process.env.BARE_FORMAT === 'md' ? 'md' : 'mdx';

export const collections = {
  bodies: defineCollection({
    loader: glob({ pattern: `**/*.${format}`, base: process.env.BARE_BODIES_DIR ?? './bodies' }),
  }),
};
