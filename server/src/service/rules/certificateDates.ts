// Judging a certificate date that may have two readings (a day/month date nothing in the file settles): a finding
// is certain when every reading makes it, uncertain when only one does, and never states a reading as fact.
import type { Located } from '../certificate/facts';

export type DateVerdict =
  /** Every reading makes the finding; `other` is the second reading when it differs. */
  | { kind: 'certain'; date: Date; other?: Date }
  /** Only `date` makes the finding; `other` does not. */
  | { kind: 'possible'; date: Date; other: Date }
  | { kind: 'none' };

export function judgeDate(d: Located<Date>, makesFinding: (ms: number) => boolean): DateVerdict {
  const first = makesFinding(d.value.getTime());
  const alt = d.alternative && d.alternative.getTime() !== d.value.getTime() ? d.alternative : undefined;
  if (!alt) return first ? { kind: 'certain', date: d.value } : { kind: 'none' };
  const second = makesFinding(alt.getTime());
  if (first && second) return { kind: 'certain', date: d.value, other: alt };
  if (first) return { kind: 'possible', date: d.value, other: alt };
  if (second) return { kind: 'possible', date: alt, other: d.value };
  return { kind: 'none' };
}

/** 2024-05-13: the UTC day, as messages give dates. */
export function day(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'an invalid date' : date.toISOString().slice(0, 10);
}
