// Dates as Get-ExchangeCertificate and WhenChanged print them in Format-List: the local culture's general
// date/time ("G") pattern, e.g. `8/12/2024 6:14:02 PM` (en-US), `12/08/2024 18:14:02` (en-GB),
// `12.08.2024 18:14:02` (de-DE), `2024/08/12 18:14:02` (ja-JP), `2022-11-20 9:27:45 AM`, `12/03/2019 14:45:58`
// (invariant culture, month first). Also ISO 8601 (CLIXML <DT>, with an offset) and the Windows PowerShell
// JSON form `/Date(1723486442000)/`. Local-culture text has no time zone: it is read as UTC.
import { fail, ok, quote, type ValueResult } from './result';

export type DateOrder = 'auto' | 'mdy' | 'dmy';

export interface CultureDateOptions {
  /** How to read dd/dd/yyyy: 'auto' (default) decides from the text, 'mdy' and 'dmy' force an order. */
  order?: DateOrder;
  /** Why an explicit order applies, for the reading (default: "as configured"). */
  orderReason?: string;
  /** The UTC offset of the machine that printed the text, for a time without a zone (default: taken as UTC). */
  utcOffsetMinutes?: number;
}

export interface CultureDate {
  date: Date;
  /** Day and month could be swapped and nothing in the text settles which is which. */
  ambiguous: boolean;
  /** How the text was read, in a sentence fragment for hover and messages. */
  reading: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EXAMPLE = '"8/12/2024 6:14:02 PM", "12.08.2024 18:14:02" or "2024-08-12T18:14:02+02:00"';
const NO_ZONE = 'the text has no time zone, so the time is taken as UTC';

// Date, optional time, optional AM/PM, optional zone. Every quantifier is bounded or separated by a fixed
// character, and the text is at most 100 characters, so matching is linear.
const CULTURE =
  /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?(?:\s?([AaPp])\.?\s?[Mm]\.?)?\s?(Z|[+-]\d{2}:?\d{2})?$/;
const TWO_DIGIT_YEAR = (t: string) =>
  `${quote(t)} has a two-digit year, which leaves the century and the order of the parts unclear; export with Export-Clixml or ConvertTo-Json to get exact dates.`;
const JSON_DATE = /^\\?\/Date\((-?\d{1,15})([+-]\d{4})?\)\\?\/$/;

export function parseCultureDate(text: string, opts: CultureDateOptions = {}): ValueResult<CultureDate> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; expected a date such as ${EXAMPLE}.`);
  if (t.length > 100) return fail(`${quote(t)} is not a date; expected a date such as ${EXAMPLE}.`);

  const j = JSON_DATE.exec(t);
  if (j) {
    const date = new Date(Number(j[1]));
    if (Number.isNaN(date.getTime())) return fail(`${quote(t)} is outside the range of dates.`);
    return ok({ date, ambiguous: false, reading: `a JSON date (milliseconds since 1 January 1970 UTC): ${describe(date)} UTC` });
  }

  const m = CULTURE.exec(t);
  if (!m) {
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)/.test(t)) {
      return fail(TWO_DIGIT_YEAR(t));
    }
    return fail(`${quote(t)} is not a date in a form this checker reads; expected e.g. ${EXAMPLE}.`);
  }
  const [, p1, sep, p2, p3, hh, mi, ss, frac, ampm, zone] = m;

  // Which part is the year?
  let year: number;
  let month: number;
  let day: number;
  let how: string;
  let ambiguous = false;
  let alternative: { month: number; day: number } | undefined;
  if (p1.length === 4 && p3.length <= 2) {
    year = Number(p1);
    month = Number(p2);
    day = Number(p3);
    how = t.includes('T') || zone ? 'an ISO 8601 date' : 'read as year-month-day';
  } else if (p3.length === 4 && p1.length <= 2) {
    year = Number(p3);
    const a = Number(p1);
    const b = Number(p2);
    const order = opts.order ?? 'auto';
    if (order === 'mdy' || order === 'dmy') {
      const [mm, dd] = order === 'mdy' ? [a, b] : [b, a];
      const reason = opts.orderReason ?? 'as configured';
      if (mm < 1 || mm > 12)
        return fail(`${quote(t)} cannot be read as ${order === 'mdy' ? 'month/day/year' : 'day/month/year'} (${reason}): ${mm} is not a month.`);
      month = mm;
      day = dd;
      how = `read as ${order === 'mdy' ? 'month/day/year' : 'day/month/year'} (${reason})`;
      // Still two readings in the text itself: say which one was used.
      if (a <= 12 && b <= 12 && a !== b) {
        ambiguous = true;
        alternative = { month: dd, day: mm };
      }
    } else if (a > 12 && b > 12) {
      return fail(`${quote(t)} is not a date: neither ${a} nor ${b} can be a month.`);
    } else if (a > 12) {
      month = b;
      day = a;
      how = `read as day/month/year (${a} cannot be a month)`;
    } else if (b > 12) {
      month = a;
      day = b;
      how = `read as month/day/year (${b} cannot be a month)`;
    } else if (a === b) {
      month = a;
      day = b;
      how = 'read as day and month (both orders give the same date)';
    } else if (sep === '.') {
      month = b;
      day = a;
      how = 'read as day.month.year (dates written with dots put the day first)';
    } else if (sep === '-') {
      month = b;
      day = a;
      ambiguous = true;
      alternative = { month: a, day: b };
      how = 'read as day-month-year (a guess: dashes usually put the day first)';
    } else {
      // An AM/PM clock proves nothing: en-AU, en-NZ, en-IN and others print 12-hour times after the day.
      month = a;
      day = b;
      ambiguous = true;
      alternative = { month: b, day: a };
      how =
        'read as month/day/year (a guess: nothing in the file settles the order; US English and the invariant culture put the month first, most other cultures the day)';
    }
  } else if (p1.length <= 2 && p3.length <= 2) {
    return fail(TWO_DIGIT_YEAR(t));
  } else {
    return fail(`${quote(t)} is not a date: it needs a four-digit year at the start or the end, e.g. ${EXAMPLE}.`);
  }

  if (month < 1 || month > 12) return fail(`${quote(t)} is not a date: ${month} is not a month.`);
  if (year < 1) return fail(`${quote(t)} is not a date: the year must be 1 or later.`);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) return fail(`${quote(t)} is not a date: ${MONTHS[month - 1]} ${year} has no day ${day}.`);

  let hour = hh === undefined ? 0 : Number(hh);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = ss === undefined ? 0 : Number(ss);
  if (ampm) {
    if (hh === undefined) return fail(`${quote(t)} has AM/PM but no time.`);
    if (hour < 1 || hour > 12) return fail(`${quote(t)} is not a time: with AM/PM the hour goes from 1 to 12.`);
    const pm = ampm.toLowerCase() === 'p';
    hour = pm ? (hour % 12) + 12 : hour % 12;
  } else if (hour > 23) {
    return fail(`${quote(t)} is not a time: the hour goes from 0 to 23.`);
  }
  if (minute > 59 || second > 59) return fail(`${quote(t)} is not a time: minutes and seconds go from 00 to 59.`);
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));

  let offsetMinutes = zone ? 0 : (opts.utcOffsetMinutes ?? 0);
  if (zone && zone !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!z || Number(z[2]) > 14 || Number(z[3]) > 59) return fail(`${quote(t)} has an impossible UTC offset ${quote(zone)}.`);
    offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  }

  const date = utc(year, month, day, hour, minute, second, ms, offsetMinutes);
  let reading = `${how}: ${describe(date)} UTC`;
  if (alternative && alternative.month >= 1 && alternative.month <= 12 && alternative.day <= daysInMonth(year, alternative.month)) {
    reading += `; read the other way it would be ${alternative.day} ${MONTHS[alternative.month - 1]} ${year}`;
  }
  if (!zone)
    reading += opts.utcOffsetMinutes === undefined ? `; ${NO_ZONE}` : `; the time is the server's local time (UTC${offsetText(opts.utcOffsetMinutes)})`;
  return ok({ date, ambiguous, reading });
}

export type DayMonthOrder = 'mdy' | 'dmy';

/** The two ways to read a date whose day and month could be swapped, for weighing evidence across a file. */
export interface DateReadings {
  /** The date read month first; undefined when that reading is impossible (13/01/2024, 12.08.2024). */
  mdy?: Date;
  /** The date read day first; undefined when that reading is impossible (01/13/2024). */
  dmy?: Date;
  /** The text itself settles nothing: both readings exist and differ. */
  ambiguous: boolean;
}

/**
 * Both readings of a culture date (ISO, JSON and year-first dates have one, the same both ways); undefined for
 * text that is no date at all. Dots count as day first (no culture writes month.day.year).
 */
export function dateReadings(text: string): DateReadings | undefined {
  const t = text.trim();
  if (t.length > 100) return undefined;
  const m = CULTURE.exec(t);
  if (!m || m[4].length !== 4 || m[1].length > 2) {
    const d = parseCultureDate(t).value;
    return d ? { mdy: d.date, dmy: d.date, ambiguous: false } : undefined;
  }
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = Number(m[4]);
  const possible = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  const mdyOk = m[2] !== '.' && possible(a, b);
  const dmyOk = possible(b, a);
  if (!mdyOk && !dmyOk) return undefined;
  // Parse once (the time and zone are the same both ways); the other reading is the same instant days apart.
  const first = parseCultureDate(t, { order: mdyOk ? 'mdy' : 'dmy' }).value?.date;
  if (!first) return undefined;
  const day = (month: number, d: number) => utc(year, month, d, 0, 0, 0, 0, 0).getTime();
  const mdy = mdyOk ? first : undefined;
  const dmy = !dmyOk ? undefined : mdyOk ? new Date(first.getTime() + day(b, a) - day(a, b)) : first;
  return { mdy, dmy, ambiguous: mdy !== undefined && dmy !== undefined && mdy.getTime() !== dmy.getTime() };
}

/**
 * What the text of the dates says about the order: for each order, the first date that rules it out
 * ("25/03/2024" rules out month first). AM/PM says nothing: en-AU and en-NZ print it after the day.
 */
export function textOrderEvidence(texts: Iterable<string>): { notMdy?: string; notDmy?: string } {
  const out: { notMdy?: string; notDmy?: string } = {};
  for (const text of texts) {
    const r = dateReadings(text);
    if (!r) continue;
    if (r.mdy === undefined && r.dmy !== undefined) out.notMdy ??= text.trim();
    else if (r.dmy === undefined && r.mdy !== undefined) out.notDmy ??= text.trim();
    if (out.notMdy && out.notDmy) break;
  }
  return out;
}

/**
 * The day/month order that the dates of one dump agree on, from the dates that settle it (a part above 12, or
 * dots), or undefined when none settles it or they disagree. Pass every culture date of the same file.
 */
export function inferDateOrder(texts: Iterable<string>): DayMonthOrder | undefined {
  const e = textOrderEvidence(texts);
  if (Boolean(e.notMdy) === Boolean(e.notDmy)) return undefined;
  return e.notMdy ? 'dmy' : 'mdy';
}

/** +10:00, -05:30, +00:00. */
export function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function utc(year: number, month: number, day: number, h: number, mi: number, s: number, ms: number, offsetMinutes: number): Date {
  const d = new Date(Date.UTC(2000, month - 1, day, h, mi, s, ms));
  d.setUTCFullYear(year, month - 1, day);
  return new Date(d.getTime() - offsetMinutes * 60000);
}

function describe(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
