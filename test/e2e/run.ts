// End-to-end test of the extension in a real VS Code workbench:
// code-server (VS Code 1.100 server + web workbench) driven by Debian's
// Chromium through playwright-core. Run it with `npm run test:e2e`, which first
// runs test/e2e/setup.sh (Debian packages, code-server into .e2e/cs).
//
//   node --import tsx test/e2e/run.ts [options]
//     --only <id>[,<id>]   run only these scenarios and workflows (see scenarios.ts, workflows.ts)
//     --extension <path>   install this .vsix or extension folder instead of
//                          packaging the repository (negative controls, stubs)
//     --skip-package       reuse exchange-transport.vsix from a previous run
//     --update-docs        copy each scenario's final screenshot to its docsImage
//     --keep               keep the temporary folder (profiles, logs, workspace)
//   E2E_TIMEOUT_MS         timeout of each wait (default 30000)
//
// Screenshots, logs and the browser console go to test-results/e2e/.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { scenarios, type Scenario } from './scenarios';
import { after as workflowsAfter, before as workflowsBefore, type Workbench, type Workflow } from './workflows';

const ROOT = path.resolve(__dirname, '..', '..');
const CODE_SERVER = path.join(ROOT, '.e2e', 'cs', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = path.join(ROOT, 'test-results', 'e2e');
const FIXTURE = path.join(__dirname, 'workspace');
const VSIX = path.join(ROOT, 'exchange-transport.vsix');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);
const GLOBAL_TIMEOUT = Number(process.env.E2E_GLOBAL_TIMEOUT_MS ?? 300_000);

// ---------------------------------------------------------------- options

interface Options {
  only?: string[];
  extension?: string;
  skipPackage: boolean;
  updateDocs: boolean;
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { skipPackage: false, updateDocs: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') o.only = value().split(',');
    else if (a === '--extension') o.extension = path.resolve(value());
    else if (a === '--skip-package') o.skipPackage = true;
    else if (a === '--update-docs') o.updateDocs = true;
    else if (a === '--keep') o.keep = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------- logging

const t0 = Date.now();
const secs = (ms: number) => (ms / 1000).toFixed(1) + ' s';
function log(msg: string) {
  console.log(`[e2e ${secs(Date.now() - t0).padStart(7)}] ${msg}`);
}
async function phase<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const start = Date.now();
  const r = await fn();
  log(`${name} (${secs(Date.now() - start)})`);
  return r;
}

class AssertionFailed extends Error {}

/** Waits until `check` returns a truthy value, polling; fails with `what` after the timeout. */
async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeout = TIMEOUT): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new AssertionFailed(`timed out after ${timeout} ms waiting for ${what}` + (last ? ` (last error: ${last})` : ''));
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitVisible(what: string, locator: Locator, timeout = TIMEOUT) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new AssertionFailed(`timed out after ${timeout} ms waiting for ${what}`);
  }
}

// ---------------------------------------------------------------- processes

let interrupted: string | undefined;
const cleanups: Array<() => void | Promise<void>> = [];
let cleaningUp: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        console.error(`[e2e] cleanup: ${e}`);
      }
    }
  })();
  return cleaningUp;
}

// Last resort when the process exits without cleanup() (an exception, process.exit):
// synchronous steps only, run in reverse order of registration.
const exitCleanups: Array<() => void> = [];
process.on('exit', () => {
  for (const fn of exitCleanups.reverse()) {
    try {
      fn();
    } catch {
      /* best effort */
    }
  }
});

/** Kills a detached child's whole process group (code-server forks its server and extension host). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, 'SIGKILL'); // leftovers of the group, if any
    return;
  }
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  killGroup(child, 'SIGKILL');
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}) {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: opts.timeout ?? 180_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  return { ok: r.status === 0, status: r.status, output, error: r.error };
}

const tail = (s: string, n = 30) => s.trimEnd().split('\n').slice(-n).join('\n');

// ---------------------------------------------------------------- extension

interface Packaged {
  kind: 'vsix' | 'dir';
  path: string;
}

function readManifest(dir: string): { publisher: string; name: string; version: string } {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

function packageExtension(opts: Options, tmp: string): Packaged {
  if (opts.extension) {
    const kind = fs.statSync(opts.extension).isDirectory() ? 'dir' : 'vsix';
    return { kind, path: opts.extension };
  }
  if (opts.skipPackage && fs.existsSync(VSIX)) return { kind: 'vsix', path: VSIX };
  fs.rmSync(VSIX, { force: true });
  const r = run('npm', ['run', 'package'], { timeout: 300_000 });
  if (r.ok && fs.existsSync(VSIX)) return { kind: 'vsix', path: VSIX };

  // Fallback: the folder VS Code would unpack from the .vsix.
  console.warn(`[e2e] WARNING: \`npm run package\` failed (exit ${r.status}); testing a copy of the built folder instead.`);
  console.warn(tail(r.output).replace(/^/gm, '    | '));
  if (process.env.E2E_STRICT_PACKAGE === '1') throw new AssertionFailed('`npm run package` failed (E2E_STRICT_PACKAGE=1)');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client.js'))) {
    const b = run('npm', ['run', 'build']);
    if (!b.ok) throw new AssertionFailed(`\`npm run build\` failed:\n${tail(b.output)}`);
  }
  const dir = path.join(tmp, 'extension-folder');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'language-configuration-format-list.json',
    'dist',
    'syntaxes',
    'snippets',
    'schemas',
    'docs',
  ]) {
    const src = path.join(ROOT, f);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(dir, f), { recursive: true });
  }
  return { kind: 'dir', path: dir };
}

function installExtension(ext: Packaged, env: NodeJS.ProcessEnv, extensionsDir: string, userDataDir: string) {
  if (ext.kind === 'vsix') {
    const r = run(CODE_SERVER, ['--install-extension', ext.path, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], { env, timeout: 120_000 });
    if (!r.ok) throw new AssertionFailed(`code-server --install-extension failed:\n${tail(r.output)}`);
  } else {
    const m = readManifest(ext.path);
    fs.cpSync(ext.path, path.join(extensionsDir, `${m.publisher}.${m.name}-${m.version}`), { recursive: true });
  }
  const installed = fs.readdirSync(extensionsDir).filter((n) => fs.existsSync(path.join(extensionsDir, n, 'package.json')));
  if (!installed.length) throw new AssertionFailed(`no extension ended up in ${extensionsDir}`);
  return installed;
}

// ---------------------------------------------------------------- scenario checks

/** `*` and `?` globs as VS Code's filenamePatterns use them, on the base name, case-insensitive. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?/g, '(?:.*/)?')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`, 'i');
}

interface LanguageContribution {
  id: string;
  extensions?: string[];
  filenames?: string[];
  filenamePatterns?: string[];
}

/** Line (0-based) of the fixture that `sc.reveal` matches. */
function revealLine(sc: Scenario): number | undefined {
  if (!sc.reveal) return undefined;
  const lines = fs.readFileSync(path.join(FIXTURE, sc.file), 'utf8').split(/\r?\n/);
  const i = lines.findIndex((l) => sc.reveal!.test(l));
  if (i < 0) throw new Error(`scenario ${sc.id}: no line of workspace/${sc.file} matches reveal ${sc.reveal}`);
  return i;
}

/** Mistakes in scenarios.ts or the fixtures, found before anything starts. */
function checkScenarios(selected: Scenario[]) {
  const languages: LanguageContribution[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes?.languages ?? [];
  for (const sc of selected) {
    if (!fs.existsSync(path.join(FIXTURE, sc.file))) throw new Error(`scenario ${sc.id}: workspace/${sc.file} is missing`);
    revealLine(sc);
    if (!sc.detectedByContent) continue;
    const base = path.basename(sc.file);
    for (const l of languages) {
      const claims =
        (l.filenamePatterns ?? []).find((g) => globToRegExp(g).test(base) || globToRegExp(g).test(sc.file)) ??
        (l.extensions ?? []).find((e) => base.toLowerCase().endsWith(e.toLowerCase())) ??
        (l.filenames ?? []).find((n) => n.toLowerCase() === base.toLowerCase());
      if (claims) {
        throw new Error(
          `scenario ${sc.id}: "${sc.file}" must prove content-based detection, but language ${l.id} claims it by its name ("${claims}" in package.json)`,
        );
      }
    }
  }
}

// ---------------------------------------------------------------- code-server

interface Server {
  url: string;
  child: ChildProcess;
  logFile: string;
}

async function startCodeServer(env: NodeJS.ProcessEnv, dirs: Dirs): Promise<Server> {
  const logFile = path.join(dirs.tmp, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    CODE_SERVER,
    [
      '--bind-addr',
      '127.0.0.1:0', // the kernel picks a free port; code-server prints it
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      dirs.userData,
      '--extensions-dir',
      dirs.extensions,
      dirs.workspace,
    ],
    { cwd: dirs.tmp, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  cleanups.push(() => stopGroup(child));
  exitCleanups.push(() => killGroup(child, 'SIGKILL'));

  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AssertionFailed(`code-server did not start listening within ${TIMEOUT} ms:\n${tail(output)}`)), TIMEOUT);
    const onData = (b: Buffer) => {
      fs.writeSync(out, b);
      output += b.toString();
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, sig) => {
      clearTimeout(timer);
      reject(new AssertionFailed(`code-server exited early (${code ?? sig}):\n${tail(output)}`));
    });
  });
  return { url, child, logFile };
}

// ---------------------------------------------------------------- workbench

interface Dirs {
  tmp: string;
  home: string;
  userData: string;
  extensions: string;
  workspace: string;
}

function makeDirs(): Dirs {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'et-e2e-'));
  const d: Dirs = {
    tmp,
    home: path.join(tmp, 'home'),
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    workspace: path.join(tmp, 'workspace'),
  };
  for (const p of [d.home, d.extensions, path.join(d.userData, 'User')]) fs.mkdirSync(p, { recursive: true });
  fs.cpSync(FIXTURE, d.workspace, { recursive: true });
  // A quiet, deterministic workbench: no trust prompt, welcome page, tips, minimap, git.
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'window.restoreWindows': 'none',
  };
  fs.writeFileSync(path.join(d.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return d;
}

function serverEnv(d: Dirs): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Nothing of an enclosing VS Code / npm run may leak into the server.
    if (/^(VSCODE_|ELECTRON_|npm_|NODE_OPTIONS$)/.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    HOME: d.home,
    XDG_CONFIG_HOME: path.join(d.home, '.config'),
    XDG_DATA_HOME: path.join(d.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(d.home, '.cache'),
    XDG_STATE_HOME: path.join(d.home, '.local', 'state'),
    EXTENSIONS_GALLERY: '{}',
  };
}

function isLoopback(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:') return false; // never routed anyway
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

async function launchBrowser(): Promise<{ browser: Browser; page: Page; blocked: Set<string>; consoleLines: string[] }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    timeout: TIMEOUT,
    // Our own SIGINT/SIGTERM handler stops everything in order (Playwright's would exit
    // first and leave the temporary folder behind); Playwright still kills Chromium on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => browser.close());
  // Service workers allowed: webviews (the trust map) load their document through one.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'allow' });
  const blocked = new Set<string>();
  await context.route(
    (url) => !isLoopback(url),
    (route) => {
      blocked.add(new URL(route.request().url()).origin);
      return route.abort();
    },
  );
  const page = await context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) consoleLines.push(`[http ${r.status()}] ${r.url()}`);
  });
  return { browser, page, blocked, consoleLines };
}

async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

// ---------------------------------------------------------------- scenario steps

const EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

async function openFile(page: Page, file: string) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: file }) });
  await waitVisible(`"${file}" in the Explorer`, row);
  await row.first().click();
  await waitVisible(`an editor tab for "${file}"`, page.locator('.tabs-container .tab.active').filter({ hasText: file }));
}

async function expectLanguageMode(page: Page, mode: string) {
  const item = page.locator('[id="status.editor.mode"]');
  try {
    await until(`the status bar language mode to read "${mode}"`, async () => (await item.textContent())?.trim() === mode);
  } catch (e) {
    const shown = (await item.textContent().catch(() => null))?.trim();
    throw new AssertionFailed(`${(e as Error).message}; it reads ${shown ? `"${shown}"` : '(no language mode item)'}`);
  }
}

/** Go to Line (Ctrl+G) in the active editor; the line ends up in the middle of the editor. */
async function goToLine(page: Page, line: number) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.keyboard.press('Control+g');
  await waitVisible('the Go to Line box (Ctrl+G)', input);
  await input.fill(`:${line + 1}`);
  // The picker's only row reads "Go to line N." once it has taken the number.
  await until(`Go to Line to offer line ${line + 1}`, async () =>
    new RegExp(`\\b${line + 1}\\b`).test((await page.locator('.quick-input-widget .quick-input-list').textContent()) ?? ''),
  );
  await page.keyboard.press('Enter');
  try {
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  } catch {
    throw new AssertionFailed(`timed out after ${TIMEOUT} ms waiting for the Go to Line box to close`);
  }
}

/** The rendered editor line whose text matches `re` (spaces are U+00A0 there). */
function editorLine(page: Page, re: RegExp): Locator {
  return page.locator(`${EDITOR} .view-lines .view-line`).filter({ hasText: re });
}

async function showProblems(page: Page) {
  const panel = page.locator('.markers-panel');
  if (await panel.isVisible()) return;
  // The status-bar problems item toggles the Problems panel.
  await page.locator('[id="status.problems"]').click();
  await waitVisible('the Problems panel', panel);
}

/**
 * For the screenshot only: moves the mouse onto the hover widget (which keeps
 * it open) and scrolls it so that `part` is at its top.
 */
async function scrollHoverTo(page: Page, widget: Locator, part: Locator) {
  const wb = await widget.boundingBox();
  const pb = await part.boundingBox();
  if (!wb || !pb || pb.y <= wb.y + 4) return;
  // Already wholly shown: then the hover has nothing to scroll, and the wheel
  // would scroll the editor underneath, which closes the hover.
  if (pb.y + pb.height <= wb.y + wb.height + 1) return;
  await page.mouse.move(wb.x + wb.width / 2, wb.y + 8, { steps: 4 });
  let lastY = pb.y;
  let stuck = 0;
  await until(
    'the hover to scroll',
    async () => {
      await page.mouse.wheel(0, 120);
      const now = await part.boundingBox({ timeout: 1000 });
      if (!now) return false;
      stuck = now.y === lastY ? stuck + 1 : 0;
      lastY = now.y;
      return now.y <= wb.y + 30 || stuck >= 3;
    },
    5000,
  ).catch(() => undefined);
}

async function runScenario(page: Page, sc: Scenario): Promise<string[]> {
  const shots: string[] = [];
  await openFile(page, sc.file);
  await waitVisible(`the editor to show "${sc.editorText}"`, page.locator(`${EDITOR} .view-lines`).filter({ hasText: sc.editorText }));
  log(`${sc.id}: opened ${sc.file}`);
  if (sc.languageMode) {
    await expectLanguageMode(page, sc.languageMode);
    log(`${sc.id}: status bar language mode is "${sc.languageMode}"${sc.detectedByContent ? ' (detected by content)' : ''}`);
  }

  const squiggles = page.locator(`${EDITOR} .squiggly-${sc.squiggle}`);
  const squiggleWhat = `${/^[aeiou]/.test(sc.squiggle) ? 'an' : 'a'} ${sc.squiggle} squiggle (.squiggly-${sc.squiggle})`;
  const line = revealLine(sc);
  if (line === undefined) {
    await waitVisible(`${squiggleWhat} in the editor`, squiggles);
    log(`${sc.id}: .squiggly-${sc.squiggle} shown`);
  } else {
    await goToLine(page, line);
    const target = editorLine(page, sc.reveal!);
    try {
      await waitVisible(`line ${line + 1} (${sc.reveal}) in view`, target);
    } catch (e) {
      const shown = await page.locator(`${EDITOR} .view-lines .view-line`).allTextContents();
      throw new AssertionFailed(`${(e as Error).message}; rendered lines:\n${shown.map((t) => `    | ${JSON.stringify(t)}`).join('\n') || '    | (none)'}`);
    }
    // Squiggles live in .view-overlays, apart from the text: match them by height.
    await until(`${squiggleWhat} on line ${line + 1}`, async () => {
      const lb = await target.first().boundingBox({ timeout: 1000 });
      if (!lb) return false;
      for (const b of await Promise.all((await squiggles.all()).map((l) => l.boundingBox({ timeout: 1000 }).catch(() => null)))) {
        if (b && b.y < lb.y + lb.height && b.y + b.height > lb.y) return true;
      }
      return false;
    });
    log(`${sc.id}: .squiggly-${sc.squiggle} shown on line ${line + 1}`);
  }
  shots.push(await screenshot(page, `${sc.id}-1-squiggle`));

  await showProblems(page);
  for (const p of sc.problems) {
    const rows = page.locator('.markers-panel .monaco-list-row');
    try {
      await waitVisible(`a Problems row containing "${p}"`, rows.filter({ hasText: p }));
    } catch (e) {
      const texts = (await rows.allTextContents()).map((t) => `    | ${t}`).join('\n');
      throw new AssertionFailed(`${(e as Error).message}; Problems rows:\n${texts || '    | (none)'}`);
    }
    log(`${sc.id}: Problems panel lists ${p}`);
  }
  shots.push(await screenshot(page, `${sc.id}-2-problems`));

  if (sc.hover) {
    const h = sc.hover;
    const lines = h.line ? editorLine(page, h.line) : page.locator(`${EDITOR} .view-line`);
    const token = lines.locator('span span').filter({ hasText: h.anchor }).first();
    await waitVisible(`the token "${h.anchor}…" in the editor${h.line ? ` on a line matching ${h.line}` : ''}`, token);
    const box = await token.boundingBox();
    if (!box) throw new AssertionFailed(`token "${h.anchor}" has no bounding box`);
    const x = box.x + Math.min(40, box.width / 2);
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 5, y);
    await page.mouse.move(x, y, { steps: 3 });
    const widget = page.locator('.monaco-editor .monaco-hover').filter({ visible: true });
    const parts = widget.locator('.markdown-hover');
    let text = '';
    try {
      await until('the hover widget to match ' + h.expect.join(' and '), async () => {
        text = (await parts.allTextContents()).join('\n');
        return h.expect.every((re) => re.test(text));
      });
    } catch (e) {
      const all = (await widget.allTextContents()).join('\n').trim();
      throw new AssertionFailed(
        `${(e as Error).message}; hover provider text was:\n${text.trim() ? text.trim().replace(/^/gm, '    | ') : '    | (none)'}` +
          `\nwhole hover widget:\n${all ? all.replace(/^/gm, '    | ') : '    | (no hover widget)'}`,
      );
    }
    log(`${sc.id}: hover shows ${h.expect.join(', ')}`);
    await scrollHoverTo(page, widget.first(), parts.first());
    shots.push(await screenshot(page, `${sc.id}-3-hover`));
  }

  // Leave the workbench as it was for the next scenario.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  return shots;
}

function copyToDocs(id: string, docsImage: string | undefined, shots: string[], opts: Options, from?: string) {
  if (!opts.updateDocs || !docsImage || shots.length === 0) return;
  const dest = path.join(ROOT, docsImage);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.copyFileSync((from && shots.find((s) => path.basename(s) === `${from}.png`)) || shots[shots.length - 1], dest);
  log(`${id}: copied screenshot to ${docsImage}`);
}

// ---------------------------------------------------------------- workflows

function workbench(page: Page, workspace: string): Workbench {
  const panel = page.locator('.part.panel');
  const wb: Workbench = {
    page,
    workspace,
    log,
    fail(msg: string): never {
      throw new AssertionFailed(msg);
    },
    until,
    waitVisible,
    screenshot: (name) => screenshot(page, name),
    openFile: (file) => openFile(page, file),
    async runCommand(title) {
      const input = page.locator('.quick-input-widget .quick-input-box input');
      const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: title });
      // Right after start the extension's commands may not be registered yet: open the palette again until listed.
      await until(`"${title}" in the Command Palette`, async () => {
        await page.keyboard.press('F1');
        await waitVisible('the Command Palette (F1)', input);
        await input.fill(`>${title}`);
        const listed = await row
          .first()
          .waitFor({ state: 'visible', timeout: 3000 })
          .then(() => true)
          .catch(() => false);
        if (!listed) await page.keyboard.press('Escape');
        return listed;
      });
      await row.first().click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
    },
    showProblems: () => showProblems(page),
    async problemRows(filter, ready, what) {
      await showProblems(page);
      const box = panel.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
      await waitVisible('the Problems filter box', box);
      if ((await box.inputValue()) !== filter) await box.fill(filter);
      let rows: string[] = [];
      try {
        return await until(`${what} (Problems filtered by "${filter}")`, async () => {
          rows = (await panel.locator('.markers-panel .monaco-list-row').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
          return ready(rows) && rows;
        });
      } catch (e) {
        throw new AssertionFailed(`${(e as Error).message}; rows:\n${rows.map((r) => `    | ${r}`).join('\n') || '    | (none)'}`);
      }
    },
    async problemCounts() {
      // The status bar item: a codicon per severity, each followed by its count.
      // (No named functions inside evaluate: the bundler's __name helper does not exist in the page.)
      const [errors, warnings, infos] = await page.locator('[id="status.problems"]').evaluate((el) =>
        ['error', 'warning', 'info'].map((kind) => {
          const icon = el.querySelector(`.codicon-${kind}`);
          const m = /\d+/.exec(icon?.nextSibling?.textContent ?? '');
          return m ? Number(m[0]) : 0;
        }),
      );
      return { errors, warnings, infos };
    },
    async notification(re) {
      const toasts = page.locator('.notifications-toasts .notification-list-item-message');
      return until(`a notification matching ${re}`, async () => (await toasts.allTextContents()).find((t) => re.test(t)));
    },
    editorLine: (re) => editorLine(page, re),
    goToLine: (line) => goToLine(page, line),
    squiggles: (kind) => page.locator(`${EDITOR} .squiggly-${kind}`),
    async quickFixes() {
      // The server may still be validating the file: ask again until the menu has actions.
      const rows = page.locator('.action-widget .monaco-list-row');
      await until('the quick fix menu (Ctrl+.)', async () => {
        await page.keyboard.press('Control+.');
        const shown = await rows
          .first()
          .waitFor({ state: 'visible', timeout: 3000 })
          .then(() => true)
          .catch(() => false);
        if (!shown) await page.keyboard.press('Escape');
        return shown;
      });
      return rows;
    },
    async chooseQuickFix(title) {
      const focused = page.locator('.action-widget .monaco-list-row.focused');
      await until(`"${title}" to be selected in the quick fix menu`, async () => {
        if (((await focused.textContent({ timeout: 1000 })) ?? '').includes(title)) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      });
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
    },
  };
  return wb;
}

// ---------------------------------------------------------------- diagnostics on failure

function findFiles(dir: string, re: RegExp, acc: string[] = []): string[] {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, re, acc);
    else if (re.test(p)) acc.push(p);
  }
  return acc;
}

function collectLogs(d: Dirs, server: Server | undefined, consoleLines: string[], failed: boolean) {
  const dest = path.join(RESULTS, 'logs');
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  if (server) fs.copyFileSync(server.logFile, path.join(dest, 'code-server.log'));
  const vsLogs = path.join(d.userData, 'logs');
  if (fs.existsSync(vsLogs)) fs.cpSync(vsLogs, path.join(dest, 'vscode'), { recursive: true });
  fs.writeFileSync(path.join(dest, 'browser-console.log'), consoleLines.join('\n') + '\n');
  if (!failed) return;

  const show = (title: string, file: string, n = 40) => {
    const text = fs.readFileSync(file, 'utf8');
    console.error(`--- ${title} (${path.relative(ROOT, file)}), last ${n} lines:`);
    console.error(tail(text, n) || '(empty)');
  };
  for (const f of findFiles(path.join(dest, 'vscode'), /exthost\d*[/\\]remoteexthost\.log$/)) {
    show('extension host log', f);
    const text = fs.readFileSync(f, 'utf8');
    if (!/_doActivateExtension exchange-transport\./.test(text)) {
      console.error('--- HINT: the extension host never activated exchange-transport (activationEvents? language id of the file?)');
    }
  }
  // Output channels of this extension (the language client's, with the server's stderr).
  for (const f of findFiles(
    path.join(dest, 'vscode'),
    /exthost\d*[/\\](exchange-transport\.exchange-transport[/\\]|output_logging_[^/\\]*[/\\].*exchange)[^/\\]*\.log$/i,
  ))
    show('output channel', f);
  // "Failed to load resource" lines carry no URL: the [http NNN] lines do. vsda (VS Code's
  // closed-source signing module) is never shipped by code-server: its 404s are expected.
  const errors = consoleLines.filter((l) => /^\[(error|pageerror|http \d+)\]/.test(l) && !/Failed to load resource|\/vsda/.test(l));
  if (errors.length) {
    console.error(`--- browser console errors (last 15 of ${errors.length}):`);
    console.error(errors.slice(-15).join('\n'));
  }
  console.error(`--- all logs: ${path.relative(ROOT, dest)}/`);
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const all: (Scenario | Workflow)[] = [...workflowsBefore, ...scenarios, ...workflowsAfter];
  const selected = opts.only ? all.filter((s) => opts.only!.includes(s.id)) : all;
  if (!selected.length) throw new Error(`no scenario matches --only ${opts.only}; have: ${all.map((s) => s.id).join(', ')}`);
  checkScenarios(selected.filter((s): s is Scenario => !('kind' in s)));
  for (const exe of [CODE_SERVER, CHROMIUM]) {
    if (!fs.existsSync(exe)) throw new Error(`${exe} is missing: run \`bash test/e2e/setup.sh\` (npm run test:e2e does)`);
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const f of fs.readdirSync(RESULTS)) if (f.endsWith('.png')) fs.rmSync(path.join(RESULTS, f));

  const watchdog = setTimeout(() => {
    console.error(`[e2e] FAIL: the whole run exceeded ${GLOBAL_TIMEOUT} ms`);
    void cleanup().finally(() => process.exit(1));
  }, GLOBAL_TIMEOUT);
  watchdog.unref();

  const d = makeDirs();
  if (!opts.keep) {
    const rm = () => fs.rmSync(d.tmp, { recursive: true, force: true, maxRetries: 3 });
    cleanups.push(rm);
    exitCleanups.push(rm);
  } else log(`keeping ${d.tmp}`);
  const env = serverEnv(d);

  let server: Server | undefined;
  let page: Page | undefined;
  let consoleLines: string[] = [];
  let failed = true;
  try {
    const ext = await phase('packaged the extension', () => packageExtension(opts, d.tmp));
    const installed = await phase(`installed ${ext.kind === 'vsix' ? path.relative(ROOT, ext.path) : 'the extension folder'} into a fresh extensions dir`, () =>
      installExtension(ext, env, d.extensions, d.userData),
    );
    log(`extensions: ${installed.join(', ')}`);
    server = await phase('code-server is listening', () => startCodeServer(env, d));
    log(`code-server at ${server.url}`);
    const b = await phase('Chromium started', () => launchBrowser());
    page = b.page;
    consoleLines = b.consoleLines;
    await phase('workbench loaded', async () => {
      await page!.goto(`${server!.url}/?folder=${encodeURIComponent(d.workspace)}`, { timeout: TIMEOUT });
      await waitVisible('the VS Code workbench', page!.locator('.monaco-workbench .part.editor'));
      await waitVisible('the Explorer', page!.locator('.explorer-folders-view'));
    });

    for (const sc of selected) {
      log(`scenario ${sc.id}: ${sc.title}`);
      try {
        const shots = await phase(`scenario ${sc.id} passed`, () => ('kind' in sc ? sc.run(workbench(page!, d.workspace)) : runScenario(page!, sc)));
        copyToDocs(sc.id, sc.docsImage, shots, opts, 'kind' in sc ? sc.docsFrom : undefined);
        log(`screenshots: ${shots.map((s) => path.relative(ROOT, s)).join(', ')}`);
      } catch (e) {
        if (interrupted) throw new AssertionFailed(`interrupted by ${interrupted}`);
        console.error(`[e2e] scenario ${sc.id} FAILED: ${e instanceof Error ? e.message : e}`);
        const shot = await screenshot(page, `${sc.id}-FAILED`).catch(() => undefined);
        if (shot) console.error(`[e2e] failure screenshot: ${path.relative(ROOT, shot)}`);
        throw e;
      }
    }
    if (b.blocked.size) log(`blocked non-loopback requests to: ${[...b.blocked].join(', ')}`);
    failed = false;
    return 0;
  } finally {
    collectLogs(d, server, consoleLines, failed);
    await cleanup();
  }
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    interrupted = sig;
    console.error(`[e2e] ${sig}: stopping code-server and Chromium`);
    void cleanup().finally(() => process.exit(130));
  });
}

main().then(
  (code) => {
    log(code === 0 ? 'PASS' : 'FAIL');
    process.exit(code);
  },
  (e: unknown) => {
    console.error(`[e2e] FAIL: ${e instanceof AssertionFailed ? e.message : e instanceof Error ? (e.stack ?? e.message) : e}`);
    process.exit(1);
  },
);
