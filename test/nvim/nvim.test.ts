// Neovim as a second, real LSP client: proves the language server works over stdio outside VS Code
// (issue #2). Headless Neovim runs test/nvim/lsp-client.lua, which starts `node dist/server.js --stdio`,
// opens the fixtures, attaches them to the client explicitly, waits for the pushed diagnostics (Neovim
// 0.7 has no pull diagnostics, so this also covers the server's push path), asks for hovers and
// writes what it got as JSON; the assertions are here.
//
//   npm run build && npm run test:nvim        (needs Neovim >= 0.7: apt-get install -y neovim)
//   NVIM_TEST_TIMEOUT_MS   timeout of the whole Neovim run (default 20000)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLIENT_LUA = path.join(__dirname, 'lsp-client.lua');
const FIXTURES = path.join(__dirname, 'fixtures');
const SUBSCRIPTION = path.join(FIXTURES, 'edgesubscription-expired-cert.xml');
const POM = path.join(FIXTURES, 'pom.xml');
const RUN_TIMEOUT_MS = Number(process.env.NVIM_TEST_TIMEOUT_MS) || 20_000;
const WAIT_TIMEOUT_MS = Math.max(1000, Math.floor(RUN_TIMEOUT_MS / 2));

const THUMBPRINT = '7B71D4784433C7D9DDFC5DBF8BFD81DFC14FFBE1';
const PASSWORD_PARTS = ['uvvhN8ob4W8=x9TX>mvL', 'uvvhN8ob4W8=x9TX&gt;mvL', 'uvvhN8ob4W8', 'x9TX'];

interface Position {
  line: number;
  character: number;
}
interface NvimDiagnostic {
  code: string | null;
  source: string | null;
  severity: number;
  message: string;
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
}
interface NvimHover extends Position {
  text: string | null;
  error: string | null;
  range?: { start: Position; end: Position };
}
interface NvimFile {
  path: string;
  uri: string;
  published: boolean;
  diagnostics: NvimDiagnostic[];
  hovers: NvimHover[];
}
interface NvimResult {
  files: NvimFile[];
  log: { type: number; message: string; show?: boolean }[];
  exit: { code: number; signal: number } | null;
  capabilities?: Record<string, unknown>;
  error?: string;
}

/** 0-based line of the first line containing `needle`, and the column just after it. */
function locate(file: string, needle: string): Position {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(needle));
  assert.notEqual(line, -1, `${needle} not found in ${file}`);
  return { line, character: lines[line].indexOf(needle) + needle.length };
}

const certValue = locate(SUBSCRIPTION, '<EdgeCertificateBlob>');
const passwordValue = locate(SUBSCRIPTION, '<ESRAPassword>');
const effectiveDate = locate(SUBSCRIPTION, '<EffectiveDate>');
const pomPassword = locate(POM, '<password>');

function runNvim(spec: unknown, dir: string): Promise<{ code: number | null; signal: string | null; output: string; timedOut: boolean }> {
  const specFile = path.join(dir, 'spec.json');
  fs.writeFileSync(specFile, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '--noplugin', '-c', `luafile ${CLIENT_LUA}`], {
      cwd: dir,
      env: { ...process.env, NVIM_LSP_SPEC: specFile, NVIM_LOG_FILE: path.join(dir, 'nvim.log'), XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => {
      output += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      output += b.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, timedOut });
    });
  });
}

describe('language server in headless Neovim (stdio, push diagnostics)', () => {
  let dir: string;
  let result: NvimResult;
  let subscription: NvimFile;
  let pom: NvimFile;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), `${path.relative(ROOT, SERVER)} is missing: run \`npm run build\` first (npm test does).`);
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(
      !version.error && version.status === 0,
      `Neovim is not installed (nvim --version: ${version.error?.message ?? version.stderr}); install it: apt-get install -y neovim`,
    );

    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-transport-nvim-'));
    const out = path.join(dir, 'result.json');
    const run = await runNvim(
      {
        cmd: [process.execPath, SERVER, '--stdio'],
        root: FIXTURES,
        out,
        timeout: WAIT_TIMEOUT_MS,
        files: [
          {
            path: SUBSCRIPTION,
            hovers: [
              { ...certValue, character: certValue.character + 10 },
              { ...passwordValue, character: passwordValue.character + 2 },
            ],
          },
          { path: POM, hovers: [{ ...pomPassword, character: pomPassword.character + 2 }] },
        ],
      },
      dir,
    );
    const context = `nvim exit ${run.code ?? run.signal}; output:\n${run.output}`;
    assert.ok(!run.timedOut, `Neovim did not finish within ${RUN_TIMEOUT_MS} ms (hang?); ${context}`);
    assert.ok(fs.existsSync(out), `Neovim wrote no result; ${context}`);
    result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
    assert.equal(result.error, undefined, `lsp-client.lua failed: ${result.error}`);
    assert.equal(run.code, 0, context);
    [subscription, pom] = result.files;
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('initializes over stdio in push mode and shuts down cleanly', () => {
    assert.equal(result.capabilities?.hoverProvider, true);
    assert.equal(result.capabilities?.diagnosticProvider, undefined, 'Neovim 0.7 has no pull diagnostics: the server must push');
    assert.deepEqual(result.exit, { code: 0, signal: 0 }, 'server process after shutdown/exit');
    const errors = result.log.filter((m) => m.type === 1);
    assert.deepEqual(errors, [], 'the server logged errors');
  });

  it('publishes the certificate and subscription diagnostics on the right lines', () => {
    assert.ok(subscription.published, 'no textDocument/publishDiagnostics for the EdgeSubscription file');
    const diags = subscription.diagnostics;
    for (const d of diags) assert.equal(d.source, 'exchange-transport', `source of ${d.code}`);
    const codes = diags.map((d) => d.code);
    for (const code of ['certificate-expired', 'certificate-weak-key', 'certificate-weak-signature', 'subscription-expired']) {
      assert.ok(codes.includes(code), `missing ${code}; got ${codes.join(', ')}`);
    }
    assert.equal(certValue.line, 4);
    assert.equal(effectiveDate.line, 7);
    for (const code of ['certificate-expired', 'certificate-weak-key', 'certificate-weak-signature']) {
      const d = diags.find((x) => x.code === code)!;
      assert.equal(d.lnum, certValue.line, `${code} line`);
      assert.equal(d.col, certValue.character, `${code} starts at the certificate value`);
      // Named by subject (the thumbprint is in the hover, not the message).
      assert.match(d.message, /CN=EDGE02/, `${code} message names the certificate`);
    }
    const expired = diags.find((x) => x.code === 'subscription-expired')!;
    assert.equal(expired.lnum, effectiveDate.line, 'subscription-expired line');
    assert.equal(expired.severity, 1, 'subscription-expired is an error');
  });

  it('shows the decoded certificate on hover over the EdgeCertificateBlob value', () => {
    const hover = subscription.hovers[0];
    assert.equal(hover.error, null);
    assert.ok(hover.text, 'no hover on the EdgeCertificateBlob value');
    assert.match(hover.text, /CN=EDGE02/);
    assert.match(hover.text, new RegExp(THUMBPRINT));
    assert.deepEqual(hover.range?.start, certValue, 'hover range starts at the value');
  });

  it('never shows the ESRA password, in hover or diagnostics', () => {
    const hover = subscription.hovers[1];
    assert.equal(hover.error, null);
    assert.ok(hover.text, 'no hover on the ESRAPassword value');
    assert.match(hover.text, /ESRAPassword/);
    assert.match(hover.text, /hidden/);
    const everything = [hover.text, ...subscription.diagnostics.map((d) => d.message)].join('\n');
    for (const secret of PASSWORD_PARTS) assert.ok(!everything.includes(secret), `the password (${secret}) is shown`);
  });

  it('leaves other XML (a Maven pom) alone: no diagnostics, no hover', () => {
    assert.ok(pom.published, 'no textDocument/publishDiagnostics for pom.xml (zero diagnostics would be meaningless)');
    assert.deepEqual(pom.diagnostics, []);
    assert.equal(pom.hovers[0].error, null);
    assert.equal(pom.hovers[0].text, null);
  });
});
