// The report's object tables: per server its certificates, receive connectors and (Edges) subscription files;
// organisation-wide the send connectors and the Exchange Online connectors. Servers are those the exports name
// (a certificate's Identity or PSComputerName, a receive connector's Server, a subscription's Edge).
import { isObjectsFile } from '../document';
import { property, type ExchangeObject } from '../objects/model';
import { certificatesNamedBy, type CertificateRecord, type SubscriptionRecord, type TrustIndex } from '../project/trustIndex';
import type { Range } from '../types';
import { where, type Entry, type FindingIndex } from './findings';
import { buildTable, prop, propertyRange, type Column, type RowSource } from './tables';
import type { ServerSection, Table } from './types';

const DAY = 86_400_000;

function day(d: Date | undefined): string {
  return d && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : '';
}

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "2024-08-12 (90 days left)", "2024-05-15 (22 hours left)", "2019-01-10 (expired 1951 days ago)". */
export function untilText(d: Date | undefined, now: Date): string {
  if (!d || Number.isNaN(d.getTime())) return '';
  const ms = d.getTime() - now.getTime();
  const span = Math.abs(ms) < 2 * DAY ? count(Math.floor(Math.abs(ms) / 3_600_000), 'hour') : count(Math.floor(Math.abs(ms) / DAY), 'day');
  return `${day(d)} (${ms >= 0 ? `${span} left` : `expired ${span} ago`})`;
}

interface CertRow {
  cert: CertificateRecord;
  usedBy: string[];
}

const EXPIRY_RULES = ['certificate-expired', 'certificate-expiring'];

function certificateColumns(now: Date): Column<CertRow>[] {
  const p = (name: string) => (r: CertRow) => propertyRange(property(r.cert.obj, name));
  return [
    { label: 'Subject', text: (r) => r.cert.subject ?? '', ranges: p('Subject'), rules: ['certificate-name-mismatch'] },
    { label: 'Thumbprint', text: (r) => r.cert.thumbprint ?? '', ranges: p('Thumbprint'), mono: true },
    { label: 'Services', text: (r) => (r.cert.services ? [...r.cert.services].join(', ') : ''), ranges: p('Services') },
    { label: 'NotBefore', text: (r) => day(r.cert.facts.notBefore?.value), rules: ['certificate-not-yet-valid'], checked: true },
    { label: 'NotAfter', text: (r) => untilText(r.cert.facts.notAfter?.value, now), rules: EXPIRY_RULES, checked: true },
    {
      label: 'Key',
      text: (r) => (r.cert.facts.keySize ? `${r.cert.facts.keySize.algorithm} ${r.cert.facts.keySize.value}` : ''),
      rules: ['certificate-weak-key'],
      checked: true,
    },
    { label: 'Signature', text: (r) => r.cert.facts.signature?.value.name ?? '', rules: ['certificate-weak-signature'], checked: true },
    { label: 'Status', text: (r) => r.cert.facts.status?.value ?? '', rules: ['certificate-status'], checked: true },
    { label: 'Used by', title: 'Connectors whose TlsCertificateName names this certificate', text: (r) => r.usedBy.join(', ') },
  ];
}

const RECEIVE: Column<ExchangeObject>[] = [
  prop('receive-connector', 'Name'),
  prop('receive-connector', 'Bindings'),
  prop('receive-connector', 'RemoteIPRanges', { checked: true }),
  prop('receive-connector', 'AuthMechanism', { checked: true }),
  prop('receive-connector', 'PermissionGroups', { checked: true }),
  prop('receive-connector', 'RequireTLS', { checked: true }),
  prop('receive-connector', 'TlsCertificateName', { checked: true }),
  prop('receive-connector', 'Fqdn'),
];

const SEND: Column<ExchangeObject>[] = [
  prop('send-connector', 'Name'),
  prop('send-connector', 'SourceTransportServers'),
  prop('send-connector', 'AddressSpaces', { checked: true }),
  prop('send-connector', 'SmartHosts', { checked: true }),
  prop('send-connector', 'RequireTLS', { checked: true }),
  prop('send-connector', 'TlsAuthLevel', { checked: true }),
  prop('send-connector', 'TlsDomain', { checked: true }),
  prop('send-connector', 'IgnoreSTARTTLS', { checked: true }),
  prop('send-connector', 'SmartHostAuthMechanism', { checked: true }),
  prop('send-connector', 'TlsCertificateName', { checked: true }),
];

const OUTBOUND: Column<ExchangeObject>[] = [
  prop('outbound-connector', 'Name'),
  prop('outbound-connector', 'Enabled'),
  prop('outbound-connector', 'ConnectorType', { checked: true }),
  prop('outbound-connector', 'RecipientDomains'),
  prop('outbound-connector', 'SmartHosts', { checked: true }),
  prop('outbound-connector', 'TlsSettings', { checked: true }),
  prop('outbound-connector', 'TlsDomain', { checked: true }),
  prop('outbound-connector', 'CloudServicesMailEnabled', { checked: true }),
];

const INBOUND: Column<ExchangeObject>[] = [
  prop('inbound-connector', 'Name'),
  prop('inbound-connector', 'Enabled'),
  prop('inbound-connector', 'ConnectorType', { checked: true }),
  prop('inbound-connector', 'SenderDomains'),
  prop('inbound-connector', 'RequireTls', { checked: true }),
  prop('inbound-connector', 'TlsSenderCertificateName', { checked: true }),
  prop('inbound-connector', 'RestrictDomainsToCertificate', { checked: true }),
  prop('inbound-connector', 'CloudServicesMailEnabled', { checked: true }),
];

function subscriptionColumns(now: Date): Column<SubscriptionRecord>[] {
  const el = (name: string) => (s: SubscriptionRecord) => s.file.subscription?.byName.get(name);
  const element = (name: string, options: { checked?: boolean; rules?: string[]; label?: string } = {}): Column<SubscriptionRecord> => ({
    label: options.label ?? name,
    text: (s) => el(name)(s)?.value ?? '',
    ranges: (s) => {
      const e = el(name)(s);
      return e ? [e.elementRange] : [];
    },
    ...options,
  });
  const cert = (s: SubscriptionRecord) => {
    const parsed = s.file.subscription?.certificate?.parsed;
    return parsed?.ok ? parsed.info : undefined;
  };
  return [
    element('EdgeServerName'),
    element('EdgeServerFQDN'),
    {
      label: 'EffectiveDate',
      title: 'When New-EdgeSubscription wrote the file',
      text: (s) => day(s.file.subscription?.effectiveDate),
      ranges: (s) => (el('EffectiveDate')(s) ? [el('EffectiveDate')(s)!.elementRange] : []),
      rules: ['subscription-future'],
    },
    {
      label: 'Bootstrap account until',
      title: 'EffectiveDate + Duration: the file must be imported on a Hub before then',
      text: (s) => untilText(s.file.subscription?.expires, now),
      ranges: (s) => (el('Duration')(s) ? [el('Duration')(s)!.elementRange] : []),
      rules: ['subscription-expired', 'subscription-expiring'],
      checked: true,
    },
    {
      label: 'Edge certificate',
      text: (s) => s.thumbprint ?? '',
      mono: true,
      rules: ['certificate-unreadable', 'subscription-certificate-stale'],
      checked: true,
    },
    { label: 'Certificate NotAfter', text: (s) => untilText(cert(s)?.notAfter, now), rules: EXPIRY_RULES, checked: true },
    { label: 'Key', text: (s) => (cert(s)?.keySize ? `${cert(s)!.keyAlgorithm} ${cert(s)!.keySize}` : ''), rules: ['certificate-weak-key'], checked: true },
    { label: 'Signature', text: (s) => cert(s)?.signature.name ?? '', rules: ['certificate-weak-signature'], checked: true },
    element('AdamSslPort', { checked: true }),
    element('SerialNumber', { label: 'Version' }),
  ];
}

/** A receive connector's server, as the trust index reads it. */
function serverOfReceive(index: TrustIndex, obj: ExchangeObject): string | undefined {
  return index.connectors.find((c) => c.obj === obj)?.servers[0];
}

function objectRow(uri: string, name: string, obj: ExchangeObject): RowSource<ExchangeObject> {
  return { row: obj, uri, range: obj.range, where: where(name, obj.range) };
}

function wholeFile(file: SubscriptionRecord['file']): Range {
  return { start: { line: 0, character: 0 }, end: { line: file.lines.lineCount, character: 0 } };
}

export interface ObjectTables {
  servers: ServerSection[];
  organisation: Table[];
}

export function objectTables(
  entries: readonly Entry[],
  index: TrustIndex,
  findings: FindingIndex,
  edges: ReadonlySet<string>,
  hubs: ReadonlySet<string>,
  now: Date,
): ObjectTables {
  const nameOf = new Map(entries.map((e) => [e.file.uri, e.name]));
  const named = (uri: string) => nameOf.get(uri) ?? uri;
  const NOT_NAMED = '(server not named in the exports)';
  const servers = new Map<string, { certs: RowSource<CertRow>[]; receive: RowSource<ExchangeObject>[]; subs: RowSource<SubscriptionRecord>[] }>();
  const at = (server: string | undefined) => {
    const key = server?.toUpperCase() ?? NOT_NAMED;
    let s = servers.get(key);
    if (!s) servers.set(key, (s = { certs: [], receive: [], subs: [] }));
    return s;
  };

  for (const cert of index.certificates) {
    const usedBy = index.connectors.filter((c) => certificatesNamedBy(index, c).includes(cert)).map((c) => c.name);
    at(cert.server).certs.push({
      row: { cert, usedBy: [...new Set(usedBy)] },
      uri: cert.uri,
      range: cert.obj.range,
      where: where(named(cert.uri), cert.obj.range),
    });
  }
  for (const s of index.subscriptions) {
    at(s.edgeName ?? s.edgeFqdn).subs.push({ row: s, uri: s.uri, range: wholeFile(s.file), where: named(s.uri) });
  }
  const send: RowSource<ExchangeObject>[] = [];
  const outbound: RowSource<ExchangeObject>[] = [];
  const inbound: RowSource<ExchangeObject>[] = [];
  for (const e of entries) {
    if (!isObjectsFile(e.file)) continue;
    for (const obj of e.file.objects) {
      const row = objectRow(e.file.uri, e.name, obj);
      if (obj.kind === 'receive-connector') at(serverOfReceive(index, obj)).receive.push(row);
      else if (obj.kind === 'send-connector') send.push(row);
      else if (obj.kind === 'outbound-connector') outbound.push(row);
      else if (obj.kind === 'inbound-connector') inbound.push(row);
    }
  }

  const GREEN = 'Cell colours: the severity of the findings on the value; green: checked, nothing found; plain: shown for reference.';
  const order = (name: string) => (name === NOT_NAMED ? 2 : edges.has(name) ? 0 : 1);
  const sections: ServerSection[] = [...servers.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([name, s]) => {
      const slug = name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
      const tables: Table[] = [];
      if (s.subs.length) tables.push(buildTable(`sub-${slug}`, 'EdgeSubscription files', subscriptionColumns(now), s.subs, findings, GREEN));
      if (s.certs.length) tables.push(buildTable(`cert-${slug}`, 'Certificates (Get-ExchangeCertificate)', certificateColumns(now), s.certs, findings, GREEN));
      if (s.receive.length) tables.push(buildTable(`recv-${slug}`, 'Receive connectors (Get-ReceiveConnector)', RECEIVE, s.receive, findings, GREEN));
      const role =
        name === NOT_NAMED
          ? 'objects whose export does not say which server they are on'
          : edges.has(name)
            ? 'Edge Transport'
            : hubs.has(name)
              ? 'Mailbox (Hub) server'
              : 'Exchange server';
      return { name, role, tables };
    });

  const organisation: Table[] = [];
  if (send.length)
    organisation.push(
      buildTable('send', 'Send connectors (Get-SendConnector, organisation-wide; SourceTransportServers says where each runs)', SEND, send, findings, GREEN),
    );
  if (outbound.length)
    organisation.push(buildTable('exo-outbound', 'Exchange Online outbound connectors (Get-OutboundConnector)', OUTBOUND, outbound, findings, GREEN));
  if (inbound.length)
    organisation.push(buildTable('exo-inbound', 'Exchange Online inbound connectors (Get-InboundConnector)', INBOUND, inbound, findings, GREEN));
  return { servers: sections, organisation };
}
