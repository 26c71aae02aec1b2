// One protocol-log row split into its fields, as Exchange's CSV writer escapes them: a field holding a comma, a
// quote or a line break is quoted and its quotes doubled; line breaks inside a field are written as `\r` / `\n`,
// so one physical line is one row. Offsets are kept (not copies) so the reader allocates little per row.

/**
 * Where the fields of one row are: raw bounds (quotes included), as offsets into `text`, which holds the row
 * between `base` and `stop` (a whole chunk of a log: no copy of the line is made). `col` turns an offset into a
 * column of the row.
 */
export class RowFields {
  /** Number of fields found (a well-formed row has 9). */
  count = 0;
  readonly start = new Int32Array(16);
  readonly end = new Int32Array(16);
  /** Bit i set when field i is quoted. */
  quoted = 0;
  /** A quoted field without its closing quote. */
  unterminated = false;
  text = '';
  /** Where the row starts and ends in `text` (its line break excluded). */
  base = 0;
  stop = 0;

  /** Splits the row `text[base..stop)` into fields (up to 16); `from` skips a BOM. */
  split(text: string, base = 0, stop = text.length, from = base): this {
    this.text = text;
    this.base = base;
    this.stop = stop;
    this.count = 0;
    this.quoted = 0;
    this.unterminated = false;
    const line = text;
    const n = stop;
    let i = from;
    for (;;) {
      if (this.count === 16) return this;
      const k = this.count++;
      if (line.charCodeAt(i) === 34 /* " */) {
        this.quoted |= 1 << k;
        let j = i + 1;
        for (;;) {
          const q = line.indexOf('"', j);
          if (q < 0 || q >= n) {
            this.unterminated = true;
            this.start[k] = i;
            this.end[k] = n;
            return this;
          }
          if (line.charCodeAt(q + 1) === 34) {
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        this.start[k] = i;
        // Text after the closing quote up to the comma stays in the field (a writer would not produce it).
        const c = line.indexOf(',', j);
        this.end[k] = c < 0 || c >= n ? n : c;
        if (c < 0 || c >= n) return this;
        i = c + 1;
      } else {
        const c = line.indexOf(',', i);
        this.start[k] = i;
        this.end[k] = c < 0 || c >= n ? n : c;
        if (c < 0 || c >= n) return this;
        i = c + 1;
      }
    }
  }

  /** The column of the row at offset `at` of `text`. */
  col(at: number): number {
    return at - this.base;
  }

  /** The row itself (a copy). */
  row(): string {
    return this.text.slice(this.base, this.stop);
  }

  /** The field's value: unquoted, doubled quotes made single. */
  value(k: number): string {
    if (k >= this.count) return '';
    const s = this.start[k];
    const e = this.end[k];
    if (!(this.quoted & (1 << k))) return this.text.slice(s, e);
    const last = this.text.lastIndexOf('"', e - 1);
    const inner = this.text.slice(s + 1, last > s ? last : e);
    return inner.includes('""') ? inner.replace(/""/g, '"') : inner;
  }

  /** Where the field's value starts in `text` (after an opening quote). */
  valueStart(k: number): number {
    return this.quoted & (1 << k) ? this.start[k] + 1 : this.start[k];
  }

  /** Where the field's value ends in `text` (before a closing quote). */
  valueEnd(k: number): number {
    if (!(this.quoted & (1 << k))) return this.end[k];
    const last = this.text.lastIndexOf('"', this.end[k] - 1);
    return last > this.start[k] ? last : this.end[k];
  }

  /** The field is empty (no characters between its commas). */
  isEmpty(k: number): boolean {
    return k >= this.count || this.end[k] === this.start[k];
  }

  /** The field's first character code (0 when empty). */
  first(k: number): number {
    return this.isEmpty(k) ? 0 : this.text.charCodeAt(this.valueStart(k));
  }

  /** Where `text` occurs in the field (an offset into `text`), or -1. `text` must hold no quote. */
  find(k: number, text: string, from = 0): number {
    if (k >= this.count) return -1;
    const start = this.valueStart(k);
    // Searched in the field only: a search of the whole chunk would cost the rest of the chunk when absent.
    const at = this.text.slice(start, this.valueEnd(k)).indexOf(text, Math.max(0, from - start));
    return at < 0 ? -1 : start + at;
  }

  /** The field's value starts with `text` (compared on the raw line; `text` must hold no quote). */
  startsWith(k: number, text: string): boolean {
    return k < this.count && this.text.startsWith(text, this.valueStart(k)) && this.valueStart(k) + text.length <= this.valueEnd(k);
  }
}
