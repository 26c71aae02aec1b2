// Dates of evidence objects (UtcNow, LastSynchronizedUtc, LastRetryTime...) for rules: the reading the file's
// date order allows, or both readings when the file does not settle whether 5/6/2024 is 6 May or 5 June.
// Two dates of one object come from one culture, so they are read the same way; a check then holds when it
// holds for every order still possible, and is uncertain when it holds for some only.
import type { ObjectsFile } from '../document';
import type { PropertyValue } from '../objects/model';
import { dateReadings } from '../values/cultureDate';

export type Order = 'mdy' | 'dmy';

export interface DateChoice {
  /** The instant under each order still possible; `exact` when the text (ISO, JSON, 13/05) has one reading. */
  readings: Partial<Record<Order, Date>> & { exact?: Date };
  /** DateTime.MinValue (1/1/0001): Exchange had no date to print. */
  never: boolean;
}

export function readDate(file: ObjectsFile, p: PropertyValue | undefined): DateChoice | undefined {
  if (!p || p.empty) return undefined;
  const r = dateReadings(p.text);
  if (!r) return undefined;
  const any = r.mdy ?? r.dmy;
  if (!any) return undefined;
  if (any.getUTCFullYear() <= 1) return { readings: { exact: any }, never: true };
  if (!r.ambiguous) return { readings: { exact: any }, never: false };
  if (file.dateOrderSource !== 'default') return { readings: { exact: r[file.dateOrder]! }, never: false };
  return { readings: { mdy: r.mdy, dmy: r.dmy }, never: false };
}

/** A choice for an instant known exactly (the time of the check). */
export function exactly(d: Date): DateChoice {
  return { readings: { exact: d }, never: false };
}

/** The orders a choice leaves open (none for an exact date). */
function orders(d: DateChoice): Order[] {
  return (['mdy', 'dmy'] as const).filter((o) => d.readings[o] !== undefined);
}

/** The date under an order (an exact date is the same under every order). */
export function under(d: DateChoice, o: Order | undefined): Date | undefined {
  return d.readings.exact ?? (o ? d.readings[o] : undefined);
}

/** The pairs of instants to compare, one per order still possible for both (or the one pair of exact dates). */
export function pairs(a: DateChoice, b: DateChoice, possible: (x: Date, y: Date) => boolean = () => true): [Date, Date][] {
  const open = [...new Set([...orders(a), ...orders(b)])];
  const list: [Date, Date][] = [];
  for (const o of open.length > 0 ? open : [undefined]) {
    const x = under(a, o);
    const y = under(b, o);
    if (x && y && possible(x, y)) list.push([x, y]);
  }
  return list;
}

/** Whether `test` holds for every possible pairing ('yes'), for some ('maybe'), or for none ('no'). */
export function holds(a: DateChoice, b: DateChoice, test: (x: Date, y: Date) => boolean, possible?: (x: Date, y: Date) => boolean): 'yes' | 'maybe' | 'no' {
  const results = pairs(a, b, possible).map(([x, y]) => test(x, y));
  if (results.length === 0) return 'no';
  return results.every(Boolean) ? 'yes' : results.some(Boolean) ? 'maybe' : 'no';
}

/** Keeps the readings that satisfy `possible` (a test result cannot come from after the check); all if none does. */
export function keep(d: DateChoice, possible: (x: Date) => boolean): DateChoice {
  if (d.readings.exact) return d;
  const kept: DateChoice['readings'] = {};
  for (const o of orders(d)) if (possible(d.readings[o]!)) kept[o] = d.readings[o];
  return Object.keys(kept).length > 0 ? { ...d, readings: kept } : d;
}
