// Format-Table output (the default view of Get-ExchangeCertificate: Thumbprint, Services, Subject; of
// Get-SendConnector / Get-ReceiveConnector: Identity and a few columns): where a table starts and what its columns
// are. A header is a line of property names that type an object kind, followed by its `----` line (forums often lose
// that line; a header alone counts when its names type a kind).
import { detectObjectKindByKeys } from '../catalogue';
import type { ObjectKind } from '../catalogue/types';

export interface TableColumn {
  name: string;
  /** Offsets of the header name in the text. */
  start: number;
  end: number;
  /** Offsets of this column's dashes under the header, when the `----` line was kept. */
  dashStart?: number;
  dashEnd?: number;
}

export interface TableHeader {
  /** Line of the header (0-based, in the text given). */
  line: number;
  /** Line of the dashes, when there is one. */
  dashLine?: number;
  columns: TableColumn[];
  kind: ObjectKind;
  /** Offsets of the header line. */
  start: number;
  end: number;
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/g;
const HEADER = /^[ \t]*[A-Za-z_][A-Za-z0-9_]*(?:[ \t]+[A-Za-z_][A-Za-z0-9_]*)+[ \t]*$/;
const DASHES = /^[ \t]*-+(?:[ \t]+-+)*[ \t]*$/;

/** Lines of a text with their offsets (the head only: `maxLines`). */
function splitLines(text: string, maxLines: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  while (from <= text.length && out.length < maxLines) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const end = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    out.push({ start: from, end });
    from = to + 1;
  }
  return out;
}

/** Every table header among the first `maxLines` lines. */
export function findTables(text: string, maxLines = Infinity): TableHeader[] {
  const lines = splitLines(text, maxLines);
  const out: TableHeader[] = [];
  for (let l = 0; l < lines.length; l++) {
    const { start, end } = lines[l];
    const line = text.slice(start, end);
    if (!HEADER.test(line)) continue;
    const columns: TableColumn[] = [];
    for (const m of line.matchAll(NAME)) columns.push({ name: m[0], start: start + m.index!, end: start + m.index! + m[0].length });
    const kind = detectObjectKindByKeys(new Set(columns.map((c) => c.name.toLowerCase())));
    if (!kind) continue;
    // The dashes line: the next non-blank line, one group of dashes per column.
    let d = l + 1;
    while (d < lines.length && d <= l + 2 && text.slice(lines[d].start, lines[d].end).trim() === '') d++;
    const dashText = d < lines.length ? text.slice(lines[d].start, lines[d].end) : '';
    let dashLine: number | undefined;
    if (DASHES.test(dashText)) {
      const groups = [...dashText.matchAll(/-+/g)];
      if (groups.length === columns.length) {
        dashLine = d;
        groups.forEach((g, i) => {
          columns[i].dashStart = lines[d].start + g.index!;
          columns[i].dashEnd = lines[d].start + g.index! + g[0].length;
        });
      }
    }
    out.push({ line: l, dashLine, columns, kind, start, end });
    l = dashLine ?? l;
  }
  return out;
}
