// The audit report of examples/ in a real browser (Debian's Chromium through playwright-core, as the e2e test):
// the page renders with its own style sheet under its Content-Security-Policy, loads nothing (every request is
// listened to), holds no script and no ESRA password, has its sections, and draws the trust flow as an SVG whose
// boxes do not overlap. Takes a screenshot (test-results/report/; UPDATE_DOCS=1 copies it to
// docs/images/audit-report.png for the README) and prints the page as a PDF.
//   E2E_CHROMIUM   the Chromium to use (default /usr/bin/chromium; .ci/run installs Debian's)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCli } from '../helpers/cli';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results', 'report');
const REPORT = join(RESULTS, 'audit-report.html');
const SHOT = join(RESULTS, 'audit-report.png');
// A fixed instant: the same report (and picture) on every run.
const NOW = '2024-06-01T00:00:00Z';

/** The ESRA passwords of the examples' subscription files, as written and as decoded. */
function passwords(): string[] {
  const dir = join(ROOT, 'examples', 'edge');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xml'))) {
    const raw = /<ESRAPassword>([^<]+)<\/ESRAPassword>/.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
    if (!raw) continue;
    out.push(
      raw,
      raw
        .replace(/&gt;/g, '>')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    );
  }
  return out;
}

describe('the audit report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let html: string;
  const requests: string[] = [];
  const console: string[] = [];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set E2E_CHROMIUM`);
    const r = await runCli(['--format', 'html', '--now', NOW, join(ROOT, 'examples')]);
    assert.equal(r.stderr, '');
    html = r.stdout;
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(REPORT, html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    await page.goto(pathToFileURL(REPORT).href, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
  });

  it('loads nothing but itself, and its style sheet passes its Content-Security-Policy', async () => {
    assert.deepEqual(requests, [pathToFileURL(REPORT).href]);
    // A refused style sheet (a wrong hash) shows as a console error and an unstyled page.
    assert.deepEqual(
      console.filter((l) => /Content Security Policy|Refused/i.test(l)),
      [],
    );
    assert.equal(await page.locator('h1').evaluate((h) => h.ownerDocument.defaultView!.getComputedStyle(h).fontSize), '26px');
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    assert.match(csp, /default-src 'none'/);
  });

  it('holds no script and no ESRA password of the examples', async () => {
    assert.equal(await page.locator('script').count(), 0);
    const handlers = await page.locator('*').evaluateAll((all) => all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length);
    assert.equal(handlers, 0);
    const text = (await page.content()) + (await page.locator('body').innerText());
    const secrets = passwords();
    assert.equal(secrets.length, 4);
    for (const s of secrets) {
      assert.ok(!text.includes(s), 'an ESRA password is in the report');
      assert.ok(!html.includes(s), 'an ESRA password is in the report source');
    }
  });

  it('has its sections, each with a heading', async () => {
    for (const id of ['summary', 'flow', 'servers', 'findings', 'accepted', 'scope', 'rules']) {
      assert.equal(await page.locator(`section#${id} > h2`).count(), 1, id);
    }
    // A verdict for each area, the files read with their SHA-256, findings linked to rule pages.
    assert.equal(await page.locator('table.verdicts tr[data-area]').count(), 7);
    const hashes = await page.locator('#files td.mono').allTextContents();
    assert.ok(hashes.length >= 7);
    for (const h of hashes) assert.match(h, /^[0-9a-f]{64}$/);
    assert.ok((await page.locator('#findings article.rule h4 a[href^="https://"]').count()) > 0);
    assert.ok((await page.locator('#servers td.tone-error').count()) > 0);
    assert.ok((await page.locator('#servers td.tone-good').count()) > 0);
  });

  it('draws the trust flow: the Edges, their subscriptions and links, no two boxes overlapping', async () => {
    const svg = page.locator('figure.flow svg.flow-svg');
    assert.equal(await svg.count(), 1);
    for (const id of ['edge:EDGE01', 'edge:EDGE02']) assert.equal(await svg.locator(`g.flow-node[data-node="${id}"]`).count(), 1, id);
    assert.ok((await svg.locator('g.flow-node.subscription').count()) >= 2);
    const links = await svg.locator('path.flow-link').count();
    assert.ok(links >= 4, `${links} links`);
    // EDGE02's certificate expired: its subscription's link is broken (red).
    assert.ok((await svg.locator('path.flow-link.broken').count()) > 0);
    const boxes = await svg.locator('g.flow-node > rect:first-of-type').evaluateAll((rects) =>
      rects.map((r) => {
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, w: b.width, h: b.height };
      }),
    );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        assert.ok(!overlap, `boxes ${i} and ${j} overlap`);
      }
    }
  });

  it('makes a picture and prints as a PDF', async () => {
    const legend = await page.locator('#flow .legend').boundingBox();
    assert.ok(legend);
    const bottom = Math.ceil(legend.y + legend.height + 12);
    await page.screenshot({ path: SHOT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: bottom }, animations: 'disabled' });
    assert.ok(readFileSync(SHOT).length > 10_000);
    if (process.env.UPDATE_DOCS === '1') copyFileSync(SHOT, join(ROOT, 'docs', 'images', 'audit-report.png'));
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    // Each major section starts a page: more pages than sections.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 6, `${pages} pages`);
  });
});
