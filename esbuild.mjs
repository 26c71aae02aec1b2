// Bundles the three front ends: VS Code client, language server, CLI.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

// `npm pack` and `npm publish` build through the `prepare` script: what they ship is the production build
// (minified, no source maps), whatever `npm ci` or `npm run build` left in dist/ before.
const production = process.argv.includes('--production') || ['pack', 'publish'].includes(process.env.npm_command ?? '');
const watch = process.argv.includes('--watch');

const require = createRequire(import.meta.url);

// web-tree-sitter's CommonJS build: its ES module build locates itself through import.meta.url, which a CommonJS
// bundle does not have.
const webTreeSitterCjs = {
  name: 'web-tree-sitter-cjs',
  setup(build) {
    build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: require.resolve('web-tree-sitter') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // Prefer ES module builds: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot.
  mainFields: ['module', 'main'],
  plugins: [webTreeSitterCjs],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

// The PowerShell grammar's WebAssembly (web-tree-sitter's runtime and tree-sitter-powershell's grammar) sits next
// to the bundles, where server/src/io/powershellGrammar.ts reads it.
mkdirSync('dist', { recursive: true });
for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-powershell/tree-sitter-powershell.wasm']) {
  copyFileSync(require.resolve(wasm), `dist/${wasm.split('/')[1]}`);
}

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
