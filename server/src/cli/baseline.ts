// Baselines for estates with known debt: --write-baseline records today's findings; later runs with
// --baseline report only findings that are not in it. A finding is known by its file, rule, a hash of the
// text of its line (never the text: a subscription file's password line must not end up in the baseline)
// and its rank among identical ones, so it survives lines moving up or down.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../service';
import type { FileResult } from './formatters/types';

export const DEFAULT_BASELINE = '.exchange-transport-baseline.json';

interface BaselineFile {
  version: 1;
  findings: { file: string; code: string; line: string; rank: number }[];
}

type LineOf = (file: string, line: number) => string;

function key(file: string, code: string, line: string, rank: number): string {
  return `${file}\u0000${code}\u0000${line}\u0000${rank}`;
}

/** Each finding's identity: relative file, rule, hashed line text, and rank among the same. */
function fingerprints(
  results: FileResult[],
  lineOf: LineOf,
  baseDir: string,
): { file: string; code: string; line: string; rank: number; d: Diagnostic; result: FileResult }[] {
  const out = [];
  for (const r of results) {
    const file = path.relative(baseDir, path.resolve(r.file)).split(path.sep).join('/');
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const line = createHash('sha256').update(lineOf(r.file, d.range.start.line).trim()).digest('hex').slice(0, 16);
      const k = `${d.code}\u0000${line}`;
      const rank = seen.get(k) ?? 0;
      seen.set(k, rank + 1);
      out.push({ file, code: d.code, line, rank, d, result: r });
    }
  }
  return out;
}

export function writeBaseline(target: string, results: FileResult[], lineOf: LineOf): number {
  const entries = fingerprints(results, lineOf, path.dirname(path.resolve(target)));
  const data: BaselineFile = { version: 1, findings: entries.map(({ file, code, line, rank }) => ({ file, code, line, rank })) };
  writeFileSync(target, JSON.stringify(data, null, 2) + '\n');
  return entries.length;
}

export class BaselineError extends Error {}

/** Removes the findings recorded in the baseline (keeping them in each result's `baselined`); returns how many were hidden. */
export function applyBaseline(source: string, results: FileResult[], lineOf: LineOf): number {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(source, 'utf8')) as BaselineFile;
  } catch (err) {
    throw new BaselineError(`cannot read the baseline ${source}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (data?.version !== 1 || !Array.isArray(data.findings)) throw new BaselineError(`${source} is not a baseline written by --write-baseline`);
  const known = new Set(data.findings.map((f) => key(f.file, f.code, f.line, f.rank)));
  const drop = new Set<Diagnostic>();
  for (const e of fingerprints(results, lineOf, path.dirname(path.resolve(source)))) {
    if (known.has(key(e.file, e.code, e.line, e.rank))) drop.add(e.d);
  }
  for (const r of results) {
    r.baselined = r.diagnostics.filter((d) => drop.has(d));
    r.diagnostics = r.diagnostics.filter((d) => !drop.has(d));
  }
  return drop.size;
}
