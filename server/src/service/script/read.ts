// A script's text → its model (./model.ts), through the PowerShell grammar. The parse and each top-level
// statement's extract and binding are kept (`ScriptSyntax`) so that the next version of an edited script is parsed
// incrementally, and only the statements the change touches are read again: the others are found where they were
// (moved by the change's length when after it) and keep their extract, and their binding unless a variable they
// read was assigned in a changed statement.
import type { Node } from 'web-tree-sitter';
import { bindScript, type BoundUnit, type PlacedUnit, type Rebind } from './bind';
import { extractUnit } from './extract';
import { parsePowerShell, topLevel, type ParseChange, type ParsedScript } from './grammar';
import type { ScriptModel } from './model';

interface Unit extends PlacedUnit {
  end: number;
  /** The grammar could not read all of it. */
  error: boolean;
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
  const units: Unit[] = [];
  // For each statement, the same one in the previous version (its text unchanged), else -1.
  const from: number[] = [];
  const kept = new Uint8Array(old.length);
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
    const at = !previous || !same ? -1 : !change || end < change.start ? start : start > change.newEnd ? start - delta : -1;
    if (at >= 0) {
      while (next < old.length && old[next].start < at) next++;
      const o = old[next];
      // A statement the grammar could not read is read again: how it recovers may depend on what follows.
      if (o && o.start === at && o.end - o.start === end - start && !o.error && !error) {
        kept[next] = 1;
        from.push(next);
        units.push(at === start ? o : { start, end, error, extract: o.extract });
        return;
      }
    }
    from.push(-1);
    units.push({ start, end, error, extract: extractUnit(node ?? cursor.currentNode, text) });
  });
  const { model, bound } = bindScript(units, previous && rebind(previous, units, Int32Array.from(from), kept, change));
  return { model, syntax: new ScriptSyntax(parse, units, bound) };
}

/** What the previous version lends: its statements and bindings, and the variables assigned in what changed. */
function rebind(previous: ScriptSyntax, units: readonly Unit[], from: Int32Array, kept: Uint8Array, change: ParseChange | undefined): Rebind {
  const changed = new Set<string>();
  // Statements gone (or read again), and statements read again.
  previous.units.forEach((u, i) => {
    if (!kept[i]) for (const d of u.extract.definitions) changed.add(d.variable);
  });
  units.forEach((u, i) => {
    if (from[i] < 0) for (const d of u.extract.definitions) changed.add(d.variable);
  });
  const move = change ? { after: change.oldEnd, delta: change.newEnd - change.oldEnd } : { after: Infinity, delta: 0 };
  return { units: previous.units, bound: previous.bound, from, move, changed };
}
