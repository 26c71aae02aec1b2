// TimeSpan/EnhancedTimeSpan objects ({"Ticks": 6000000000, "TotalMilliseconds": 600000, ...}) → the .NET "c"
// text Format-List prints: `[-][d.]hh:mm:ss[.fffffff]`. Ticks are 100 ns and may exceed 2^53: read as BigInt.

const TICKS_PER_SECOND = 10_000_000n;

export function ticksText(ticks: bigint): string {
  const neg = ticks < 0n;
  let rest = neg ? -ticks : ticks;
  const fraction = rest % TICKS_PER_SECOND;
  rest /= TICKS_PER_SECOND;
  const seconds = rest % 60n;
  rest /= 60n;
  const minutes = rest % 60n;
  rest /= 60n;
  const hours = rest % 24n;
  const days = rest / 24n;
  const two = (n: bigint) => String(n).padStart(2, '0');
  return `${neg ? '-' : ''}${days > 0n ? `${days}.` : ''}${two(hours)}:${two(minutes)}:${two(seconds)}${fraction > 0n ? `.${String(fraction).padStart(7, '0')}` : ''}`;
}

/** The ticks of a JSON number written as an integer (its source text, so nothing is rounded). */
export function ticksFromSource(src: string): bigint | undefined {
  return /^-?\d{1,20}$/.test(src) ? BigInt(src) : undefined;
}

/** Milliseconds (possibly fractional) → ticks. */
export function ticksFromMs(ms: number): bigint | undefined {
  return Number.isFinite(ms) ? BigInt(Math.round(ms * 10000)) : undefined;
}
