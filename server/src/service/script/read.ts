// A script's text → its model (./model.ts), through the PowerShell grammar. The parse and the extract of each
// top-level statement are kept (`ScriptSyntax`) so that the next version of an edited script is parsed
// incrementally and only its changed statements are read again.
import type { Node } from 'web-tree-sitter';
import { bindScript } from './bind';
import { extractUnit, type UnitExtract } from './extract';
import { parsePowerShell, type ParsedScript } from './grammar';
import type { ScriptModel } from './model';

/** What the next read of the same document reuses: the tree, and each statement's extract by its text. */
export class ScriptSyntax {
  constructor(
    readonly parse: ParsedScript,
    readonly units: ReadonlyMap<string, UnitExtract>,
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
  const reuse = previous?.units;
  const units = new Map<string, UnitExtract>();
  const placed: { start: number; extract: UnitExtract }[] = [];
  for (const unit of topLevel(parse.tree.rootNode)) {
    const start = unit.startIndex;
    const key = text.slice(start, unit.endIndex);
    // A statement the grammar could not read is read again: how it recovers may depend on what follows.
    const extract = units.get(key) ?? (unit.hasError ? undefined : reuse?.get(key)) ?? extractUnit(unit, text);
    units.set(key, extract);
    placed.push({ start, extract });
  }
  return { model: bindScript(placed), syntax: new ScriptSyntax(parse, units) };
}

/** The script's statements (and comments and unreadable parts) at the top level. */
function topLevel(root: Node): Node[] {
  const out: Node[] = [];
  for (const n of root.namedChildren) {
    if (n.type === 'statement_list') out.push(...n.namedChildren);
    else out.push(n);
  }
  return out;
}
