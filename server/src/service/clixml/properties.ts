// Shapes (text + offsets) → the lazy-range property and list-item classes every reader shares.
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';
import type { PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import type { ValueShape } from './values';

/** An OffsetProperty whose name in the file is not exactly `name` long (an escaped N="…", a `[Not After]` title). */
class SpannedNameProperty extends OffsetProperty {
  private spanCached?: Range;
  constructor(name: string, text: string, empty: boolean, private readonly at: LineIndex, private readonly nameStartAt: number,
    private readonly nameEndAt: number, valueStart: number, valueEnd: number) {
    super(name, text, empty, at, nameStartAt, valueStart, valueEnd);
  }
  override get nameRange(): Range { return (this.spanCached ??= this.at.range(this.nameStartAt, this.nameEndAt)); }
}

export interface NameSpan { name: string; start: number; end: number }

export function makeProperty(lines: LineIndex, name: NameSpan, value: ValueShape): PropertyValue {
  const prop = name.end - name.start === name.name.length
    ? new OffsetProperty(name.name, value.text, value.empty, lines, name.start, value.start, value.end)
    : new SpannedNameProperty(name.name, value.text, value.empty, lines, name.start, name.end, value.start, value.end);
  if (value.number !== undefined) prop.number = value.number;
  if (value.items) prop.list = value.items.map((i) => new OffsetListItem(i.text, lines, i.start, i.end));
  return prop;
}
