// What the files of a project say about the Edge/Hub trust flow: certificates (with the server they belong
// to and the services they are enabled for), connectors that name a TLS certificate, and subscription files.
// Cross-file rules and the trust map read it; it is built once per project lint.
import type { CertificateFacts } from '../certificate/facts';
import { isObjectsFile, type AnalyzedFile, type EdgeSubscriptionFile, type ProtocolLogFile } from '../document';
import { flags, list, text } from '../objects/access';
import { displayName, property, type ExchangeObject, type PropertyValue } from '../objects/model';
import type { Range } from '../types';
import { commonName, parseSmtpX509Identifier } from '../values/smtpX509Identifier';
import type { EventRecord } from '../eventLog/model';
import { classifyEdgeSyncFailure, type EdgeSyncFailureMatch } from '../evidence/edgeSyncFailure';
import { queueErrors, type QueueError } from '../evidence/queues';
import { rangeIn } from '../evidence/ranges';

export interface CertificateRecord {
  uri: string;
  obj: ExchangeObject;
  facts: CertificateFacts;
  thumbprint?: string;
  subject?: string;
  issuer?: string;
  /** Lower-case service names; undefined when the export does not say. */
  services?: ReadonlySet<string>;
  /** Lower-case short name of the server the certificate is on, when the export says. */
  server?: string;
  /** Subject CN and SANs / CertificateDomains, lower case. */
  names: string[];
  /** Where to point related information. */
  anchor: Range;
}

export interface ConnectorRecord {
  uri: string;
  obj: ExchangeObject;
  kind: 'send-connector' | 'receive-connector';
  name: string;
  certificateName?: { issuer?: string; subject: string; prop: PropertyValue };
  /** Lower-case short names of the servers the connector runs on. */
  servers: string[];
  /** False when the list was cut by $FormatEnumerationLimit: more servers exist than listed. */
  serversComplete: boolean;
}

export interface SubscriptionRecord {
  uri: string;
  file: EdgeSubscriptionFile;
  edgeName?: string;
  edgeFqdn?: string;
  thumbprint?: string;
  notBefore?: Date;
  blobRange?: Range;
  nameRange?: Range;
}

/** An SMTP protocol log: the certificates its sessions presented and received, its connectors' figures, its findings. */
export interface LogRecord {
  uri: string;
  file: ProtocolLogFile;
}

/** A known Exchange event of an event-log file (12014 names a connector and a certificate name). */
export interface EventRef {
  uri: string;
  event: EventRecord;
}

/** A Test-EdgeSynchronization result: which Edge, its status, and what its FailureDetail says. */
export interface EdgeSyncResultRecord {
  uri: string;
  obj: ExchangeObject;
  /** The Edge as the result names it (Name), lower case short name. */
  edge?: string;
  status?: string;
  failure?: EdgeSyncFailureMatch;
  detail?: PropertyValue;
  /** Where the failure is written: the recognised text in FailureDetail, else the object. */
  failureRange: Range;
}

/** A queue or queued message whose LastError Exchange's texts explain. */
export interface QueueErrorRecord extends QueueError {
  uri: string;
}

export interface TrustIndex {
  certificates: CertificateRecord[];
  connectors: ConnectorRecord[];
  subscriptions: SubscriptionRecord[];
  logs: LogRecord[];
  /** Evidence: known events, EdgeSync test results and queue errors. */
  events: EventRef[];
  edgeSyncResults: EdgeSyncResultRecord[];
  queueErrors: QueueErrorRecord[];
}

/** "EX01.contoso.com" → "ex01"; "EX01\\9C1F..." → "ex01". */
export function shortServer(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const first = name.trim().split('\\')[0].split('.')[0].toLowerCase();
  return first || undefined;
}

/** DN comparison as Exchange does it in spirit: case-insensitive, spaces around separators ignored. */
export function normalizeDn(dn: string): string {
  return dn
    .split(/\s*,\s*/)
    .map((p) =>
      p
        .replace(/\s*=\s*/, '=')
        .trim()
        .toLowerCase(),
    )
    .join(',');
}

export function certificateMatchesName(cert: CertificateRecord, name: { issuer?: string; subject: string }): boolean {
  if (!cert.subject || normalizeDn(cert.subject) !== normalizeDn(name.subject)) return false;
  return !name.issuer || !cert.issuer || normalizeDn(cert.issuer) === normalizeDn(name.issuer);
}

export function buildTrustIndex(files: readonly AnalyzedFile[]): TrustIndex {
  const index: TrustIndex = { certificates: [], connectors: [], subscriptions: [], logs: [], events: [], edgeSyncResults: [], queueErrors: [] };
  for (const file of files) {
    if (file.kind === 'smtp-protocol-log') {
      if (!file.tooLarge && 'log' in file) index.logs.push({ uri: file.uri, file });
      continue;
    }
    if (file.kind === 'event-log-text') {
      for (const event of file.events) if (event.known) index.events.push({ uri: file.uri, event });
      continue;
    }
    if (file.kind === 'edge-subscription') {
      const sub = file.subscription;
      if (!sub) continue;
      const parsed = sub.certificate?.parsed;
      index.subscriptions.push({
        uri: file.uri,
        file,
        edgeName: sub.byName.get('EdgeServerName')?.value || undefined,
        edgeFqdn: sub.byName.get('EdgeServerFQDN')?.value || undefined,
        thumbprint: parsed?.ok ? parsed.info.thumbprint : undefined,
        notBefore: parsed?.ok ? parsed.info.notBefore : undefined,
        blobRange: sub.certificate?.element.valueRange,
        nameRange: sub.byName.get('EdgeServerName')?.valueRange,
      });
      continue;
    }
    if (!isObjectsFile(file)) continue;
    for (const obj of file.objects) {
      if (obj.kind === 'exchange-certificate' && obj.certificate) index.certificates.push(certificateRecord(file.uri, obj, obj.certificate));
      if (obj.kind === 'send-connector' || obj.kind === 'receive-connector') index.connectors.push(connectorRecord(file.uri, obj, obj.kind));
      if (obj.kind === 'edgesync-result') index.edgeSyncResults.push(edgeSyncResultRecord(file, obj));
    }
    for (const q of queueErrors(file)) index.queueErrors.push({ ...q, uri: file.uri });
  }
  return index;
}

/**
 * The server an export says a certificate is on, as written ("EX01"): its Identity (`EX01\\9C1F…`), PSComputerName
 * (a remote shell's export), or Exchange's own self-signed certificate, which is CN=<server name>.
 */
export function certificateServer(obj: ExchangeObject, facts: CertificateFacts): string | undefined {
  const short = (name: string | undefined) => name?.trim().split('\\')[0].split('.')[0] || undefined;
  const identity = text(obj, 'Identity')?.value;
  if (identity?.includes('\\')) return short(identity);
  const computer = short(text(obj, 'PSComputerName')?.value);
  if (computer) return computer;
  const issuer = text(obj, 'Issuer')?.value ?? facts.info?.issuer;
  const cn = facts.subject ? commonName(facts.subject) : undefined;
  const selfSigned = Boolean(issuer && facts.subject && normalizeDn(issuer) === normalizeDn(facts.subject));
  return cn && selfSigned && !cn.includes('.') && !/\s/.test(cn) ? cn : undefined;
}

function certificateRecord(uri: string, obj: ExchangeObject, facts: CertificateFacts): CertificateRecord {
  const info = facts.info;
  const issuer = text(obj, 'Issuer')?.value ?? info?.issuer;
  const cn = /(?:^|,\s*)CN=([^,]+)/i.exec(facts.subject ?? '')?.[1];
  const server = certificateServer(obj, facts)?.toLowerCase();
  const services = flags(obj, 'Services')?.value;
  const domains = list(obj, 'CertificateDomains')?.value.map((i) => i.text.toLowerCase()) ?? [];
  const names = [...new Set([...(cn ? [cn.toLowerCase()] : []), ...domains, ...(info?.dnsNames.map((n) => n.toLowerCase()) ?? [])])];
  const anchor = property(obj, 'Thumbprint')?.valueRange ?? property(obj, 'Subject')?.valueRange ?? facts.range;
  return {
    uri,
    obj,
    facts,
    thumbprint: facts.thumbprint?.toUpperCase(),
    subject: facts.subject,
    issuer,
    services,
    server,
    names,
    anchor,
  };
}

function edgeSyncResultRecord(file: AnalyzedFile, obj: ExchangeObject): EdgeSyncResultRecord {
  const detail = property(obj, 'FailureDetail');
  const name = text(obj, 'Name')?.value;
  const failure = detail && !detail.empty ? classifyEdgeSyncFailure(detail.text) : undefined;
  return {
    uri: file.uri,
    obj,
    edge: shortServer(name),
    status: text(obj, 'SyncStatus')?.value.trim(),
    failure,
    detail: detail && !detail.empty ? detail : undefined,
    failureRange: detail && failure ? rangeIn(file, detail, failure.start, failure.end) : obj.range,
  };
}

function connectorRecord(uri: string, obj: ExchangeObject, kind: 'send-connector' | 'receive-connector'): ConnectorRecord {
  const nameProp = text(obj, 'TlsCertificateName');
  const parsed = nameProp ? parseSmtpX509Identifier(nameProp.value).value : undefined;
  const servers =
    kind === 'receive-connector'
      ? [shortServer(text(obj, 'Server')?.value ?? (text(obj, 'Identity')?.value.includes('\\') ? text(obj, 'Identity')?.value : undefined))].filter(
          (s): s is string => !!s,
        )
      : (list(obj, 'SourceTransportServers')?.value ?? []).map((i) => shortServer(i.text)).filter((s): s is string => !!s);
  return {
    uri,
    obj,
    kind,
    name: displayName(obj),
    certificateName: parsed && nameProp ? { issuer: parsed.issuer, subject: parsed.subject, prop: nameProp.prop } : undefined,
    servers,
    serversComplete: kind === 'receive-connector' || !list(obj, 'SourceTransportServers')?.truncated,
  };
}

/** The certificates a connector can use: those of its servers when the exports say which server they are on. */
export function certificatesForConnector(index: TrustIndex, c: ConnectorRecord): CertificateRecord[] {
  if (c.servers.length === 0 || !c.serversComplete) return index.certificates;
  const onServers = index.certificates.filter((cert) => cert.server && c.servers.includes(cert.server));
  if (onServers.length > 0) return onServers;
  // Exports that name other servers only: nothing is known about this connector's servers.
  return index.certificates.filter((cert) => !cert.server);
}

/** The certificates a connector's TlsCertificateName names (issuer and subject), among those it can use. */
export function certificatesNamedBy(index: TrustIndex, c: ConnectorRecord): CertificateRecord[] {
  const name = c.certificateName;
  return name ? certificatesForConnector(index, c).filter((cert) => certificateMatchesName(cert, name)) : [];
}

/** Certificates of the Edge a subscription file was made on. */
export function edgeCertificates(index: TrustIndex, s: SubscriptionRecord): CertificateRecord[] {
  const name = s.edgeName?.toLowerCase();
  const fqdn = s.edgeFqdn?.toLowerCase();
  const byServer = index.certificates.filter((c) => c.server && (c.server === name || c.server === shortServer(fqdn)));
  if (byServer.length > 0) return byServer;
  // Without server names: the export that holds the subscription's certificate or certificates naming the Edge.
  const uris = new Set(
    index.certificates
      .filter((c) => (s.thumbprint && c.thumbprint === s.thumbprint) || (name && c.names.includes(name)) || (fqdn && c.names.includes(fqdn)))
      .map((c) => c.uri),
  );
  return index.certificates.filter((c) => uris.has(c.uri));
}
