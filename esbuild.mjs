// Bundles the three front ends (VS Code client, language server, CLI), the engine the server and the CLI share, and
// web-tree-sitter, which the engine loads the first time it reads a PowerShell script.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

// `npm pack` and `npm publish` build through the `prepare` script: what they ship is the production build
// (minified, no source maps), whatever `npm ci` or `npm run build` left in dist/ before.
const production = process.argv.includes('--production') || ['pack', 'publish'].includes(process.env.npm_command ?? '');
const watch = process.argv.includes('--watch');

const require = createRequire(import.meta.url);

// The engine (server/src/service/index.ts, through which the front ends reach it) is dist/engine.js, which the server
// and the CLI require at run time rather than contain: a process compiles two smaller scripts instead of one large
// one (V8's parse of a script takes memory in proportion to its size, and the C heap keeps much of it after the main
// script's), and the npm package ships the engine once.
const SERVICE = resolve('server/src/service');
const ENGINE_PATHS = new Set([SERVICE, join(SERVICE, 'index'), join(SERVICE, 'index.ts')]);
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /service([\\/]index(\.ts)?)?$/ }, (args) =>
      ENGINE_PATHS.has(resolve(args.resolveDir, args.path)) ? { path: './engine.js', external: true } : undefined,
    );
  },
};

// web-tree-sitter (its CommonJS build: the ES module build locates itself through import.meta.url, which a CommonJS
// bundle does not have) is dist/web-tree-sitter.js. The engine gets a stand-in whose exports load it on first use:
// most sessions read no script, and the 180 KB runtime is then never parsed.
const WEB_TREE_SITTER = require.resolve('web-tree-sitter');
const webTreeSitterOnFirstUse = {
  name: 'web-tree-sitter-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: 'web-tree-sitter', namespace: 'on-first-use' }));
    build.onResolve({ filter: /^\.\/web-tree-sitter\.js$/, namespace: 'on-first-use' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, () => {
      const names = Object.keys(require(WEB_TREE_SITTER)).filter((n) => n !== 'default');
      const getters = names.map((n) => `get ${n}() { return load().${n}; }`).join(',\n  ');
      return {
        contents: `let loaded;\nconst load = () => (loaded ??= require('./web-tree-sitter.js'));\nmodule.exports = {\n  ${getters}\n};\n`,
        loader: 'js',
      };
    });
  },
};

// JSON data (the cmdlet catalogue) as JSON.parse of a string: V8 parses a string literal and JSON far more cheaply
// than the same data as an object literal, in time and in memory.
const jsonParsed = {
  name: 'json-parsed',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]service[\\/].*\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
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
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [engineApart] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [engineApart] },
  { entryPoints: ['server/src/service/index.ts'], outfile: 'dist/engine.js', plugins: [webTreeSitterOnFirstUse, jsonParsed] },
  { entryPoints: [WEB_TREE_SITTER], outfile: 'dist/web-tree-sitter.js' },
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
