// The objects of an export: the top-level value is one object ({...}, a single Get- result), an array of them, or
// PowerShell 5.1's {"value": [...], "Count": n} wrapper. Objects cut by a syntax error are left out: a half-read
// connector would look like one with missing settings.
import type { Node, ParseError } from 'jsonc-parser';
import { detectObjectKind, propertyDef } from '../catalogue';
import type { ExchangeObject, PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import { memberNames } from './nodes';
import { buildProperty } from './property';
import { unwrap } from './richValues';

export function objectNodes(root: Node): Node[] {
  const top = unwrap(root);
  if (top.type === 'object') return [top];
  if (top.type !== 'array') return [];
  const out: Node[] = [];
  for (const child of top.children ?? []) {
    const c = unwrap(child);
    if (c.type === 'object') out.push(c);
    // Arrays of arrays (several exports concatenated into one list): one level is flattened.
    else if (c.type === 'array') for (const g of c.children ?? []) if (unwrap(g).type === 'object') out.push(unwrap(g));
  }
  return out;
}

/** Error offsets in ascending order, for isComplete. */
export function errorOffsets(errors: readonly ParseError[]): number[] {
  return errors.map((e) => e.offset).sort((a, b) => a - b);
}

/** Closed by its "}" and free of syntax errors inside (`offsets` ascending). */
export function isComplete(node: Node, text: string, offsets: readonly number[]): boolean {
  const end = node.offset + node.length;
  if (text.charCodeAt(end - 1) !== 125 /* } */) return false;
  // The first error after the opening brace must not come before the closing one.
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] <= node.offset) lo = mid + 1;
    else hi = mid;
  }
  return lo >= offsets.length || offsets[lo] >= end - 1;
}

export function buildObject(node: Node, text: string, lines: LineIndex): ExchangeObject {
  // The kind only picks the catalogue types that decode values (enum numbers, sizes); analyzeObjects sets obj.kind
  // from the same property names.
  const kind = detectObjectKind(memberNames(node));
  const properties: PropertyValue[] = [];
  const byName = new Map<string, PropertyValue>();
  for (const member of node.children ?? []) {
    const key = member.children?.[0];
    if (!key || typeof key.value !== 'string') continue;
    const name = key.value as string;
    const prop = buildProperty(member, name, kind ? propertyDef(kind, name) : undefined, text, lines);
    properties.push(prop);
    const lower = name.toLowerCase();
    if (!byName.has(lower)) byName.set(lower, prop);
  }
  return { format: 'json', range: lines.range(node.offset, node.offset + node.length), properties, byName };
}
