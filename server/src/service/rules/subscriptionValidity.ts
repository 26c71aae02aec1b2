// What subscription-expired and subscription-expiring share: the import window of a file (the import refuses a
// file whose bootstrap account expires within 5 minutes, domain facts §1.2) and the cross-file evidence that makes
// it moot: send connectors that list the Edge show it subscribed already, so the file has nothing left to do.
import type { SubscriptionModel } from '../edgeSubscription/analyze';
import { edgeSubscribed } from '../project/edgeSubscribed';
import type { ConnectorRecord, SubscriptionRecord, TrustIndex } from '../project/trustIndex';
import { formatDuration } from '../time/ticks';
import type { Range, RelatedInformation } from '../types';

/** The import refuses a file whose bootstrap account expires within this margin. */
export const IMPORT_MARGIN_MS = 5 * 60 * 1000;

export type ImportWindow = 'expired' | 'expiring' | 'open';

/** Where now falls in the file's import window; undefined when EffectiveDate or Duration cannot be read. */
export function importWindow(sub: SubscriptionModel | undefined, now: Date): { window: ImportWindow; leftMs: number; expires: Date } | undefined {
  if (!sub?.expires) return undefined;
  const leftMs = sub.expires.getTime() - now.getTime();
  return { window: leftMs <= 0 ? 'expired' : leftMs < IMPORT_MARGIN_MS ? 'expiring' : 'open', leftMs, expires: sub.expires };
}

/** Where the finding goes: the EffectiveDate value. */
export function effectiveDateRange(sub: SubscriptionModel): Range | undefined {
  return sub.byName.get('EffectiveDate')?.valueRange;
}

/** The Duration the expiry comes from, as related information. */
export function durationNote(sub: SubscriptionModel): RelatedInformation[] {
  const d = sub.byName.get('Duration');
  if (d?.decoded?.type !== 'timespan-ticks') return [];
  return [{ range: d.valueRange, message: `Duration: the bootstrap account lives ${formatDuration(Number(d.decoded.ticks / 10000n))} after EffectiveDate` }];
}

/** Send connectors of the exports that list the subscription's Edge: it is subscribed already. */
export function listedBy(index: TrustIndex, s: SubscriptionRecord): ConnectorRecord[] {
  const e = edgeSubscribed(index, s);
  return e.state === 'listed' ? e.by : [];
}

export function listedNotes(by: readonly ConnectorRecord[], edge: string): RelatedInformation[] {
  return by.slice(0, 3).map((c) => ({ uri: c.uri, range: c.obj.range, message: `Send connector "${c.name}" lists ${edge} in SourceTransportServers` }));
}
