// Shapes (text + offsets) → the lazy-range property and list-item classes every reader shares.
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';
import type { PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import type { ValueShape } from './values';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

export function makeProperty(lines: LineIndex, name: NameSpan, value: ValueShape): PropertyValue {
  const prop = new OffsetProperty(name.name, value.text, value.empty, lines, name.start, value.start, value.end, name.end);
  if (value.number !== undefined) prop.number = value.number;
  if (value.items) prop.list = value.items.map((i) => new OffsetListItem(i.text, lines, i.start, i.end));
  return prop;
}
