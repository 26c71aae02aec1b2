// Tables of objects as admins know them from HealthChecker: one row per certificate or connector, one column per
// property that matters for TLS and relay, each cell coloured by the findings on it (their severity), green when
// the property was checked and nothing was found, plain otherwise. Credentials are never shown.
import { propertyDef } from '../catalogue';
import type { ObjectKind } from '../catalogue/types';
import { property, type ExchangeObject, type PropertyValue } from '../objects/model';
import { SEVERITY_ORDER, type Range } from '../types';
import type { FindingIndex } from './findings';
import type { Cell, FindingRef, Table, Tone } from './types';

/** How one column reads a row. */
export interface Column<R> {
  label: string;
  /** The header's tooltip (the catalogue's summary of the property by default). */
  title?: string;
  /** The text of the cell. */
  text: (row: R) => string;
  /** Where findings colour the cell: the property's line, or ranges the row says. */
  ranges?: (row: R) => Range[];
  /** Rules whose findings anywhere in the row colour this cell (facts of a certificate blob share one range). */
  rules?: readonly string[];
  /** A checked property: green when it is present and no finding is on it. */
  checked?: boolean;
  mono?: boolean;
}

export interface RowSource<R> {
  row: R;
  uri: string;
  /** The whole object: the findings column lists every finding in it. */
  range: Range;
  where: string;
}

/** Longer values are cut in cells (the file has them whole). */
const MAX_CELL = 300;

function cut(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
}

/** A property's text for a cell: lists joined, a cut list said so, credentials never. */
export function valueText(p: PropertyValue | undefined): string {
  if (!p) return '';
  if (p.def?.type.kind === 'credential') return p.empty ? '' : '(set; not shown)';
  if (p.empty) return '';
  const text = p.list ? p.list.map((i) => i.text.trim()).join(', ') : p.text;
  return cut(text) + (p.truncated ? ' … (list cut by $FormatEnumerationLimit)' : '');
}

/** The range a property covers in its file: from its name to the end of its value. */
export function propertyRange(p: PropertyValue | undefined): Range[] {
  return p ? [{ start: p.nameRange.start, end: p.valueRange.end }] : [];
}

function toneOf(refs: readonly FindingRef[]): Tone | undefined {
  let worst: FindingRef | undefined;
  for (const r of refs) if (!worst || SEVERITY_ORDER[r.severity] > SEVERITY_ORDER[worst.severity]) worst = r;
  return worst?.severity;
}

function unique(refs: FindingRef[]): FindingRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined);
}

export function buildTable<R>(
  id: string,
  caption: string,
  columns: readonly Column<R>[],
  rows: readonly RowSource<R>[],
  index: FindingIndex,
  note?: string,
): Table {
  return {
    id,
    caption,
    ...(note ? { note } : {}),
    columns: [...columns.map((c) => ({ label: c.label, ...(c.title ? { title: c.title } : {}) })), { label: 'Findings' }],
    rows: rows.map((src) => {
      const inRow = index.inRange(src.uri, src.range);
      const cells: Cell[] = columns.map((c) => {
        const text = c.text(src.row);
        const refs = unique([
          ...(c.ranges?.(src.row) ?? []).flatMap((r) => index.inRange(src.uri, r)),
          ...(c.rules ? inRow.filter((f) => c.rules!.includes(f.code)) : []),
        ]);
        const tone = toneOf(refs) ?? (c.checked && text !== '' ? 'good' : undefined);
        return { text, ...(tone ? { tone } : {}), ...(c.mono ? { mono: true } : {}), ...(refs.length ? { refs } : {}) };
      });
      cells.push(inRow.length ? { text: '', refs: inRow, tone: toneOf(inRow) } : { text: 'none', tone: 'good' });
      return { cells, where: src.where };
    }),
  };
}

/** A column that shows one property of an object, titled with the catalogue's summary of it. */
export function prop(kind: ObjectKind, name: string, options: { checked?: boolean; mono?: boolean; label?: string } = {}): Column<ExchangeObject> {
  return {
    label: options.label ?? name,
    title: propertyDef(kind, name)?.summary,
    text: (o) => valueText(property(o, name)),
    ranges: (o) => propertyRange(property(o, name)),
    ...(options.checked ? { checked: true } : {}),
    ...(options.mono ? { mono: true } : {}),
  };
}
