// The audit report (--format html and the engine's model): one self-contained page (no script, nothing loaded,
// a CSP that allows only its own style sheet by hash), every text from the files escaped, never the ESRA password,
// the scope (SHA-256 of each file as on disk, the --now instant, the version, skipped files), verdicts per area,
// the trust flow, findings by severity and rule with their fix commands, and accepted risks (suppression comments
// with their reasons, the baseline) apart from the findings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type AuditFile, type AuditReport, type TextInput } from '../../server/src/service';
import { escapeHtml } from '../../server/src/service/text/html';
import { runCli, tempDir } from '../helpers/cli';
import { PASSWORD, blobFor, defaultSpec, subscriptionXml } from '../helpers/subscription';
import { version } from '../../package.json';

const MADE = new Date('2024-05-14T10:30:00Z');
const NOW = '2024-06-01T00:00:00Z';
const corpus = (name: string) => readFileSync(join(__dirname, '..', 'grammar', 'fixtures', name), 'utf8');
const SEND = corpus('send-connectors.txt');
const RECEIVE = corpus('receive-connectors.txt');
const CERTS = corpus('exchange-certificates.txt');
// An expired Edge certificate (an error on the subscription).
const EXPIRED = subscriptionXml({ ...defaultSpec(MADE), EdgeCertificateBlob: blobFor({ notAfter: new Date('2024-05-20T00:00:00Z') }) });
const HOSTILE = `<script>alert("x")</script>&'`;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function html(args: string[]): Promise<string> {
  const r = await runCli(['--format', 'html', '--now', NOW, ...args]);
  assert.equal(r.stderr, '');
  return r.stdout;
}

/** The HTML of the element with this id: a table or paragraph to its end, a section up to the next section. */
function section(page: string, id: string): string {
  const start = page.indexOf(` id="${id}"`);
  assert.ok(start >= 0, `no #${id}`);
  const tag = /<(\w+)$/.exec(page.slice(0, start))?.[1];
  const end = tag === 'section' ? page.indexOf('<section id="', start) : page.indexOf(`</${tag}>`, start);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('escaping', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('--format html', () => {
  const dir = tempDir({
    'edge/EDGE01.xml': EXPIRED,
    // A send connector whose name is markup: it must come out as text in tables, findings and the flow.
    'hub/send-connectors.txt': SEND.replace(/Legacy Relay/g, `Legacy Relay ${HOSTILE}`),
    'hub/receive-connectors.txt': RECEIVE,
    'hub/exchange-certificates.txt': CERTS,
    'notes/readme.txt': 'Nothing Exchange here.\r\n',
  });

  it('is one self-contained page: no script, no resource to load, a CSP allowing only its own style sheet', async () => {
    const page = await html([dir]);
    assert.match(page, /^<!DOCTYPE html>/);
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /<(link|img|iframe|object|embed|base)\b/i);
    assert.doesNotMatch(page, /\ssrc=|@import/i);
    // url() only for the SVG's own arrow markers.
    for (const [, target] of page.matchAll(/url\(([^)]*)\)/g)) assert.match(target, /^#arrow-\w+$/);
    // Links only to anchors of the page or to https pages (rule docs, Microsoft's pages), never loaded.
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) assert.match(href, /^(#[\w-]+|https:\/\/)/, href);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    assert.ok(csp);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /img-src data:/);
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1);
    const hash = createHash('sha256').update(styles[0], 'utf8').digest('base64');
    assert.ok(csp.includes(`style-src 'sha256-${hash}'`), csp);
    // A hash allows <style> elements only: no style attribute would apply.
    assert.doesNotMatch(page, /\sstyle="/);
    // Print: A4 pages, colours kept.
    assert.match(styles[0], /@media print\{\s*@page\{size:A4/);
  });

  it('escapes what the files say and never prints the ESRA password', async () => {
    const page = await html([dir]);
    assert.ok(!page.includes(PASSWORD), 'the ESRA password is in the report');
    assert.ok(!page.includes(escapeHtml(PASSWORD)), 'the ESRA password is in the report, escaped');
    assert.ok(!page.includes(HOSTILE));
    assert.ok(page.includes(escapeHtml(HOSTILE)));
  });

  it('states its scope: files with their SHA-256, the instant, the version, the files left out', async () => {
    const page = await html([dir]);
    const files = section(page, 'files');
    for (const f of ['edge/EDGE01.xml', 'hub/send-connectors.txt', 'hub/receive-connectors.txt', 'hub/exchange-certificates.txt']) {
      assert.ok(files.includes(sha256(join(dir, f))), f);
    }
    // The subscription's export date is its EffectiveDate.
    assert.ok(files.includes('2024-05-14 10:30:00 UTC'));
    assert.ok(section(page, 'skipped').includes('notes/readme.txt'));
    const scope = section(page, 'scope');
    assert.ok(scope.includes('2024-06-01 00:00:00 UTC (given with --now)'));
    assert.ok(scope.includes(`exchange-transport ${version}`));
  });

  it('groups findings by severity and rule, each with where and the fix command, and links the rule page', async () => {
    const r = await runCli(['--format', 'json', '--now', NOW, dir]);
    const all = (JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string; fixes: { command: string | null }[] }[] }[]).flatMap(
      (f) => f.diagnostics,
    );
    assert.ok(all.length > 0);
    const page = await html([dir]);
    const findings = section(page, 'findings');
    // As many findings as the other formats report, each once.
    assert.equal([...findings.matchAll(/<li id="f\d+" data-code="([^"]+)"/g)].length, all.length);
    const order = [...findings.matchAll(/<section class="severity" data-severity="(\w+)"/g)].map((m) => m[1]);
    assert.deepEqual(
      order,
      ['error', 'warning', 'information', 'hint'].filter((s) => all.some((d) => d.severity === s)),
    );
    for (const code of new Set(all.map((d) => d.code))) {
      assert.ok(findings.includes(`href="https://`) && findings.includes(`>${code}</a>`), code);
    }
    for (const cmd of all.flatMap((d) => d.fixes.map((x) => x.command)).filter((c): c is string => !!c)) {
      assert.ok(findings.includes(`<code>${escapeHtml(cmd)}</code>`), cmd);
    }
  });

  it('gives a verdict per area, draws the flow and colours the object tables', async () => {
    const page = await html([dir]);
    const areas = Object.fromEntries([...page.matchAll(/<tr data-area="([\w-]+)" data-state="([\w-]+)">/g)].map((m) => [m[1], m[2]]));
    // The expired Edge certificate is an error; no file of this run holds evidence or Exchange Online connectors.
    assert.equal(areas['certificates'], 'broken');
    assert.equal(areas['evidence'], 'not-assessed');
    assert.equal(areas['receive'], 'broken');
    const svg = /<svg class="flow-svg"[\s\S]*?<\/svg>/.exec(page)?.[0];
    assert.ok(svg);
    assert.ok(svg.includes('data-node="edge:EDGE01"'));
    assert.match(svg, /<path class="flow-link (broken|warning|ok|unknown)"/);
    assert.match(page, /<td class="tone-error[^"]*"/);
    assert.match(page, /<td class="tone-good[^"]*"/);
  });

  it('lists suppressed and baselined findings as accepted risks, apart from the findings', async () => {
    const suppressed = tempDir({
      'send.txt': SEND.replace(
        'IgnoreSTARTTLS               : True',
        '# exchange-transport-disable-next-line ignore-starttls -- legacy scanner, retired in Q3\r\nIgnoreSTARTTLS               : True',
      ),
    });
    const page = await html([suppressed]);
    const accepted = section(page, 'suppressed');
    assert.ok(accepted.includes('ignore-starttls'));
    assert.ok(accepted.includes('legacy scanner, retired in Q3'));
    assert.ok(!/data-code="ignore-starttls"/.test(section(page, 'findings')));

    const baselined = tempDir({ 'send.txt': SEND });
    const baseline = join(baselined, 'baseline.json');
    await runCli(['--now', NOW, '--write-baseline', baseline, join(baselined, 'send.txt')]);
    const withBaseline = await html(['--baseline', baseline, join(baselined, 'send.txt')]);
    assert.match(section(withBaseline, 'findings'), /<p>No finding\.<\/p>/);
    assert.ok(section(withBaseline, 'baselined').includes('ignore-starttls'));
  });
});

describe('the trust flow picture', () => {
  it('lays out many nodes (evidence, subscriptions, connectors) without two boxes overlapping, all inside the picture', async () => {
    const root = join(__dirname, '..', '..');
    const page = await html([join(root, 'test', 'fixtures', 'evidence'), join(root, 'examples')]);
    const svg = /<svg class="flow-svg"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
    const nodes = [
      ...svg.matchAll(
        /<g class="flow-node [^"]*" data-node="([^"]*)"><title>[^<]*<\/title><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ];
    const boxes = nodes.map((m) => ({ id: m[1], x: +m[2], y: +m[3], w: +m[4], h: +m[5] }));
    // Evidence (EdgeSync results, events 12014, queues) is drawn beside the servers it is about.
    assert.ok(boxes.length >= 20, `${boxes.length} boxes`);
    assert.ok(boxes.some((b) => b.id.startsWith('test:')));
    assert.ok(boxes.some((b) => b.id.startsWith('ev:queue:')));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        assert.ok(!(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h), `${a.id} overlaps ${b.id}`);
      }
    }
    const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
    for (const b of boxes) assert.ok(b.x + b.w <= +width && b.y + b.h <= +height, `${b.id} outside the picture`);
    assert.ok([...svg.matchAll(/<path class="flow-link /g)].length >= boxes.length - 2);
  });
});

describe('the report model', () => {
  const service = createLanguageService();
  const scope = { now: new Date(NOW), nowGiven: true, version: 'test', producer: 'test', skipped: [] };

  function report(files: Record<string, string>): AuditReport {
    const inputs: TextInput[] = Object.entries(files).map(([uri, text]) => ({ uri, text }));
    const settings = { now: new Date(NOW) };
    const project = service.checkProject(inputs, settings);
    const audit: AuditFile[] = inputs.map((input) => {
      const checked = service.check(input, settings, project.get(input.uri));
      return { input, name: input.uri, findings: checked.diagnostics, suppressed: checked.suppressed };
    });
    return service.auditReport(audit, scope);
  }

  it('never calls an area ok when no file holds anything for it', () => {
    const r = report({ 'file:///send.txt': SEND });
    const state = Object.fromEntries(r.areas.map((a) => [a.id, a.state]));
    assert.equal(state['edge-trust'], 'not-assessed');
    assert.equal(state['certificates'], 'not-assessed');
    assert.equal(state['send'], 'broken');
    // Top risks: errors before warnings, one per rule.
    const sev = r.risks.map((k) => k.ref.severity);
    assert.deepEqual(
      sev,
      [...sev].sort((a, b) => (a === 'error' ? 0 : 1) - (b === 'error' ? 0 : 1)),
    );
    assert.equal(new Set(r.risks.map((k) => k.ref.code)).size, r.risks.length);
  });

  it('numbers findings in the order the findings section lists them, and tables refer to them', () => {
    const r = report({ 'file:///send.txt': SEND, 'file:///recv.txt': RECEIVE, 'file:///certs.txt': CERTS, 'file:///edge.xml': EXPIRED });
    const listed = r.findings.flatMap((g) => g.rules.flatMap((x) => x.findings));
    assert.deepEqual(
      listed.map((f) => f.id),
      listed.map((_, i) => `f${i + 1}`),
    );
    const ids = new Set(listed.map((f) => f.id));
    const refs = [...r.servers.flatMap((s) => s.tables), ...r.organisation].flatMap((t) => t.rows.flatMap((row) => row.cells.flatMap((c) => c.refs ?? [])));
    assert.ok(refs.length > 0);
    for (const x of refs) assert.ok(ids.has(x.id), x.id);
    // The Edge's subscription: a node for the Edge, one for the file, linked, and its state is the link's.
    const sub = r.flow.nodes.find((n) => n.kind === 'subscription');
    assert.equal(sub?.status, 'broken');
    assert.ok(r.flow.links.some((l) => l.from === 'edge:EDGE01' && l.to === sub!.id && l.status === 'broken'));
    // A receive connector's credential-like values are never in a cell; the counts match the findings.
    assert.equal(r.counts.findings.error + r.counts.findings.warning + r.counts.findings.information + r.counts.findings.hint, listed.length);
  });
});
