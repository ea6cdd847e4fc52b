// ESLint (flat config) with typescript-eslint's recommended rules: `npm run lint`, with Prettier's check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated output and dependencies; Astro components have no parser here (tsc and the builds check them).
    ignores: ['dist/', '.astro/', '.cache/', 'bench-out/', 'tmp/', '.dist-*/', '.atlas-build-*/', '**/*.astro'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // tsc knows every name, Node's and the browser's; ESLint's own check knows neither set of globals.
      'no-undef': 'off',
      // Control characters are matched on purpose: untrusted text is checked for them (site-values.ts, check-url.ts).
      'no-control-regex': 'off',
      // `const { dropped: _, ...kept } = value` leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
