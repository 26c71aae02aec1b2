// Mutation fuzzing of the language service: real inputs of every format, damaged the ways files get damaged
// (flipped bytes, cuts, repeats, deep nesting, huge lines, UTF-16, BOMs, NULs), run through everything the
// editor asks of a document. Used by test/unit/fuzz.test.ts (fixed seed, few cases) and scripts/fuzz.ts (many).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLanguageService, decodeBytes, LineIndex, type LanguageService } from '../../server/src/service';
import type { Position, Range } from '../../server/src/service/types';

/** The seed inputs: the examples and the test fixtures (every format the registry reads), plus a configuration. */
export function fuzzSeeds(root = process.cwd()): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(xml|txt|json|log|ps1|csv)$/i.test(name) && statSync(full).size < 400_000 && !name.includes('sarif-schema'))
        out.push({ name: relative(root, full).replace(/\\/g, '/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'examples'));
  walk(join(root, 'test/fixtures'));
  out.push({
    name: 'fuzz/.exchange-transport.json',
    text: JSON.stringify(
      {
        rules: { 'ignore-starttls': 'error', 'certificate-expiring': ['warning', { days: 60 }] },
        dateOrder: 'dmy',
        include: ['**/*.txt', 'site-*/**/*.xml'],
        exclude: ['archive/**'],
      },
      null,
      2,
    ),
  });
  return out;
}

/** mulberry32: small, fast and the same everywhere, so a failing seed reproduces. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  mutation: string;
  text: string;
}

type Mutation = (text: string, r: () => number) => string;

const int = (r: () => number, n: number) => Math.floor(r() * n);
const at = (text: string, r: () => number) => int(r, text.length + 1);
const NESTS = ['<a>', '[', '{"a":', '<Obj><Props>', '(', '@{a=', '"', '<!--', '<![CDATA['];
const JUNK = [
  '\0',
  '\uFFFD',
  '\uFEFF',
  '\r',
  '\n',
  '\r\n',
  ':',
  ' : ',
  '<',
  '>',
  '&',
  '&#x0;',
  '"',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '*',
  '**/',
  '{a,b}',
  '$(',
  '#',
  '\t',
  '\u2028',
  '\ud800',
  '🔒',
];

const MUTATIONS: Record<string, Mutation> = {
  flip: (t, r) => {
    const chars = [...t.slice(0, 20_000)];
    for (let n = 1 + int(r, 8); n > 0 && chars.length; n--) chars[int(r, chars.length)] = String.fromCharCode(int(r, 0x3000));
    return chars.join('') + t.slice(20_000);
  },
  junk: (t, r) => {
    let out = t;
    for (let n = 1 + int(r, 6); n > 0; n--) {
      const i = at(out, r);
      out = out.slice(0, i) + JUNK[int(r, JUNK.length)] + out.slice(i);
    }
    return out;
  },
  truncate: (t, r) => t.slice(0, at(t, r)),
  cut: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + int(r, 2000));
  },
  duplicate: (t, r) => {
    const i = at(t, r);
    const slice = t.slice(i, i + 1 + int(r, 3000));
    return t.slice(0, i) + slice.repeat(2 + int(r, 20)) + t.slice(i);
  },
  nest: (t, r) => {
    const i = at(t, r);
    const open = NESTS[int(r, NESTS.length)];
    return t.slice(0, i) + open.repeat(5_000 + int(r, 20_000)) + t.slice(i);
  },
  hugeLine: (t, r) => {
    const i = at(t, r);
    const unit = ['x', ' ', ', ', 'a:', '=', '0', '\t', '*'][int(r, 8)];
    return t.slice(0, i) + unit.repeat(100_000 + int(r, 400_000)) + t.slice(i);
  },
  manyLines: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + ['\n', '\r', ' : \n', 'a : b\r\n'][int(r, 4)].repeat(20_000 + int(r, 40_000)) + t.slice(i);
  },
  utf16: (t) => decodeBytes(Buffer.from(t, 'utf16le')).text,
  utf16Misread: (t) => Buffer.from(t.slice(0, 50_000), 'utf16le').toString('latin1'),
  utf16Bom: (t) => decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])).text,
  bom: (t) => '\uFEFF' + t,
  nuls: (t, r) => t.replace(/./gs, (c) => (r() < 0.02 ? '\0' : c)),
  lineEndings: (t, r) => t.replace(/\r?\n/g, ['\r', '\n', '\r\r\n', '\u2028'][int(r, 4)]),
  swapHalves: (t, r) => {
    const i = at(t, r);
    return t.slice(i) + t.slice(0, i);
  },
  empty: () => '',
};
export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One to three mutations of a seed. */
export function mutate(text: string, r: () => number): Mutant {
  const names: string[] = [];
  let out = text;
  for (let n = 1 + int(r, 3); n > 0; n--) {
    const name = MUTATION_NAMES[int(r, MUTATION_NAMES.length)];
    names.push(name);
    out = MUTATIONS[name](out, r);
  }
  return { mutation: names.join('+'), text: out };
}

/** A broken invariant; the caller reports the seed and case that made it. */
export class FuzzFailure extends Error {}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

function checkRange(lines: LineIndex, range: Range | undefined, what: string): void {
  if (!range) throw new FuzzFailure(`${what}: no range`);
  const inside = (p: Position) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < lines.lineCount &&
    p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line);
  if (!inside(range.start) || !inside(range.end)) throw new FuzzFailure(`${what}: range ${JSON.stringify(range)} outside the document`);
  if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character))
    throw new FuzzFailure(`${what}: range ${JSON.stringify(range)} ends before it starts`);
}

/**
 * Everything the editor asks of one document: diagnostics, hovers at random places, completion, outline, folding,
 * code actions, the workspace check and the trust map. Throws on a crash or a range outside the document.
 */
export function exercise(service: LanguageService, uri: string, text: string, r: () => number, version = 1): void {
  const now = new Date('2024-05-14T12:00:00Z');
  const input = { uri, text, version };
  const lines = new LineIndex(text);
  const diagnostics = service.validate(input, { now, reportUnrecognized: true });
  for (const d of diagnostics) {
    checkRange(lines, d.range, `diagnostic ${d.code}`);
    if (typeof d.message !== 'string' || d.message.length === 0) throw new FuzzFailure(`diagnostic ${d.code}: no message`);
  }
  const positions: Position[] = [{ line: 0, character: 0 }];
  for (let i = 0; i < 6; i++) {
    const line = int(r, lines.lineCount);
    positions.push({ line, character: int(r, lines.lineEnd(line) - lines.lineStart(line) + 1) });
  }
  for (const d of diagnostics.slice(0, 4)) positions.push(d.range.start);
  for (const pos of positions) {
    const hover = service.hover(input, pos, { now }, diagnostics);
    if (hover?.range) checkRange(lines, hover.range, 'hover');
    for (const c of service.completions(input, pos)) if (c.range) checkRange(lines, c.range, `completion ${c.label}`);
  }
  const symbols = service.documentSymbols(input);
  const walk = (list: typeof symbols) => {
    for (const s of list) {
      checkRange(lines, s.range, `symbol ${s.name}`);
      checkRange(lines, s.selectionRange, `symbol ${s.name} selection`);
      const inside = (p: Position) => !before(p, s.range.start) && !before(s.range.end, p);
      if (!inside(s.selectionRange.start) || !inside(s.selectionRange.end)) throw new FuzzFailure(`symbol ${s.name}: selection range outside its range`);
      if (s.children) walk(s.children);
    }
  };
  walk(symbols);
  for (const f of service.foldingRanges(input))
    if (!(f.startLine >= 0 && f.endLine >= f.startLine && f.endLine < lines.lineCount)) throw new FuzzFailure(`folding ${JSON.stringify(f)}`);
  for (const a of service.codeActions(input, diagnostics, diagnostics)) for (const e of a.edits ?? []) checkRange(lines, e.range, `code action ${a.title}`);
  const project = service.checkProject([input], { now });
  for (const d of project.get(uri) ?? []) checkRange(lines, d.range, `cross-file ${d.code}`);
  service.trustMap([input], { now }, project);
  service.forget(uri);
}

/** Runs `count` mutants from `seed`; returns the failures (each with what reproduces it). */
export function fuzz(seed: number, count: number, onCase?: (n: number, name: string, mutation: string, ms: number) => void): string[] {
  const seeds = fuzzSeeds();
  const service = createLanguageService();
  const failures: string[] = [];
  const r = rng(seed);
  for (let n = 0; n < count; n++) {
    const source = seeds[int(r, seeds.length)];
    const caseSeed = int(r, 2 ** 31);
    const cr = rng(caseSeed);
    const { mutation, text } = mutate(source.text, cr);
    if (process.env.FUZZ_TRACE) console.error(`case ${n}: ${source.name} ${mutation} (case seed ${caseSeed}, ${text.length} chars)`);
    const start = performance.now();
    try {
      exercise(service, `file:///fuzz/${source.name}`, text, cr);
    } catch (err) {
      const e = err as Error;
      failures.push(
        `${source.name} ${mutation} (case seed ${caseSeed}): ${e instanceof FuzzFailure ? e.message : (e.stack ?? String(e)).split('\n').slice(0, 4).join(' | ')}`,
      );
    }
    onCase?.(n, source.name, mutation, performance.now() - start);
  }
  return failures;
}
