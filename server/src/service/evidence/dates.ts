// Dates of evidence objects (UtcNow, LastSynchronizedUtc, LastRetryTime...) for rules: the reading the file's
// date order allows, or both readings when the file does not settle whether 5/6/2024 is 6 May or 5 June.
// A check then holds when it holds for every possible reading, and is uncertain when it holds for one only.
import type { ObjectsFile } from '../document';
import type { PropertyValue } from '../objects/model';
import { dateReadings } from '../values/cultureDate';

export interface DateChoice {
  /** The possible instants (one, or two when day and month could be swapped). */
  readings: Date[];
  /** DateTime.MinValue (1/1/0001): Exchange had no date to print. */
  never: boolean;
}

export function readDate(file: ObjectsFile, p: PropertyValue | undefined): DateChoice | undefined {
  if (!p || p.empty) return undefined;
  const r = dateReadings(p.text);
  if (!r) return undefined;
  const all = [r.mdy, r.dmy].filter((d): d is Date => d !== undefined);
  if (all.length === 0) return undefined;
  if (all[0].getUTCFullYear() <= 1) return { readings: [all[0]], never: true };
  if (!r.ambiguous) return { readings: [all[0]], never: false };
  if (file.dateOrderSource !== 'default') {
    const d = r[file.dateOrder];
    if (d) return { readings: [d], never: false };
  }
  return { readings: all, never: false };
}

/** Whether `test` holds for every pairing of readings ('yes'), for some ('maybe'), or for none ('no'). */
export function holds(a: DateChoice, b: DateChoice, test: (x: Date, y: Date) => boolean): 'yes' | 'maybe' | 'no' {
  // Two dates of one object come from one culture: read them the same way when both are ambiguous.
  const pairs: [Date, Date][] =
    a.readings.length === 2 && b.readings.length === 2
      ? [
          [a.readings[0], b.readings[0]],
          [a.readings[1], b.readings[1]],
        ]
      : a.readings.flatMap((x) => b.readings.map((y) => [x, y] as [Date, Date]));
  const results = pairs.map(([x, y]) => test(x, y));
  return results.every(Boolean) ? 'yes' : results.some(Boolean) ? 'maybe' : 'no';
}

/** A date choice for an instant known exactly (the time of the check). */
export function exactly(d: Date): DateChoice {
  return { readings: [d], never: false };
}
