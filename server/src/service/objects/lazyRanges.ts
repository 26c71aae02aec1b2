// Properties and list items whose ranges are computed from offsets only when asked for: a 15k-line dump has
// tens of thousands of them, and rules look at the range of a handful (the ones they report).
import type { PropertyDef } from '../catalogue/types';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import type { ListItem, PropertyValue } from './model';

export class OffsetListItem implements ListItem {
  private cached?: Range;
  constructor(
    readonly text: string,
    private lines: LineIndex,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get range(): Range {
    return (this.cached ??= this.lines.range(this.start, this.end));
  }
  /** See `OffsetProperty.relocate`. */
  relocate(lines: LineIndex): void {
    this.lines = lines;
  }
}

export class OffsetProperty implements PropertyValue {
  list?: ListItem[];
  truncated?: boolean;
  number?: number;
  def?: PropertyDef;
  private nameCached?: Range;
  private valueCached?: Range;

  /** `nameEnd` when the name in the file is not exactly `name` long (an escaped JSON key, a CLIXML N="…"). */
  constructor(
    readonly name: string,
    readonly text: string,
    readonly empty: boolean,
    private lines: LineIndex,
    private readonly nameStart: number,
    private readonly valueStart: number,
    private readonly valueEnd: number,
    private readonly nameEnd = nameStart + name.length,
  ) {}

  get nameRange(): Range {
    return (this.nameCached ??= this.lines.range(this.nameStart, this.nameEnd));
  }
  get valueRange(): Range {
    return (this.valueCached ??= this.lines.range(this.valueStart, this.valueEnd));
  }
  /**
   * Reads its ranges from a later version of the text, which is the same up to the property's offsets (an edited
   * script reuses the objects of the commands before the edit): the older version's index is not kept alive.
   */
  relocate(lines: LineIndex): void {
    this.lines = lines;
    if (this.list) for (const item of this.list) if (item instanceof OffsetListItem) item.relocate(lines);
  }
}
