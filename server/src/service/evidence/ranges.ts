// The range of a part of a property value (the failure inside a FailureDetail, the SMTP response inside a
// LastError): the value's text is walked along the file, a line break and indentation of a wrapped Format-List
// value standing for the space (or nothing) the reader put there. When the two differ (XML entities in CLIXML,
// JSON escapes), the whole value is the range.
import type { AnalyzedFileBase } from '../document';
import type { PropertyValue } from '../objects/model';
import type { Range } from '../types';

export function rangeIn(file: AnalyzedFileBase, prop: PropertyValue, start: number, end: number): Range {
  if (prop.empty || end <= start) return prop.valueRange;
  const from = file.lines.offsetAt(prop.valueRange.start);
  const to = file.lines.offsetAt(prop.valueRange.end);
  const text = prop.text;
  const at: number[] = [];
  let f = from;
  for (let i = 0; i < text.length && i <= end; i++) {
    while (f < to && file.text[f] !== text[i] && /\s/.test(file.text[f])) f++;
    if (f >= to || file.text[f] !== text[i]) {
      // A space the reader added where a wrapped line was joined has no character in the file.
      if (text[i] === ' ') {
        at.push(f);
        continue;
      }
      return prop.valueRange;
    }
    at.push(f);
    f++;
  }
  const s = at[start];
  const e = at[Math.min(end, text.length) - 1];
  return s === undefined || e === undefined ? prop.valueRange : file.lines.range(s, e + 1);
}
