// Desktop end-to-end test: downloads VS Code (or uses $VSCODE_EXECUTABLE_PATH
// or a copy cached in .vscode-test/), starts it with this repository as the
// extension under development on a copy of test/e2e/workspace/, and runs
// suite/extension.test.ts inside its extension host.
//
//   npm run test:desktop                       # latest stable VS Code
//   VSCODE_VERSION=1.100.3 npm run test:desktop
//   VSCODE_EXECUTABLE_PATH=/usr/share/code/code npm run test:desktop
//
// It needs a machine that can reach update.code.visualstudio.com (or a cached
// or local VS Code) and, on Linux without a display, xvfb-run. On machines
// without either, use `npm run test:e2e` (code-server + Chromium) instead.

import * as dns from 'node:dns/promises';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'e2e', 'workspace');
const CACHE = path.join(ROOT, '.vscode-test');
const UPDATE_HOST = 'update.code.visualstudio.com';

function fail(msg: string): never {
  console.error(`[test:desktop] ${msg}`);
  process.exit(1);
}

async function canDownload(): Promise<boolean> {
  const timeout = new Promise<false>((r) => setTimeout(() => r(false), 5000).unref());
  const lookup = dns.lookup(UPDATE_HOST).then(
    () => true,
    () => false,
  );
  return Promise.race([lookup, timeout]);
}

async function main() {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  const cached = fs.existsSync(CACHE) && fs.readdirSync(CACHE).some((n) => n.startsWith('vscode-'));
  if (!executable && !cached && !(await canDownload())) {
    fail(
      `cannot reach ${UPDATE_HOST} to download VS Code, and no VS Code is cached in .vscode-test/ ` +
        `or given with VSCODE_EXECUTABLE_PATH. This suite needs a machine that can download VS Code; ` +
        `offline, run \`npm run test:e2e\` (code-server + Chromium) instead.`,
    );
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('[test:desktop] no DISPLAY: VS Code (Electron) will probably fail to start; run under `xvfb-run -a npm run test:desktop`.');
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'et-desktop-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(FIXTURE, workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(tmp, 'user-data'),
      ],
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/.test(msg)) {
      fail(`could not download VS Code (${msg}). Run this suite where VS Code can be downloaded, or use \`npm run test:e2e\`.`);
    }
    fail(`the desktop tests failed: ${msg}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
