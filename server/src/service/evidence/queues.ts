// The queues and queued messages of a file with their LastError read and explained, how messages name them, and
// the Send connector a queue goes through (by NextHopConnector GUID, or by name for relay queues).
import type { AnalyzedFile } from '../document';
import { isObjectsFile } from '../document';
import { property, type ExchangeObject, type PropertyValue } from '../objects/model';
import { parseLastError, type LastError } from './lastError';
import { classifySmtpError, type SmtpErrorMatch } from './smtpErrors';
import { rangeIn } from './ranges';
import type { Range } from '../types';

export interface QueueError {
  obj: ExchangeObject;
  kind: 'queue' | 'queued-message';
  prop: PropertyValue;
  error: LastError;
  match: SmtpErrorMatch;
  /** "Queue to mail.protection.outlook.com", "Message EX01\4\12". */
  what: string;
  /** The host the error is about, shortened for messages: the FQDN of the LastError, "the next hop" when that is the queue's. */
  host: string;
  /** The host to name in commands (the FQDN of the LastError, else the queue's next hop), when there is one. */
  hostName?: string;
  /** The recognised failure inside the LastError (the whole value when it cannot be placed). */
  range: Range;
}

const ZERO_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;
/** Delivery types whose NextHopConnector is a Send connector (of this server, or sourced elsewhere). */
const CONNECTOR_DELIVERY = new Set(['dnsconnectordelivery', 'smarthostconnectordelivery', 'smtprelaytoconnectorsourceservers', 'smtprelaywithinadsitetoedge']);
/** Delivery types whose NextHopDomain is the name of that Send connector. */
const BY_CONNECTOR_NAME = new Set(['smtprelaytoconnectorsourceservers', 'smtprelaywithinadsitetoedge']);

function text(obj: ExchangeObject, name: string): string | undefined {
  const p = property(obj, name);
  return p && !p.empty ? p.text.trim() : undefined;
}

function cut(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** Queues and messages with a LastError Exchange's texts explain (a Ready queue's old error is left alone). */
export function queueErrors(file: AnalyzedFile): QueueError[] {
  if (!isObjectsFile(file)) return [];
  const out: QueueError[] = [];
  for (const obj of file.objects) {
    if (obj.kind !== 'queue' && obj.kind !== 'queued-message') continue;
    const prop = property(obj, 'LastError');
    if (!prop || prop.empty) continue;
    if (obj.kind === 'queue' && text(obj, 'Status')?.toLowerCase() === 'ready') continue;
    const error = parseLastError(prop.text);
    const match = error?.response && classifySmtpError(error.response.text);
    if (!error || !match) continue;
    const hop = text(obj, 'NextHopDomain');
    const identity = text(obj, 'Identity');
    // A queue is known by its next hop; a long one (Exchange Online hosts) reads better as the queue's identity.
    const what =
      obj.kind === 'queue'
        ? hop && (hop.length <= 40 || !identity)
          ? `Queue to ${cut(hop, 50)}`
          : `Queue ${cut(identity ?? 'to the next hop', 40)}`
        : `Message ${cut(identity ?? '', 40)}`.trim();
    const at = error.response!.start;
    const range = rangeIn(file, prop, at + match.start, at + match.end);
    const fqdn = error.fqdn;
    const host = fqdn && (obj.kind !== 'queue' || fqdn.toLowerCase() !== hop?.toLowerCase()) ? cut(fqdn, 50) : 'the next hop';
    const hostName = fqdn ?? (hop && /^[A-Za-z0-9.-]+$/.test(hop) ? hop : undefined);
    out.push({ obj, kind: obj.kind, prop, error, match, what, host, hostName, range });
  }
  return out;
}

/** The GUID (lower case) of the Send connector a queue delivers through, when its delivery type says it is one. */
export function connectorGuid(obj: ExchangeObject): string | undefined {
  const guid = text(obj, 'NextHopConnector');
  const type = text(obj, 'DeliveryType')?.toLowerCase() ?? '';
  return guid && !ZERO_GUID.test(guid) && CONNECTOR_DELIVERY.has(type) ? guid.toLowerCase() : undefined;
}

/** The connector name a relay queue's NextHopDomain holds (SmtpRelayToConnectorSourceServers, ...ToEdge). */
export function connectorNameOf(obj: ExchangeObject): string | undefined {
  const type = text(obj, 'DeliveryType')?.toLowerCase() ?? '';
  return BY_CONNECTOR_NAME.has(type) ? text(obj, 'NextHopDomain') : undefined;
}
