// CLIXML <TS> holds an xs:duration (`PT10M`, `P1DT2H`, `-PT0.5S`); Exchange and Format-List show a time span
// as `[-][d.]hh:mm:ss[.fffffff]` (EnhancedTimeSpan text), which is what the value rules read.

const DURATION = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?$/;

/** `PT10M` → `00:10:00`, `P1DT2H` → `1.02:00:00`; undefined when the text is not an xs:duration. */
export function durationToTimeSpan(text: string): string | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const [, minus, years, months, days, hours, minutes, seconds, fraction] = m;
  // .NET writes no years or months for a TimeSpan; if present, count them as 365 and 30 days.
  let totalSeconds =
    BigInt(seconds ?? 0) +
    60n * BigInt(minutes ?? 0) +
    3600n * BigInt(hours ?? 0) +
    86400n * (BigInt(days ?? 0) + 30n * BigInt(months ?? 0) + 365n * BigInt(years ?? 0));
  const d = totalSeconds / 86400n;
  totalSeconds %= 86400n;
  const h = totalSeconds / 3600n;
  const mi = (totalSeconds % 3600n) / 60n;
  const s = totalSeconds % 60n;
  const frac = fraction ? (fraction + '0000000').slice(0, 7) : '';
  const pad = (n: bigint) => n.toString().padStart(2, '0');
  const body = `${d > 0n ? `${d}.` : ''}${pad(h)}:${pad(mi)}:${pad(s)}${frac && /[1-9]/.test(frac) ? `.${frac}` : ''}`;
  return `${minus && body !== '00:00:00' ? '-' : ''}${body}`;
}
