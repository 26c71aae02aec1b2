// Workflows for the code-server end-to-end test (test/e2e/run.ts): what a user does across the workbench, beyond
// opening one file (scenarios.ts). Each runs against the helpers of `Workbench` and returns its screenshots.
// Assertions look for rule ids and the leading words of converted rules' findings, never for whole messages.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';

export interface Workbench {
  page: Page;
  /** The workspace folder code-server has open (a copy of test/e2e/workspace). */
  workspace: string;
  log(msg: string): void;
  fail(msg: string): never;
  until<T>(what: string, check: () => Promise<T | undefined | false>, timeout?: number): Promise<T>;
  waitVisible(what: string, locator: Locator, timeout?: number): Promise<void>;
  screenshot(name: string): Promise<string>;
  openFile(file: string): Promise<void>;
  /** Runs a command from the Command Palette (F1) by its title. */
  runCommand(title: string): Promise<void>;
  showProblems(): Promise<void>;
  /** Rows of the Problems panel once `filter` is typed into its filter box ('' clears it), when `ready` holds. */
  problemRows(filter: string, ready: (rows: string[]) => boolean, what: string): Promise<string[]>;
  /** The status bar's problem counts (all of them: this workspace has no other source of problems). */
  problemCounts(): Promise<{ errors: number; warnings: number; infos: number }>;
  /** Text of the notification toast that matches `re`. */
  notification(re: RegExp): Promise<string>;
  /** The rendered editor line whose text matches `re` (spaces are U+00A0 there: write \s). */
  editorLine(re: RegExp): Locator;
  /** Go to Line (Ctrl+G), 0-based; the line ends up in the middle of the editor. */
  goToLine(line: number): Promise<void>;
  /** Squiggles of a severity in the active editor. */
  squiggles(kind: 'error' | 'warning' | 'info'): Locator;
  /** Opens the quick fix menu at the cursor (Ctrl+.) and returns its rows. */
  quickFixes(): Promise<Locator>;
  /** In the open quick fix menu, moves to the action titled `title` (keyboard, as a user would) and runs it. */
  chooseQuickFix(title: string): Promise<void>;
}

export interface Workflow {
  kind: 'workflow';
  id: string;
  title: string;
  run(wb: Workbench): Promise<string[]>;
  /** Where to copy a screenshot when run with --update-docs (repo-relative). */
  docsImage?: string;
  /** Which screenshot (its name), when not the last. */
  docsFrom?: string;
}

const ignoreStarttls = /Send connector "Legacy Relay" ignores STARTTLS/;

/** No file open: the extension started because the workspace holds files it claims by name. */
const workspace: Workflow = {
  kind: 'workflow',
  id: 'workspace',
  title: 'issue #10: Problems fills without opening a file, and Lint Workspace counts what it lists',
  docsImage: 'docs/images/e2e-problems.png',
  async run(wb) {
    const shots: string[] = [];
    const open = await wb.page.locator('.tabs-container .tab').count();
    if (open > 0) wb.fail(`expected no open editor, found ${open} tab(s)`);
    await wb.showProblems();
    const rows = await wb.problemRows('ignore-starttls', (r) => r.some((t) => ignoreStarttls.test(t)), 'the finding of ignore-starttls');
    wb.log(`workspace: Problems lists, with no file open: ${rows.find((t) => ignoreStarttls.test(t))}`);
    shots.push(await wb.screenshot('workspace-1-problems-filtered'));
    await wb.problemRows('', (r) => r.length > 0, 'every row');

    await wb.runCommand('Exchange: Lint Workspace');
    const toast = await wb.notification(/Exchange: \d+ transport files? checked/);
    const m = /(\d+) findings? \((\d+) errors?, (\d+) warnings?/.exec(toast);
    if (!m) return wb.fail(`unexpected Lint Workspace message: ${toast}`);
    const [errors, warnings] = [Number(m[2]), Number(m[3])];
    wb.log(`workspace: Lint Workspace says "${toast}"`);
    const counts = await wb.until(`the status bar to count ${errors} errors and ${warnings} warnings, as Lint Workspace did`, async () => {
      const c = await wb.problemCounts();
      return c.errors === errors && c.warnings === warnings && c;
    });
    wb.log(`workspace: the status bar agrees (${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} infos)`);
    shots.push(await wb.screenshot('workspace-2-lint-workspace'));
    await wb.runCommand('Notifications: Clear All Notifications');
    return shots;
  },
};

/** Sticky scroll and breadcrumbs name the object by its Name. */
const sticky: Workflow = {
  kind: 'workflow',
  id: 'sticky',
  title: 'issue #10: sticky scroll and breadcrumbs show the connector Name in a dump',
  async run(wb) {
    await wb.openFile('send-connectors.txt');
    const lines = fs.readFileSync(path.join(wb.workspace, 'send-connectors.txt'), 'utf8').split(/\r?\n/);
    const name = lines.findIndex((l) => /^Name\s+: Legacy Relay/.test(l));
    await wb.goToLine(name + 8);
    // Scroll (Ctrl+Down moves the view, not the cursor) until the Name line is above the view.
    // (Line numbers are not in DOM order: the smallest is the first line in view.)
    const firstVisible = async () =>
      Math.min(
        ...(await wb.page.locator('.part.editor .editor-group-container.active .margin .line-numbers').allTextContents()).map(Number).filter((n) => n > 0),
      );
    await wb.until(`the Name line (${name + 1}) to scroll out of view`, async () => {
      if ((await firstVisible()) > name + 2) return true;
      await wb.page.keyboard.press('Control+ArrowDown');
      return false;
    });
    const stickyLine = wb.page.locator('.part.editor .editor-group-container.active .sticky-widget .sticky-line-content');
    try {
      await wb.until('sticky scroll to show the Name line of "Legacy Relay"', async () =>
        (await stickyLine.allTextContents()).some((t) => /Name\s*:\s*Legacy Relay/.test(t.replace(/\u00a0/g, ' '))),
      );
    } catch (e) {
      const widget = await wb.page
        .locator('.part.editor .editor-group-container.active .sticky-widget')
        .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 600)));
      wb.fail(`${(e as Error).message}; first line in view ${await firstVisible()}; sticky widget: ${widget.join('\n') || '(none)'}`);
    }
    const crumbs = wb.page.locator('.part.editor .editor-group-container.active .breadcrumbs-control');
    await wb.until('the breadcrumbs to name "Legacy Relay"', async () => /Legacy Relay/.test((await crumbs.textContent()) ?? ''));
    wb.log('sticky: sticky scroll and breadcrumbs show "Legacy Relay"');
    return [await wb.screenshot('sticky')];
  },
};

/** The suppression quick fix leaves the cursor on the reason: typing fills it in. */
const suppress: Workflow = {
  kind: 'workflow',
  id: 'suppress',
  title: 'issue #10: "Suppress for this line" puts the cursor on the reason',
  async run(wb) {
    await wb.openFile('send-connectors.txt');
    const lines = fs.readFileSync(path.join(wb.workspace, 'send-connectors.txt'), 'utf8').split(/\r?\n/);
    const line = lines.findIndex((l) => /^IgnoreSTARTTLS\s+: True/.test(l));
    await wb.goToLine(line);
    await wb.page.keyboard.press('End');
    await wb.until('the warning squiggle on IgnoreSTARTTLS', async () => (await wb.squiggles('warning').count()) > 0);
    await wb.quickFixes();
    await wb.chooseQuickFix('Suppress ignore-starttls for this line');
    await wb.page.keyboard.type('relay for the scanners, TLS-less by contract');
    const comment = wb.editorLine(/exchange-transport-disable-next-line\signore-starttls\s--\srelay\sfor\sthe\sscanners/);
    await wb.waitVisible('the suppression comment with the typed reason', comment);
    const shots = [await wb.screenshot('suppress')];
    // Leave the file as it was for the workflows that follow.
    await wb.page.keyboard.press('Escape');
    await wb.until('the suppression to be undone (Ctrl+Z)', async () => {
      if ((await comment.count()) === 0 && (await wb.editorLine(/exchange-transport-disable/).count()) === 0) return true;
      await wb.page.keyboard.press('Control+z');
      return false;
    });
    return shots;
  },
};

/** Fix all of one rule in a script, from the quick fix menu. */
const fixAll: Workflow = {
  kind: 'workflow',
  id: 'fix-all',
  title: 'issue #10: "Fix all ignore-starttls problems in this file" in a PowerShell script',
  docsImage: 'docs/images/e2e-fix-all.png',
  docsFrom: 'fix-all-1-menu',
  async run(wb) {
    const shots: string[] = [];
    await wb.openFile('harden-relays.ps1');
    await wb.waitVisible('the script in the editor', wb.editorLine(/Scanner\sRelay\sA/));
    await wb.until('two warning squiggles', async () => (await wb.squiggles('warning').count()) >= 2);
    const token = wb
      .editorLine(/Scanner\sRelay\sA/)
      .locator('span span')
      .filter({ hasText: '$true' })
      .first();
    await wb.waitVisible('$true of "Scanner Relay A"', token);
    await token.click();
    const fixes = await wb.quickFixes();
    const all = fixes.filter({ hasText: 'Fix all 2 ignore-starttls problems in this file' });
    await wb.waitVisible('"Fix all 2 ignore-starttls problems in this file" in the quick fix menu', all);
    shots.push(await wb.screenshot('fix-all-1-menu'));
    await wb.chooseQuickFix('Fix all 2 ignore-starttls problems in this file');
    for (const relay of ['A', 'B'])
      await wb.waitVisible(`-IgnoreSTARTTLS $false for relay ${relay}`, wb.editorLine(new RegExp(`Relay\\s${relay}"\\s-IgnoreSTARTTLS\\s\\$false`)));
    await wb.until('the squiggles to go', async () => (await wb.squiggles('warning').count()) === 0);
    await wb.problemRows('harden-relays', (r) => r.length === 0, 'no Problems rows for harden-relays.ps1');
    await wb.problemRows('', (r) => r.length > 0, 'every row');
    wb.log('fix-all: both connectors fixed in one step, their findings gone');
    shots.push(await wb.screenshot('fix-all-2-fixed'));
    return shots;
  },
};

/** The webview's document that holds the trust map (webviews are nested frames). */
async function trustMapFrame(wb: Workbench): Promise<Frame> {
  return wb.until('the trust map webview', async () => {
    for (const f of wb.page.frames()) {
      const h1 = await f
        .locator('h1')
        .first()
        .textContent({ timeout: 200 })
        .catch(() => null);
      if (h1 === 'Exchange transport trust map') return f;
    }
    return undefined;
  });
}

/** The trust map shows what Problems shows, refreshed in place; its rule ids open the shipped pages. */
const trustMap: Workflow = {
  kind: 'workflow',
  id: 'trust-map',
  title: 'issue #10: the trust map agrees with Problems, refreshes in place, and links the rule pages',
  docsImage: 'docs/images/e2e-trust-map.png',
  docsFrom: 'trust-map-1',
  async run(wb) {
    const shots: string[] = [];
    // The map alone on the screen (it is the README's picture).
    for (const command of ['Close All Editor Groups', 'Hide Panel', 'Close Primary Side Bar']) await wb.runCommand(command);
    await wb.runCommand('Exchange: Show Trust Map');
    const frame = await trustMapFrame(wb);
    const sub = frame.locator('tr[data-status]').filter({ hasText: 'Hubs (AD)' });
    await wb.until('the EDGE02 → Hubs (AD) link', async () => (await sub.count()) === 1);
    const status = await sub.getAttribute('data-status');
    if (status !== 'broken') wb.fail(`the link through the expired Edge certificate is "${status}", not broken`);
    const text = (await sub.textContent()) ?? '';
    for (const want of ['EDGE02', 'certificate-expired', 'expired 2019-01-10']) if (!text.includes(want)) wb.fail(`the EDGE02 link lacks "${want}": ${text}`);
    wb.log('trust-map: EDGE02 → Hubs (AD) is broken, with certificate-expired and the expiry date');
    shots.push(await wb.screenshot('trust-map-1'));

    // Every finding on the map is a row of Problems.
    const findings = await frame.locator('.finding').evaluateAll((els) =>
      els.map((e) => ({
        code: e.querySelector('a')?.textContent ?? '',
        message: (e.textContent ?? '').replace(e.querySelector('a')?.textContent ?? '', '').trim(),
      })),
    );
    if (findings.length < 3) wb.fail(`expected the map to carry the findings, got ${JSON.stringify(findings)}`);
    for (const f of findings) {
      const start = f.message.slice(0, 40);
      await wb.problemRows(f.code, (rows) => rows.some((r) => r.includes(start)), `the Problems row of ${f.code} ("${start}…")`);
    }
    await wb.problemRows('', (r) => r.length > 0, 'every row');
    wb.log(`trust-map: its ${findings.length} findings are all rows of Problems`);

    // Deleting the EdgeSync export takes its link off the open map, and its rows off Problems.
    if ((await frame.locator('tr[data-status]').filter({ hasText: 'to Internet' }).count()) !== 1)
      wb.fail('expected one link for the EdgeSync connector to Internet');
    fs.rmSync(path.join(wb.workspace, 'Get-SendConnector-EdgeSync.txt'));
    // (Setting the page again replaces the webview's document: find its frame anew.)
    await wb.until('the open map to drop the deleted connector', async () => {
      const now = await trustMapFrame(wb);
      return (await now.locator('tr[data-status]').count()) > 0 && (await now.locator('tr[data-status]').filter({ hasText: 'to Internet' }).count()) === 0;
    });
    await wb.problemRows('EdgeSync', (r) => r.length === 0, 'no Problems rows for the deleted EdgeSync export');
    await wb.problemRows('', (r) => r.length > 0, 'every row');
    wb.log('trust-map: a deleted file left the open map and Problems at once');

    // A rule id opens the rule's page shipped with the extension, rendered, offline.
    const live = await trustMapFrame(wb);
    await live.locator('a', { hasText: 'certificate-expired' }).first().click();
    await wb.waitVisible('the certificate-expired page', wb.page.locator('.tabs-container .tab').filter({ hasText: 'certificate-expired.md' }));
    await wb.until('the rendered page of certificate-expired', async () => {
      for (const f of wb.page.frames()) {
        const h1 = await f
          .locator('h1')
          .first()
          .textContent({ timeout: 200 })
          .catch(() => null);
        if (h1?.includes('certificate-expired')) return true;
      }
      return false;
    });
    wb.log('trust-map: the rule id opened docs/rules/certificate-expired.md, rendered');
    shots.push(await wb.screenshot('trust-map-2-rule-page'));
    return shots;
  },
};

/** In run order, around the scenarios of scenarios.ts: before them (nothing open yet) and after them. */
/** "Create runbook" on a finding that starts one: the runbook opens in a new editor, filled in (issue 14). */
const runbook: Workflow = {
  kind: 'workflow',
  id: 'runbook',
  title: 'issue 14: "Create runbook" on the expired Edge certificate opens the runbook for EDGE02',
  docsImage: 'docs/images/e2e-runbook.png',
  async run(wb) {
    // The workflow before may have left another view in the side bar (the trust map, a rule page).
    await wb.runCommand('View: Show Explorer');
    await wb.openFile('edge-expired-cert.xml');
    const lines = fs.readFileSync(path.join(wb.workspace, 'edge-expired-cert.xml'), 'utf8').split(/\r?\n/);
    await wb.goToLine(lines.findIndex((l) => l.includes('<EdgeCertificateBlob>')));
    // Into the certificate value, where certificate-expired sits.
    await wb.page.keyboard.press('Home');
    for (let i = 0; i < 30; i++) await wb.page.keyboard.press('ArrowRight');
    await wb.until('the error squiggle on the certificate', async () => (await wb.squiggles('error').count()) > 0);
    await wb.quickFixes();
    await wb.chooseQuickFix('Create runbook: renew the Edge certificate of EDGE02');
    await wb.waitVisible('the runbook in a new editor', wb.editorLine(/^#\sRenew\sthe\sEdge\scertificate\sof\sEDGE02/));
    await wb.waitVisible('its first step', wb.editorLine(/See\swhich\scertificate\sis\sthe\sdefault\sSMTP\scertificate\sof\sEDGE02/));
    await wb.page.mouse.move(900, 600); // no Explorer tooltip over the runbook
    return [await wb.screenshot('runbook')];
  },
};

export const before: Workflow[] = [workspace];
export const after: Workflow[] = [sticky, suppress, fixAll, trustMap, runbook];
