// A JSON member ("Name": value) → a lazily ranged property of the shared model: the name range on the key without
// its quotes, the value range on the value (inside the quotes for a string), a range per collection item.
import type { Node } from 'jsonc-parser';
import type { PropertyDef } from '../catalogue/types';
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';
import type { PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { valueSpan } from './nodes';
import { shape, valueShape, type ValueShape } from './valueShape';

/** A key written with escapes ("\u0041uth…") is longer in the file than its name. */
class EscapedNameProperty extends OffsetProperty {
  private nameSpanCached?: Range;
  constructor(name: string, text: string, empty: boolean, private readonly at: LineIndex, private readonly keyStart: number,
    private readonly keyEnd: number, valueStart: number, valueEnd: number) {
    super(name, text, empty, at, keyStart, valueStart, valueEnd);
  }
  override get nameRange(): Range { return (this.nameSpanCached ??= this.at.range(this.keyStart, this.keyEnd)); }
}

export function buildProperty(member: Node, name: string, def: PropertyDef | undefined, text: string, lines: LineIndex): PropertyValue {
  const key = member.children![0];
  const keySpan = valueSpan(key);
  const valueNode = member.children?.[1];
  const at = afterColon(member, key);
  const value: ValueShape = valueNode ? valueShape(valueNode, def?.type, text) : shape({ start: at, end: at }, '', true);
  const prop = keySpan.end - keySpan.start === name.length
    ? new OffsetProperty(name, value.text, value.empty, lines, keySpan.start, value.start, value.end)
    : new EscapedNameProperty(name, value.text, value.empty, lines, keySpan.start, keySpan.end, value.start, value.end);
  if (value.number !== undefined) prop.number = value.number;
  if (value.items) prop.list = value.items.map((i) => new OffsetListItem(i.text, lines, i.start, i.end));
  if (value.truncated) prop.truncated = true;
  return prop;
}

function afterColon(member: Node, key: Node): number {
  return member.colonOffset !== undefined ? member.colonOffset + 1 : key.offset + key.length;
}
