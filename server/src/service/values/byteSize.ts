// ByteQuantifiedSize as Exchange displays it: `{value:G4} {B|KB|MB|GB|TB} ({bytes:N0} bytes)`, culture-invariant,
// e.g. `35 MB (36,700,160 bytes)`, `152.1 MB (159,449,088 bytes)`, or `Unlimited` for Unlimited<ByteQuantifiedSize>.
import { fail, flawed, groupThousands, ok, quote, type ValueResult } from './result';

export type ByteUnit = 'B' | 'KB' | 'MB' | 'GB' | 'TB';
export type ByteSize = { bytes: number } | 'Unlimited';

export interface ByteSizeOptions {
  /** Inclusive lower bound in bytes. */
  min?: number;
  /** Inclusive upper bound in bytes. */
  max?: number;
  /** The literal `Unlimited` is allowed. */
  unlimited?: boolean;
}

export const BYTE_UNITS: Readonly<Record<ByteUnit, number>> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
};

const EXAMPLE = '"35 MB (36,700,160 bytes)"';
// Linear: no nested quantifiers; the text is length-checked before it runs.
const DISPLAY = /^(\d+(?:\.\d+)?(?:E[+-]?\d+)?) ?(B|KB|MB|GB|TB) \((\d[\d,]*) bytes?\)$/i;
const SHORT = /^(\d+(?:\.\d+)?) ?([KMGT]?B)$/i;

export function parseByteSize(text: string, opts: ByteSizeOptions = {}): ValueResult<ByteSize> {
  const t = text.trim();
  const valid = opts.unlimited ? `${EXAMPLE} or "Unlimited"` : EXAMPLE;
  if (t === '') return fail(`The value is empty; Exchange writes sizes as ${valid}.`);
  if (t.length > 80) return fail(`${quote(t)} is not a size; Exchange writes sizes as ${valid}.`);
  if (t.toLowerCase() === 'unlimited') {
    if (opts.unlimited) return ok('Unlimited');
    return fail(`"Unlimited" is not allowed for this size; it needs a limit such as ${EXAMPLE}.`);
  }
  const m = DISPLAY.exec(t);
  if (!m) {
    // "35MB": how a size is typed in a cmdlet, and how Exchange 2007 prints it. Exchange accepts it.
    const s = SHORT.exec(t);
    if (s) return withinLimits({ bytes: shortBytes(s[1], s[2]) }, opts);
    return fail(`${quote(t)} is not a size; Exchange writes sizes as ${valid}.`);
  }
  const [, head, unitText, bytesText] = m;
  const unit = unitText.toUpperCase() as ByteUnit;
  if (bytesText.includes(',') && !/^\d{1,3}(?:,\d{3})*$/.test(bytesText)) {
    return fail(`The byte count in ${quote(t)} has misplaced thousands separators; Exchange groups digits in threes, e.g. ${EXAMPLE}.`);
  }
  const bytes = Number(bytesText.replace(/,/g, ''));
  const shown = Number(head);
  if (!Number.isFinite(bytes) || !Number.isFinite(shown)) return fail(`${quote(t)} is not a size; Exchange writes sizes as ${valid}.`);
  const value = { bytes };

  if (!consistent(shown, bytes / BYTE_UNITS[unit])) {
    return flawed(
      value,
      `${quote(t)} contradicts itself: ${groupThousands(bytes)} bytes is ${formatByteSize(bytes)}, not ${head} ${unit}. The byte count is what Exchange uses; check whether the dump was edited.`,
    );
  }
  return withinLimits(value, opts);
}

function withinLimits(value: { bytes: number }, opts: ByteSizeOptions): ValueResult<ByteSize> {
  const { bytes } = value;
  if (opts.min !== undefined && bytes < opts.min) {
    return flawed(value, `${formatByteSize(bytes)} is below the minimum of ${formatByteSize(opts.min)}.`);
  }
  if (opts.max !== undefined && bytes > opts.max) {
    return flawed(value, `${formatByteSize(bytes)} is above the maximum of ${formatByteSize(opts.max)}.`);
  }
  return ok(value);
}

function shortBytes(amount: string, unit: string): number {
  const u = unit.toUpperCase();
  return Math.round(Number(amount) * (u === 'B' ? 1 : BYTE_UNITS[u as ByteUnit]));
}

/** Bytes → Exchange's display text, e.g. 36700160 → "35 MB (36,700,160 bytes)". */
export function formatByteSize(bytes: number): string {
  const b = Math.max(0, Math.floor(bytes));
  let unit: ByteUnit = 'B';
  for (const u of ['TB', 'GB', 'MB', 'KB'] as const) {
    if (b >= BYTE_UNITS[u]) {
      unit = u;
      break;
    }
  }
  return `${formatG4(b / BYTE_UNITS[unit])} ${unit} (${groupThousands(b)} bytes)`;
}

/** .NET "G4": four significant digits, trailing zeros dropped, exponent form (E+04) from 10,000 up. */
export function formatG4(x: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp >= 4 || exp < -5) {
    const [mant, e] = x.toExponential(3).split('e');
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const n = Number(e);
    return `${m}E${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const p = x.toPrecision(4);
  // toPrecision can itself switch to exponent form near 10^4 after rounding (9999.5 → "1.000e+4").
  if (p.includes('e')) return formatG4(Number(p));
  return p.includes('.') ? p.replace(/0+$/, '').replace(/\.$/, '') : p;
}

/** Is `shown` what G4 rounding of `exact` can print? Allows either rounding direction at a tie. */
function consistent(shown: number, exact: number): boolean {
  if (exact === 0) return shown === 0;
  const exp = Math.floor(Math.log10(Math.abs(exact)));
  const halfStep = 0.5 * 10 ** (exp - 3);
  return Math.abs(shown - exact) <= halfStep * (1 + 1e-9) + Number.EPSILON * Math.abs(exact);
}
