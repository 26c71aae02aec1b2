// What the event rules share: the known events of a file, where to report (the value that names the problem,
// else the description), and the values messages and fixes use.
import type { AnalyzedFile } from '../document';
import type { EventFamily } from '../eventLog/catalogue';
import { shortComputer, type EventRecord } from '../eventLog/model';
import type { Range } from '../types';
import { psQuote } from './objectRules';
import { short } from './evidenceRules';

/** The events of an event-log file that the catalogue knows, in file order. */
export function knownEvents(file: AnalyzedFile): EventRecord[] {
  return file.kind === 'event-log-text' ? file.events.filter((e) => e.known) : [];
}

/** The events of one family and ID. */
export function eventsWith(file: AnalyzedFile, family: EventFamily, ids: readonly number[]): EventRecord[] {
  return knownEvents(file).filter((e) => e.known!.family === family && ids.includes(e.known!.id));
}

/** Where a finding about the event goes: the first decoded value named, else the description, else the ID. */
export function eventRange(e: EventRecord, ...fields: string[]): Range {
  for (const f of fields) {
    const d = e.decoded[f];
    if (d && d.text !== '') return d.range;
  }
  return e.description.range ?? e.idField?.valueRange ?? e.selectionRange;
}

/** A decoded value for a message, shortened, or the fallback. */
export function value(e: EventRecord, field: string, fallback: string, max = 60): string {
  const t = e.decoded[field]?.text;
  return t ? short(t, max) : fallback;
}

/** The server that logged the event, as a short name ("EDGE01"), or "this server". */
export function serverOf(e: EventRecord): string {
  return shortComputer(e.computer)?.toUpperCase() ?? 'this server';
}

/** `"EX01\Default Frontend EX01"` for Set-ReceiveConnector: the connector of the server that logged the event. */
export function receiveConnectorIdentity(e: EventRecord, connector: string): string {
  const server = shortComputer(e.computer);
  return psQuote(server && !connector.includes('\\') ? `${server.toUpperCase()}\\${connector}` : connector);
}

export const SHOW_DEFAULT_CERTIFICATE =
  'Get-ExchangeCertificate -Thumbprint (Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint | Format-List Thumbprint,Subject,Status,HasPrivateKey,NotAfter,Services';
export const LIST_CERTIFICATES = 'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,CertificateDomains,Services,Status,NotAfter';
