// One protocol-log row split into its fields, as Exchange's CSV writer escapes them: a field holding a comma, a
// quote or a line break is quoted and its quotes doubled; line breaks inside a field are written as `\r` / `\n`,
// so one physical line is one row. Offsets are kept (not copies) so the reader allocates little per row.

/** Where the fields of one line are: raw bounds (quotes included), in UTF-16 code units from the line start. */
export class RowFields {
  /** Number of fields found (a well-formed row has 9). */
  count = 0;
  readonly start = new Int32Array(16);
  readonly end = new Int32Array(16);
  /** Bit i set when field i is quoted. */
  quoted = 0;
  /** A quoted field without its closing quote. */
  unterminated = false;
  line = '';

  /** Splits `line` (no line break) into fields, up to 16. */
  split(line: string, from = 0): this {
    this.line = line;
    this.count = 0;
    this.quoted = 0;
    this.unterminated = false;
    const n = line.length;
    let i = from;
    for (;;) {
      if (this.count === 16) return this;
      const k = this.count++;
      if (line.charCodeAt(i) === 34 /* " */) {
        this.quoted |= 1 << k;
        let j = i + 1;
        for (;;) {
          const q = line.indexOf('"', j);
          if (q < 0) {
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
        this.end[k] = c < 0 ? n : c;
        if (c < 0) return this;
        i = c + 1;
      } else {
        const c = line.indexOf(',', i);
        this.start[k] = i;
        this.end[k] = c < 0 ? n : c;
        if (c < 0) return this;
        i = c + 1;
      }
    }
  }

  /** The field's value: unquoted, doubled quotes made single. */
  value(k: number): string {
    if (k >= this.count) return '';
    const s = this.start[k];
    const e = this.end[k];
    if (!(this.quoted & (1 << k))) return this.line.slice(s, e);
    const last = this.line.lastIndexOf('"', e - 1);
    const inner = this.line.slice(s + 1, last > s ? last : e);
    return inner.includes('""') ? inner.replace(/""/g, '"') : inner;
  }

  /** Where the field's value starts in the line (after an opening quote). */
  valueStart(k: number): number {
    return this.quoted & (1 << k) ? this.start[k] + 1 : this.start[k];
  }

  /** Where the field's value ends in the line (before a closing quote). */
  valueEnd(k: number): number {
    if (!(this.quoted & (1 << k))) return this.end[k];
    const last = this.line.lastIndexOf('"', this.end[k] - 1);
    return last > this.start[k] ? last : this.end[k];
  }

  /** The field is empty (no characters between its commas). */
  isEmpty(k: number): boolean {
    return k >= this.count || this.end[k] === this.start[k];
  }

  /** The field's first character code (0 when empty). */
  first(k: number): number {
    return this.isEmpty(k) ? 0 : this.line.charCodeAt(this.valueStart(k));
  }

  /** Where `text` occurs in the field (a column of the line), or -1. `text` must hold no quote. */
  find(k: number, text: string, from = 0): number {
    if (k >= this.count) return -1;
    const at = this.line.indexOf(text, Math.max(this.valueStart(k), from));
    return at >= 0 && at + text.length <= this.valueEnd(k) ? at : -1;
  }

  /** The field's value starts with `text` (compared on the raw line; `text` must hold no quote). */
  startsWith(k: number, text: string): boolean {
    return k < this.count && this.line.startsWith(text, this.valueStart(k)) && this.valueStart(k) + text.length <= this.valueEnd(k);
  }
}
