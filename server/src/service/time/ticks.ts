// .NET DateTime/TimeSpan ticks: Int64 counts of 100 ns. Values exceed 2^53, so BigInt throughout.

/** Ticks of 1970-01-01T00:00:00Z, counted from 0001-01-01T00:00:00Z. */
export const UNIX_EPOCH_TICKS = 621355968000000000n;
export const TICKS_PER_MS = 10000n;
export const TICKS_PER_MINUTE = 600000000n;
export const MAX_DATETIME_TICKS = 3155378975999999999n; // DateTime.MaxValue

export function ticksToDate(ticks: bigint): Date {
  return new Date(Number((ticks - UNIX_EPOCH_TICKS) / TICKS_PER_MS));
}

export function dateToTicks(date: Date): bigint {
  return BigInt(date.getTime()) * TICKS_PER_MS + UNIX_EPOCH_TICKS;
}

/** Parses a decimal Int64 as written by XmlConvert.ToString(long); undefined when it is not one. */
export function parseInt64(text: string): bigint | undefined {
  if (!/^-?\d{1,19}$/.test(text)) return undefined;
  const v = BigInt(text);
  if (v > 9223372036854775807n || v < -9223372036854775808n) return undefined;
  return v;
}

/** "1 day 2 h", "4 min 30 s", "3 years 2 months": a compact human duration. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const s = Math.floor(abs / 1000);
  // [seconds, unit, pluralises]
  const units: [number, string, boolean][] = [
    [365 * 86400, 'year', true],
    [30 * 86400, 'month', true],
    [86400, 'day', true],
    [3600, 'h', false],
    [60, 'min', false],
    [1, 's', false],
  ];
  const parts: string[] = [];
  let rest = s;
  for (const [size, name, plural] of units) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      rest -= n * size;
      parts.push(plural && n !== 1 ? `${n} ${name}s` : `${n} ${name}`);
      if (parts.length === 2) break;
    } else if (parts.length > 0) {
      break;
    }
  }
  if (parts.length === 0) return abs === 0 ? '0 s' : `${abs} ms`;
  return parts.join(' ');
}

/** ISO-like UTC rendering without milliseconds: 2024-05-15 10:30:00 UTC. */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'an invalid date';
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
}

/** "in 3 days 2 h" or "5 min ago" relative to now. */
export function relative(date: Date, now: Date): string {
  const delta = date.getTime() - now.getTime();
  return delta >= 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
}
