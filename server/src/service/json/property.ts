// A JSON member ("Name": value) → a lazily ranged property of the shared model: the name range on the key without
// its quotes, the value range on the value (inside the quotes for a string), a range per collection item.
import type { Node } from 'jsonc-parser';
import type { PropertyDef } from '../catalogue/types';
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';
import type { PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import { valueSpan } from './nodes';
import { shape, valueShape, type ValueShape } from './valueShape';

export function buildProperty(member: Node, name: string, def: PropertyDef | undefined, text: string, lines: LineIndex): PropertyValue {
  const key = member.children![0];
  const keySpan = valueSpan(key);
  const valueNode = member.children?.[1];
  const at = afterColon(member, key);
  const value: ValueShape = valueNode ? valueShape(valueNode, def?.type, text) : shape({ start: at, end: at }, '', true);
  // The key's span, not the name's length: a key written with escapes ("\u0041uth…") is longer in the file.
  const prop = new OffsetProperty(name, value.text, value.empty, lines, keySpan.start, value.start, value.end, keySpan.end);
  if (value.number !== undefined) prop.number = value.number;
  if (value.items) prop.list = value.items.map((i) => new OffsetListItem(i.text, lines, i.start, i.end));
  if (value.truncated) prop.truncated = true;
  return prop;
}

function afterColon(member: Node, key: Node): number {
  return member.colonOffset !== undefined ? member.colonOffset + 1 : key.offset + key.length;
}
