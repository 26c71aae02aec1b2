// EnhancedTimeSpan / TimeSpan as Exchange prints them (the .NET "c" format): `[-][d.]hh:mm:ss[.fffffff]`,
// e.g. `00:10:00`, `1.00:00:00`, `00:00:00.5000000`; `Unlimited` for Unlimited<EnhancedTimeSpan>.
import { fail, flawed, ok, quote, type ValueResult } from './result';

export interface TimeSpanOptions {
  /** Inclusive lower bound, written the same way (e.g. "00:00:01"). An unreadable bound is ignored. */
  min?: string;
  /** Inclusive upper bound, e.g. "1.00:00:00". */
  max?: string;
  /** The literal `Unlimited` is allowed. */
  unlimited?: boolean;
}

/** Milliseconds (fractional below 1 ms when the text has 100 ns ticks), or `Unlimited`. */
export type TimeSpanValue = number | 'Unlimited';

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;
/** TimeSpan.MaxValue is 10675199.02:48:05.4775807. */
const MAX_DAYS = 10675199;

const EXAMPLE = '"00:10:00" (ten minutes) or "1.00:00:00" (one day)';
const C_FORMAT = /^(-)?(?:(\d{1,8})\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;
const COLON_DAYS = /^-?\d{1,8}:\d{1,2}:\d{2}:\d{2}(?:\.\d{1,7})?$/;
const NO_SECONDS = /^-?\d{1,2}:\d{2}$/;

export function parseTimeSpan(text: string, opts: TimeSpanOptions = {}): ValueResult<TimeSpanValue> {
  const t = text.trim();
  const valid = `[d.]hh:mm:ss, e.g. ${EXAMPLE}${opts.unlimited ? ', or "Unlimited"' : ''}`;
  if (t === '') return fail(`The value is empty; Exchange writes time spans as ${valid}.`);
  if (t.length > 40) return fail(`${quote(t)} is not a time span; Exchange writes them as ${valid}.`);
  if (t.toLowerCase() === 'unlimited') {
    if (opts.unlimited) return ok('Unlimited');
    return fail(`"Unlimited" is not allowed for this time span; it needs a length such as ${EXAMPLE}.`);
  }
  const m = C_FORMAT.exec(t);
  if (!m) {
    if (COLON_DAYS.test(t)) {
      return fail(`${quote(t)} separates the days with a colon; Exchange prints days followed by a dot, e.g. "1.00:00:00" for one day.`);
    }
    if (NO_SECONDS.test(t)) {
      return fail(
        `${quote(t)} has no seconds; Exchange prints time spans as hh:mm:ss, e.g. "${t.startsWith('-') ? '-' : ''}${t.replace(/^-/, '').padStart(5, '0')}:00".`,
      );
    }
    return fail(`${quote(t)} is not a time span; Exchange writes them as ${valid}.`);
  }
  const [, minus, d, h, mi, s, frac] = m;
  const days = d === undefined ? 0 : Number(d);
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s);
  if (hours > 23) return fail(`${quote(t)} has ${hours} hours; hours go from 00 to 23 and whole days are written before a dot, e.g. "1.00:00:00".`);
  if (minutes > 59) return fail(`${quote(t)} has ${minutes} minutes; minutes go from 00 to 59.`);
  if (seconds > 59) return fail(`${quote(t)} has ${seconds} seconds; seconds go from 00 to 59.`);
  if (days > MAX_DAYS) return fail(`${quote(t)} is longer than the longest time span .NET can hold (${MAX_DAYS} days).`);
  const ticks = frac === undefined ? 0 : Number(frac.padEnd(7, '0'));
  const abs = days * MS_PER_DAY + hours * MS_PER_HOUR + minutes * MS_PER_MINUTE + seconds * MS_PER_SECOND + ticks / 10000;
  const ms = minus && abs !== 0 ? -abs : abs;

  const min = bound(opts.min);
  const max = bound(opts.max);
  if (min !== undefined && ms < min) {
    return flawed(ms, `${t} is shorter than the minimum of ${opts.min}${rangeText(opts)}.`);
  }
  if (max !== undefined && ms > max) {
    return flawed(ms, `${t} is longer than the maximum of ${opts.max}${rangeText(opts)}.`);
  }
  return ok(ms);
}

/** Milliseconds → the "c" format Exchange prints, e.g. 600000 → "00:10:00", 86400000 → "1.00:00:00". */
export function formatTimeSpan(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const neg = ms < 0;
  let ticks = Math.round(Math.abs(ms) * 10000);
  const days = Math.floor(ticks / (MS_PER_DAY * 10000));
  ticks -= days * MS_PER_DAY * 10000;
  const hours = Math.floor(ticks / (MS_PER_HOUR * 10000));
  ticks -= hours * MS_PER_HOUR * 10000;
  const minutes = Math.floor(ticks / (MS_PER_MINUTE * 10000));
  ticks -= minutes * MS_PER_MINUTE * 10000;
  const seconds = Math.floor(ticks / (MS_PER_SECOND * 10000));
  ticks -= seconds * MS_PER_SECOND * 10000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${neg ? '-' : ''}${days > 0 ? `${days}.` : ''}${two(hours)}:${two(minutes)}:${two(seconds)}${ticks > 0 ? `.${String(ticks).padStart(7, '0')}` : ''}`;
}

function bound(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const r = parseTimeSpan(text);
  return r.problem === undefined && typeof r.value === 'number' ? r.value : undefined;
}

function rangeText(opts: TimeSpanOptions): string {
  if (opts.min !== undefined && opts.max !== undefined) return ` (allowed: ${opts.min} to ${opts.max}${opts.unlimited ? ', or Unlimited' : ''})`;
  return '';
}
