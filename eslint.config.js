// ESLint for the TypeScript code (the .astro files are type-checked by `astro check`). Besides the recommended rules,
// it holds the house style's boundaries: src/lib is pure (no file system, no DOM, no Astro), browser code (src/features,
// src/client) never reaches into the build's data door (src/data), and a feature never reaches into another feature.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_ONLY = ['node:*', 'fs', 'path', 'child_process', 'os', 'zlib', 'http'];
// Hashing is a computation, not I/O: the release manifest's sha256 stays pure.
const NODE_IN_LIB = [...NODE_ONLY, '!node:crypto'];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'fetch', 'HTMLElement', 'Element'].map((name) => ({
  name,
  message: 'src/lib er ren: ingen DOM eller netværk her (flyt det til src/client eller scripts/).',
}));

const LIB_PATTERNS = [
  { group: NODE_IN_LIB, message: 'src/lib er ren: ingen filsystem eller Node-moduler (læs filer i scripts/ eller src/data).' },
  { group: ['astro', 'astro:*', '*.astro'], message: 'src/lib kender ikke Astro.' },
  { group: ['**/data/*', '**/client/*', '**/features/**', '**/components/*', '**/pages/*', '**/scripts/*'], message: 'src/lib afhænger kun af src/lib.' },
];

const BROWSER_PATTERNS = [
  { group: ['**/data/*'], message: 'Browserkoden må ikke hente fra src/data (byggets datadør); den får sine tal som JSON fra siden.' },
  { group: NODE_ONLY, message: 'Browserkoden kører ikke i Node.' },
];

export default tseslint.config(
  { ignores: ['dist/', '.cache/', 'node_modules/', '.astro/', 'coverage/'] },
  js.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: LIB_PATTERNS }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    // Words are the bottom of src/lib: the map, charts and comparisons use them, never the other way round.
    files: ['src/lib/words/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...LIB_PATTERNS,
            {
              group: ['../map/*', '../charts/*', '../compare/*', '../peers/*'],
              message: 'src/lib/words bruges af kort, grafer og sammenligning; de importeres ikke herfra.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: BROWSER_PATTERNS }] },
  },
  {
    // A feature's own files import each other ('./…'), src/lib and src/client; another feature's folder is not theirs.
    files: ['src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...BROWSER_PATTERNS,
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message: 'En funktion (src/features/<navn>) importerer ikke fra en anden; det fælles bor i src/lib eller src/client.',
            },
          ],
        },
      ],
    },
  },
);
