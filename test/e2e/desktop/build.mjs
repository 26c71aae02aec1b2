// Builds the extension (dist/) and bundles the desktop test suite to
// out/e2e-desktop/ for `npm run test:desktop` (test/e2e/desktop/runTest.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const outdir = path.join(root, 'out', 'e2e-desktop');

const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    runTest: 'test/e2e/desktop/runTest.ts',
    'suite/index': 'test/e2e/desktop/suite/index.ts',
    'suite/extension.test': 'test/e2e/desktop/suite/extension.test.ts',
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // vscode is provided by the extension host; the rest is loaded from node_modules.
  external: ['vscode', 'mocha', '@vscode/test-electron'],
});
