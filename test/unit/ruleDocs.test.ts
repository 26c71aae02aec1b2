// Rule documentation (docs/rules/<id>.md, linked from every diagnostic): every rule has a page and every page a
// rule; every page has the same structure and states the severity, file kinds and category the code has; and
// each page's example is real: the snippet under "Example" raises the rule, the "Corrected" one does not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, docsUrl, RULES, type Diagnostic } from '../../server/src/service';
import { blobFor } from '../helpers/subscription';
import { generatedDocs } from '../../scripts/docs';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');
const INDEX = 'README.md';

const SECTIONS = ['What it checks', 'Why it matters', 'Example', 'How to fix', 'How to suppress'];

/**
 * Rules whose example cannot be linted from the page alone, with the reason. Every other page must have a
 * lintable example and a lintable corrected version.
 */
const EXAMPLE_NOT_LINTED: Record<string, string> = {
  'file-too-large': 'a file over 10 MB does not fit on a page; the example shows the commands that make one',
  'certificate-weak-signature': 'needs a whole certificate (RawData or an EdgeCertificateBlob), far too long for a page',
};

/** Rules whose corrected version cannot be shown as a file, with the reason. */
const NO_CORRECTED_FILE: Record<string, string> = {
  'subscription-credentials': 'every real subscription file holds the password; the fix is deleting the file after import',
  'subscription-certificate-stale': 'the corrected file holds the renewed Edge certificate, far too long for a page',
  'smtp-log-subscription-stale': 'the corrected subscription file holds the renewed Edge certificate, far too long for a page',
  // Evidence of what happened stays in the event log after the fix: the corrected state is no new event.
  'event-starttls-certificate': 'an event stays in the log after the fix; the corrected state is that no new one is logged',
  'event-internal-certificate': 'an event stays in the log after the fix; the corrected state is that no new one is logged',
  'event-edgesync': 'an event stays in the log after the fix; the corrected state is that no new one is logged',
  'event-transport-tls': 'an event stays in the log after the fix; the corrected state is that no new one is logged',
};

/** Default instant examples are linted at; a page's example can name another with "Linted at `<ISO>`". */
const DEFAULT_NOW = '2024-06-01T00:00:00Z';

/** Stands for a healthy Edge certificate (CN=EDGE01, SANs EDGE01 and edge01.contoso.com, valid 2024-2029). */
const BLOB_PLACEHOLDER = 'AwAAAAEAAAAUAAAA…';

const service = createLanguageService();
const generated = generatedDocs();

interface Page {
  id: string;
  text: string;
  lines: string[];
  /** `## Heading` → the text under it, up to the next `## `. */
  sections: Map<string, string>;
  /** `| Name | value |` rows of the metadata table. */
  table: Map<string, string>;
}

function readPage(file: string): Page {
  const text = readFileSync(join(DOCS, file), 'utf8').replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  const sections = new Map<string, string>();
  let current: string | undefined;
  let inFence = false;
  for (const line of lines) {
    if (line.startsWith('```')) inFence = !inFence;
    const h = !inFence && /^## (.+)$/.exec(line);
    if (h) {
      current = h[1].trim();
      sections.set(current, '');
    } else if (current) {
      sections.set(current, sections.get(current) + line + '\n');
    }
  }
  const table = new Map<string, string>();
  for (const line of lines.slice(0, 15)) {
    const row = /^\| *([^|]+?) *\| *(.+?) *\|$/.exec(line);
    if (row && row[1] !== '---') table.set(row[1], row[2].replace(/`/g, ''));
  }
  return { id: file.replace(/\.md$/, ''), text, lines, sections, table };
}

const pageFiles = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md') && f !== INDEX)
  .sort();
const pages = new Map(pageFiles.map((f) => [f.replace(/\.md$/, ''), readPage(f)]));
const ruleIds = RULES.map((r) => r.meta.id);

interface Block {
  lang: string;
  text: string;
  name?: string;
}

/** Fenced code blocks; a block right after a line "`name.txt`:" is that file. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    const before = markdown.slice(0, m.index).trimEnd().split('\n').pop() ?? '';
    const name = /^`([\w.-]+\.(?:txt|xml|json))`:$/.exec(before)?.[1];
    blocks.push({ lang: m[1], text: m[2], name });
  }
  return blocks;
}

const LINTABLE: Record<string, string> = { text: 'txt', xml: 'xml', json: 'json' };

/** The example's files with the placeholder blob made real; undefined when any of them is only illustrative. */
function lintableFiles(markdown: string): Block[] | undefined {
  const blocks = codeBlocks(markdown).filter((b) => LINTABLE[b.lang]);
  if (blocks.length === 0) return undefined;
  const blob = blobFor();
  const files = blocks.map((b, i) => ({ ...b, name: b.name ?? `file${i}.${LINTABLE[b.lang]}`, text: b.text.split(BLOB_PLACEHOLDER).join(blob) }));
  return files.some((f) => f.text.includes('…')) ? undefined : files;
}

/** The corrected files of a cross-file example replace the files of the same name; the others stay. */
function correctedSet(bad: Block[], good: Block[]): Block[] {
  const byName = new Map(bad.map((f) => [f.name, f]));
  for (const f of good) byName.set(f.name, f);
  return [...byName.values()];
}

/** The codes the files raise: one at a time for a single-file rule, together for a cross-file one. */
function codesOf(files: Block[], crossFile: boolean, now: Date): Set<string> {
  const inputs = files.map((f) => ({ uri: `file:///example/${f.name}`, text: f.text }));
  const settings = { now, reportUnrecognized: true };
  const diags: Diagnostic[] = crossFile
    ? [...service.checkProject(inputs, settings).values()].flat()
    : inputs.flatMap((input) => service.validate(input, settings));
  return new Set(diags.map((d) => String(d.code)));
}

describe('rule documentation', () => {
  it('every rule has a page in docs/rules', () => {
    const missing = ruleIds.filter((id) => !existsSync(join(DOCS, `${id}.md`)));
    assert.deepEqual(missing, [], `rules without a page: ${missing.join(', ')}`);
  });

  it('every page documents a rule that exists', () => {
    const orphans = [...pages.keys()].filter((id) => !ruleIds.includes(id));
    assert.deepEqual(orphans, [], `pages without a rule: ${orphans.join(', ')}`);
  });

  it('the link every diagnostic carries points at the page', () => {
    for (const id of ruleIds) assert.ok(docsUrl(id).endsWith(`/docs/rules/${id}.md`), docsUrl(id));
  });

  it('the index is current (npm run docs)', () => {
    const path = join(DOCS, INDEX);
    assert.equal(readFileSync(path, 'utf8'), generated.get(path), 'docs/rules/README.md is stale: run npm run docs');
  });

  it('the index lists every rule with its default severity, and only rules', () => {
    const index = readFileSync(join(DOCS, INDEX), 'utf8');
    for (const r of RULES) {
      const row = index.split('\n').find((l) => l.includes(`](${r.meta.id}.md)`));
      assert.ok(row, `index has no row for ${r.meta.id}`);
      assert.ok(row.includes(`| ${r.meta.defaultSeverity} |`), `index row of ${r.meta.id} lacks severity ${r.meta.defaultSeverity}: ${row}`);
    }
    for (const m of index.matchAll(/\]\(([a-z0-9-]+)\.md\)/g)) assert.ok(ruleIds.includes(m[1]), `index links ${m[1]}.md, which is no rule`);
  });

  for (const rule of RULES) {
    const { id } = rule.meta;
    if (!pages.has(id)) continue; // reported once, above
    describe(id, () => {
      const page = () => pages.get(id)!;

      it('its generated parts are current with the rule (npm run docs)', () => {
        const path = join(DOCS, `${id}.md`);
        assert.equal(readFileSync(path, 'utf8'), generated.get(path), `docs/rules/${id}.md is stale: run npm run docs`);
      });

      it('has the sections, in order, and stays short', () => {
        const p = page();
        assert.deepEqual([...p.sections.keys()], SECTIONS);
        for (const s of SECTIONS) assert.ok(p.sections.get(s)!.trim().length > 40, `section "${s}" is empty`);
        const n = p.text.trimEnd().split('\n').length;
        assert.ok(n >= 30 && n <= 130, `${n} lines; keep pages between 30 and 130`);
        assert.match(p.sections.get('How to fix')!, /```powershell\n/, 'How to fix shows the PowerShell');
      });

      it('shows no ESRA password', () => {
        for (const m of page().text.matchAll(/<ESRAPassword>([^<]*)<\/ESRAPassword>/g)) assert.equal(m[1], '********');
      });

      it('has an example that raises the rule, and a corrected version that does not', () => {
        const example = page().sections.get('Example')!;
        const cut = example.search(/^Corrected/m);
        assert.ok(cut > 0, 'the example has a "Corrected" part');
        const bad = lintableFiles(example.slice(0, cut));
        const good = lintableFiles(example.slice(cut));
        if (EXAMPLE_NOT_LINTED[id]) return;
        assert.ok(bad, 'the example can be linted (no "…" other than the placeholder certificate blob)');
        const now = new Date(/Linted at `([^`]+)`/.exec(example)?.[1] ?? DEFAULT_NOW);
        const crossFile = !rule.check && !!rule.checkProject;
        assert.ok(codesOf(bad, crossFile, now).has(id), `the example does not raise ${id}`);
        if (NO_CORRECTED_FILE[id]) return;
        assert.ok(good, 'the corrected version can be linted');
        const corrected = crossFile ? correctedSet(bad, good) : good;
        assert.ok(!codesOf(corrected, crossFile, now).has(id), `the corrected version still raises ${id}`);
      });
    });
  }
});
