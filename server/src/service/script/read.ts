// A script's text → its model (./model.ts), through the PowerShell grammar. The parse and each top-level
// statement's extract and binding are kept (`ScriptSyntax`) so that the next version of an edited script is parsed
// incrementally, and only the statements the change touches are read again: the others are found where they were
// (moved by the change's length when after it) and keep their extract, and their binding unless a variable they
// read was assigned in a changed statement.
import type { Node } from 'web-tree-sitter';
import { bindScript, type BoundUnit, type PlacedUnit } from './bind';
import { extractUnit, type UnitExtract } from './extract';
import { parsePowerShell, topLevel, type ParsedScript } from './grammar';
import type { ScriptModel } from './model';

interface Unit {
  start: number;
  end: number;
  /** The grammar could not read all of it. */
  error: boolean;
  extract: UnitExtract;
}

/** What the next read of the same document reuses: the parse, and each top-level statement read and bound. */
export class ScriptSyntax {
  constructor(
    readonly parse: ParsedScript,
    readonly units: readonly Unit[],
    readonly bound: readonly BoundUnit[],
  ) {}
}

export interface ScriptRead {
  model: ScriptModel;
  syntax: ScriptSyntax;
}

/** Undefined when the grammar is not loaded. */
export function readScript(text: string, previous?: ScriptSyntax): ScriptRead | undefined {
  const parse = parsePowerShell(text, previous?.parse);
  if (!parse) return undefined;
  const old = previous?.units ?? [];
  const change = parse.change;
  const delta = change ? change.newEnd - change.oldEnd : 0;
  const errors = parse.tree.rootNode.hasError;
  const placed: PlacedUnit[] = [];
  const units: Unit[] = [];
  const kept = new Set<Unit>();
  let next = 0;
  let shape = 0;
  topLevel(parse.tree, (cursor) => {
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    let node: Node | undefined;
    const error = errors && (node = cursor.currentNode).hasError;
    // Where the statement was in the previous version, when the change is not in it (nor next to it) and the
    // grammar reads it as before.
    while (change && shape < change.reshaped.length && change.reshaped[shape].end < start) shape++;
    const same = !change || shape >= change.reshaped.length || change.reshaped[shape].start > end;
    const from = !previous || !same ? -1 : !change || end < change.start ? start : start > change.newEnd ? start - delta : -1;
    let reused = -1;
    if (from >= 0) {
      while (next < old.length && old[next].start < from) next++;
      const o = old[next];
      // A statement the grammar could not read is read again: how it recovers may depend on what follows.
      if (o && o.start === from && o.end - o.start === end - start && !o.error && !error) reused = next;
    }
    let extract: UnitExtract;
    if (reused >= 0) {
      const o = old[reused];
      kept.add(o);
      extract = o.extract;
      placed.push({ start, extract, kept: { bound: previous!.bound[reused], start: o.start } });
    } else placed.push({ start, extract: (extract = extractUnit(node ?? cursor.currentNode, text)) });
    units.push({ start, end, error, extract });
  });
  // Variables assigned in statements read again, or in statements gone.
  const changed = new Set<string>();
  if (previous) {
    for (const u of old) if (!kept.has(u)) for (const d of u.extract.definitions) changed.add(d.variable);
    for (const p of placed) if (!p.kept) for (const d of p.extract.definitions) changed.add(d.variable);
  }
  const move = { after: change?.oldEnd ?? text.length, delta };
  const { model, bound } = bindScript(placed, previous ? { move, changed } : undefined);
  return { model, syntax: new ScriptSyntax(parse, units, bound) };
}
