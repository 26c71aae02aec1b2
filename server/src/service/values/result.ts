// The shape every value parser returns, and small helpers for writing its messages.

/**
 * What a value parser found.
 * - `value` alone: the text is valid.
 * - `problem` alone: the text could not be read.
 * - both: the text was read but is not acceptable (out of range, inconsistent); `value` is what it says.
 * Callers that only want valid values test `problem === undefined`.
 */
export interface ValueResult<T> {
  value?: T;
  problem?: string;
}

export function ok<T>(value: T): ValueResult<T> {
  return { value };
}

export function fail<T>(problem: string): ValueResult<T> {
  return { problem };
}

/** Read but not acceptable. */
export function flawed<T>(value: T, problem: string): ValueResult<T> {
  return { value, problem };
}

/** The text quoted for a message, shortened so that a megabyte of garbage stays a short sentence. */
export function quote(text: string, max = 60): string {
  let t = text;
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  // Control characters (newlines, tabs) would break the message onto several lines.
  t = t.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : '·'));
  return `"${t}"`;
}

/** 36700160 → "36,700,160" (the invariant-culture N0 format Exchange uses). */
export function groupThousands(n: number | bigint): string {
  const neg = n < 0;
  const digits = (neg ? -n : n).toString();
  if (!/^\d+$/.test(digits)) return n.toString();
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return (neg ? '-' : '') + out;
}
