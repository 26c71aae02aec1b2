// The day/month order of one file's culture dates (is 8/12/2024 8 December or 12 August?), from everything the
// file holds. Certain evidence first: a date only one order can read (25/03/2024, 12.08.2024), a certificate that
// must start before it ends, printed dates that must match the certificate's own RawData. Then the clock: a
// dump cannot come from the future, so a certificate Exchange called Valid had started, and WhenChanged had
// happened, by the time of the check. Last, typical certificate lifetimes (90 days, whole years). A weaker kind
// of evidence counts only when the stronger kinds say nothing; evidence that disagrees settles nothing.
// An AM/PM clock is no evidence: en-AU, en-NZ, en-IN and other cultures print it after the day.
import { dateReadings, type DateReadings, type DayMonthOrder } from '../values/cultureDate';
import { displayName, type ExchangeObject, type PropertyValue } from './model';

export interface DateOrderDecision {
  /** How dates that nothing settles are read: the order found, else month first (a guess). */
  order: DayMonthOrder;
  source: 'setting' | 'inferred' | 'default';
  /** Why this order, as a reading's parenthesis: `as "25/03/2024" in this file shows`. */
  reason?: string;
  /** The evidence in the file disagrees (a file that mixes cultures), so nothing was settled. */
  conflict?: boolean;
  /** The decision rests on the time of the check: it holds for checks at instants in [from, until). */
  holds?: { from: number; until: number };
}

/** What the order decision needs of one certificate. */
export interface CertificateDateInput {
  obj: ExchangeObject;
  /** How the reasons name it (its subject). */
  name: string;
  notBefore?: PropertyValue;
  notAfter?: PropertyValue;
  status?: string;
  /** The exact dates, when RawData was decoded. */
  decoded?: { notBefore: Date; notAfter: Date };
}

/** How to read one certificate's dates: an order (with why), or 'auto' when both readings stay possible. */
export interface CertificateOrder {
  order: DayMonthOrder | 'auto';
  reason?: string;
}

type Tier = 'certain' | 'clock' | 'typical';
/** Both readings of a date text (memoised per file). */
export type Readings = (text: string) => DateReadings | undefined;

/** One piece of evidence: `against` is the order it rules out, `why` says why the other one holds. */
interface Evidence {
  tier: Tier;
  against: DayMonthOrder;
  why: string;
  /** The certificate it is about, if any. */
  obj?: ExchangeObject;
  /** Clock evidence: it rules `against` out only when the check runs before this instant (`at` - margin). */
  at?: number;
  /** Clock evidence: the instant under the other reading (it must be in the past for the evidence to count). */
  otherAt?: number;
}

const DAY_MS = 86400000;
// Printed dates are local time read as UTC (zones run from -12 to +14 hours), and a dump may have been taken a
// little before the check: a date counts as "in the future" only beyond a day.
const CLOCK_MARGIN_MS = DAY_MS;
// A decoded RawData date and the printed local time differ by at most the zone offset.
const ZONE_TOLERANCE_MS = 15 * 3600000;
// Lifetimes are counted from NotBefore, which CAs often set a little before issuance (up to an hour), and local
// time may shift by an hour of daylight saving between the two dates.
const LIFETIME_TOLERANCE_MS = 26 * 3600000;
/** Certificate lifetimes in days that CAs issue: Let's Encrypt (90), the CA/Browser Forum maxima (825, 398, 200, 100, 47). */
const TYPICAL_DAYS = [47, 90, 100, 200, 397, 398, 825];
/** Lifetimes in whole years: CA templates (1, 2), Exchange self-signed certificates (5), roots (10 to 30). */
const TYPICAL_YEARS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30];

const OTHER: Record<DayMonthOrder, DayMonthOrder> = { mdy: 'dmy', dmy: 'mdy' };
const WHEN = /^When(?:Changed|Created)(?:UTC)?$/i;
/** A culture date with a time, in a property the catalogue does not know (same culture, same dump). */
const DATE_WITH_TIME = /^\d{1,2}[./-]\d{1,2}[./-]\d{4}\.?[ T]\d{1,2}:\d{2}/;

export function decideDateOrder(
  objects: readonly ExchangeObject[],
  certificates: readonly CertificateDateInput[],
  setting: 'auto' | DayMonthOrder,
  now?: Date,
  settingReason = 'as set for this file',
): { decision: DateOrderDecision; certificates: Map<ExchangeObject, CertificateOrder>; readings: Readings } {
  const perCertificate = new Map<ExchangeObject, CertificateOrder>();
  // Each date text is read both ways once (a dump repeats the same few dates many times).
  const cache = new Map<string, DateReadings | undefined>();
  const readings: Readings = (text) => {
    const t = text.trim();
    if (!cache.has(t)) cache.set(t, dateReadings(t));
    return cache.get(t);
  };
  if (setting !== 'auto') {
    const reason = settingReason;
    for (const c of certificates) perCertificate.set(c.obj, { order: setting, reason });
    return { decision: { order: setting, source: 'setting', reason }, certificates: perCertificate, readings };
  }
  const evidence = [...textEvidence(objects, readings), ...certificates.flatMap((c) => certificateEvidence(c, readings))];
  const nowMs = now?.getTime();
  const file = settle(evidence, nowMs);
  const decision: DateOrderDecision = file.order
    ? { order: file.order, source: 'inferred', reason: file.why }
    : { order: 'mdy', source: 'default', ...(file.conflict ? { conflict: true } : {}) };
  if (file.usedClock && nowMs !== undefined) decision.holds = clockWindow(evidence, nowMs);

  // Nothing settles the file: each certificate's own evidence may still settle its dates.
  const byCertificate = new Map<ExchangeObject, Evidence[]>();
  if (!file.order)
    for (const e of evidence) {
      if (!e.obj || e.tier === 'typical') continue;
      const list = byCertificate.get(e.obj);
      if (list) list.push(e);
      else byCertificate.set(e.obj, [e]);
    }
  for (const c of certificates) {
    if (file.order) {
      perCertificate.set(c.obj, { order: file.order, reason: file.why });
      continue;
    }
    const own = settle(byCertificate.get(c.obj) ?? [], nowMs);
    if (own.usedClock && nowMs !== undefined) decision.holds ??= clockWindow(evidence, nowMs);
    perCertificate.set(c.obj, own.order ? { order: own.order, reason: own.why } : { order: 'auto' });
  }
  return { decision, certificates: perCertificate, readings };
}

/** The strongest tier that rules out anything decides: one order ruled out settles, both is a conflict. */
function settle(evidence: readonly Evidence[], now: number | undefined): { order?: DayMonthOrder; why?: string; conflict?: boolean; usedClock?: boolean } {
  let usedClock = false;
  for (const tier of ['certain', 'clock', 'typical'] as const) {
    if (tier === 'clock' && now === undefined) continue;
    const counted = evidence.filter((e) => e.tier === tier && (tier !== 'clock' || clockCounts(e, now!)));
    if (tier === 'clock') usedClock = evidence.some((e) => e.tier === 'clock');
    const against = new Set(counted.map((e) => e.against));
    if (against.size === 2) return { conflict: true, usedClock };
    if (against.size === 1) {
      const e = counted[0];
      return { order: OTHER[e.against], why: e.why, usedClock };
    }
  }
  return { usedClock };
}

/** Clock evidence counts when its date would lie in the future under one reading and in the past under the other. */
function clockCounts(e: Evidence, now: number): boolean {
  return e.at! > now + CLOCK_MARGIN_MS && e.otherAt! <= now + CLOCK_MARGIN_MS;
}

/** The instants between which the clock evidence says the same (a check at another time may decide otherwise). */
function clockWindow(evidence: readonly Evidence[], now: number): { from: number; until: number } {
  let from = -Infinity;
  let until = Infinity;
  for (const e of evidence) {
    if (e.tier !== 'clock') continue;
    for (const at of [e.at!, e.otherAt!]) {
      const edge = at - CLOCK_MARGIN_MS;
      if (edge < now) from = Math.max(from, edge);
      else until = Math.min(until, edge);
    }
  }
  return { from, until };
}

/** Dates only one order can read, anywhere in the file; and dates of past events that cannot lie after the check. */
function textEvidence(objects: readonly ExchangeObject[], readings: Readings): Evidence[] {
  const out: Evidence[] = [];
  for (const obj of objects) {
    for (const p of obj.properties) {
      if (p.empty || p.list) continue;
      const isDate = p.def ? p.def.type.kind === 'date' : WHEN.test(p.name) || DATE_WITH_TIME.test(p.text);
      if (!isDate) continue;
      const r = readings(p.text);
      if (!r) continue;
      const own = obj.kind === 'exchange-certificate' ? obj : undefined;
      const shows = `as "${p.text.trim()}" in this file shows`;
      if (!r.mdy && r.dmy) out.push({ tier: 'certain', against: 'mdy', why: shows, obj: own });
      if (!r.dmy && r.mdy) out.push({ tier: 'certain', against: 'dmy', why: shows, obj: own });
      if (r.ambiguous && WHEN.test(p.name)) out.push(...clockPair(r, `read the other way, ${p.name} of "${displayName(obj)}" would lie in the future`));
    }
  }
  return out;
}

/** Evidence from one certificate's NotBefore and NotAfter. */
function certificateEvidence(c: CertificateDateInput, readings: Readings): Evidence[] {
  const out: Evidence[] = [];
  const nb = c.notBefore && !c.notBefore.empty ? readings(c.notBefore.text) : undefined;
  const na = c.notAfter && !c.notAfter.empty ? readings(c.notAfter.text) : undefined;
  const ambiguous = Boolean(nb?.ambiguous || na?.ambiguous);
  if (!ambiguous) return out;
  const at = (r: DateReadings | undefined, o: DayMonthOrder) => r?.[o]?.getTime();

  // The exact dates of RawData: the printed local time is within a zone offset of the right reading.
  if (c.decoded) {
    for (const [r, exact] of [
      [nb, c.decoded.notBefore],
      [na, c.decoded.notAfter],
    ] as const) {
      if (!r?.ambiguous) continue;
      const fits = (o: DayMonthOrder) => Math.abs(at(r, o)! - exact.getTime()) <= ZONE_TOLERANCE_MS;
      for (const o of ['mdy', 'dmy'] as const)
        if (!fits(o) && fits(OTHER[o])) out.push({ tier: 'certain', against: o, why: "it matches the certificate's own dates (RawData)", obj: c.obj });
    }
  }

  // A certificate starts before it ends.
  const span = (o: DayMonthOrder) => {
    const b = at(nb, o);
    const a = at(na, o);
    return b === undefined || a === undefined ? undefined : a - b;
  };
  for (const o of ['mdy', 'dmy'] as const) {
    const mine = span(o);
    const other = span(OTHER[o]);
    if (mine !== undefined && mine <= 0 && other !== undefined && other > 0)
      out.push({ tier: 'certain', against: o, why: `read the other way, ${c.name} would end before it starts`, obj: c.obj });
  }

  // Exchange called it Valid when the dump was taken, and the dump is not from the future: it had started.
  if (c.status?.toLowerCase() === 'valid' && nb?.ambiguous)
    out.push(...clockPair(nb, `read the other way, ${c.name}, which Exchange showed as Valid, would not be valid yet`, c.obj));

  // Typical lifetimes: weak, used only when nothing stronger speaks.
  const mdySpan = span('mdy');
  const dmySpan = span('dmy');
  if (mdySpan !== undefined && dmySpan !== undefined && mdySpan > 0 && dmySpan > 0) {
    const typical = { mdy: typicalLifetime(nb!.mdy!, na!.mdy!), dmy: typicalLifetime(nb!.dmy!, na!.dmy!) };
    for (const o of ['mdy', 'dmy'] as const) {
      const fit = typical[OTHER[o]];
      if (typical[o] || !fit) continue;
      const otherDays = Math.round((o === 'mdy' ? mdySpan : dmySpan) / DAY_MS);
      out.push({ tier: 'typical', against: o, why: `the lifetime of ${c.name} fits: ${fit} this way, ${otherDays} days the other`, obj: c.obj });
    }
  }
  return out;
}

/** A past event's date: under each reading, evidence against it while the check runs before that instant. */
function clockPair(r: DateReadings, why: string, obj?: ExchangeObject): Evidence[] {
  if (!r.mdy || !r.dmy) return [];
  const mdy = r.mdy.getTime();
  const dmy = r.dmy.getTime();
  return [
    { tier: 'clock', against: 'mdy', why, obj, at: mdy, otherAt: dmy },
    { tier: 'clock', against: 'dmy', why, obj, at: dmy, otherAt: mdy },
  ];
}

/** The typical lifetime the dates fit ("90 days", "5 years"), if any. */
export function typicalLifetime(notBefore: Date, notAfter: Date): string | undefined {
  const end = notAfter.getTime();
  for (const years of TYPICAL_YEARS) {
    const d = new Date(notBefore.getTime());
    d.setUTCFullYear(d.getUTCFullYear() + years);
    if (Math.abs(end - d.getTime()) <= LIFETIME_TOLERANCE_MS) return years === 1 ? '1 year' : `${years} years`;
  }
  const span = end - notBefore.getTime();
  for (const days of TYPICAL_DAYS) if (Math.abs(span - days * DAY_MS) <= LIFETIME_TOLERANCE_MS) return `${days} days`;
  return undefined;
}
