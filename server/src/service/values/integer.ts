// Whole numbers as Format-List prints them: plain digits, an optional minus sign, no thousands separators;
// `Unlimited` for Unlimited<int> properties (MessageRateLimit, MaxInboundConnection, ...).
import { fail, flawed, ok, quote, type ValueResult } from './result';

export interface IntegerOptions {
  /** Inclusive lower bound. */
  min?: number;
  /** Inclusive upper bound. */
  max?: number;
  /** The literal `Unlimited` is allowed. */
  unlimited?: boolean;
}

export type IntegerValue = number | 'Unlimited';

const DIGITS = /^[+-]?\d+$/;
const GROUPED = /^[+-]?\d{1,3}(?:[,.\u00a0\u202f ']\d{3})+$/;

export function parseInteger(text: string, opts: IntegerOptions = {}): ValueResult<IntegerValue> {
  const t = text.trim();
  const expected = describeRange(opts);
  if (t === '') return fail(`The value is empty; expected ${expected}.`);
  if (t.length > 40) return fail(`${quote(t)} is not a whole number; expected ${expected}.`);
  if (t.toLowerCase() === 'unlimited') {
    if (opts.unlimited) return ok('Unlimited');
    return fail(`"Unlimited" is not allowed here; expected ${expected}.`);
  }
  if (GROUPED.test(t)) {
    return fail(
      `${quote(t)} looks like a number with thousands separators, which Format-List never prints in whole numbers; write ${t.replace(/[^\d+-]/g, '')}.`,
    );
  }
  if (!DIGITS.test(t)) {
    return fail(`${quote(t)} is not a whole number; expected ${expected}.`);
  }
  const n = Number(t);
  if (!Number.isSafeInteger(n)) return fail(`${quote(t)} is too large to be a whole number Exchange stores; expected ${expected}.`);
  const value = Object.is(n, -0) ? 0 : n;
  if ((opts.min !== undefined && value < opts.min) || (opts.max !== undefined && value > opts.max)) {
    const which = opts.min !== undefined && value < opts.min ? `below the minimum of ${opts.min}` : `above the maximum of ${opts.max}`;
    return flawed(value, `${value} is ${which}; expected ${expected}.`);
  }
  return ok(value);
}

function describeRange(opts: IntegerOptions): string {
  let s: string;
  if (opts.min !== undefined && opts.max !== undefined) s = `a whole number from ${opts.min} to ${opts.max}`;
  else if (opts.min !== undefined) s = `a whole number of at least ${opts.min}`;
  else if (opts.max !== undefined) s = `a whole number of at most ${opts.max}`;
  else s = 'a whole number such as 20';
  return opts.unlimited ? `${s} or Unlimited` : s;
}
