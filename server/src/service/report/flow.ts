// The trust flow as a graph for the report's picture, in five columns: Internet and Exchange Online | the
// connectors to them | the Edges | subscription files and EdgeSync inbound connectors | Hub sites and servers.
// Links and their states come from the trust map (the same findings Problems and the CLI show); connectors to and
// from Microsoft 365, which the trust map does not draw, are recognised as HealthChecker does and get the state of
// the findings on them.
import { isObjectsFile } from '../document';
import { list, text } from '../objects/access';
import { displayName, type ExchangeObject } from '../objects/model';
import { shortServer, type ConnectorRecord, type TrustIndex } from '../project/trustIndex';
import type { LinkStatus, TrustMap } from '../project/trustMap';
import { CLOUD_CAPABILITIES } from '../rules/hybridTlsCertificateNameEmpty';
import { EXO_ADDRESS_SPACE, EXO_SMART_HOST } from '../rules/office365ConnectorTls';
import { commonName } from '../values/smtpX509Identifier';
import { parseAddressSpace } from '../values/addressSpace';
import { parseTlsDomainCapabilities } from '../values/tlsDomainCapabilities';
import type { Range } from '../types';
import type { Entry, FindingIndex } from './findings';
import type { Flow, FlowLink, FlowNode } from './types';

const WORSE: Record<LinkStatus, number> = { ok: 0, unknown: 1, warning: 2, broken: 3 };

export function worse(a: LinkStatus | undefined, b: LinkStatus): LinkStatus {
  return a === undefined || WORSE[b] > WORSE[a] ? b : a;
}

/** A send connector to Microsoft 365, as HealthChecker recognises one: by smart host or address space. */
export function pointsAtExchangeOnline(obj: ExchangeObject): boolean {
  const hosts = (list(obj, 'SmartHosts')?.value ?? []).map((h) => h.text.trim());
  const spaces = (list(obj, 'AddressSpaces')?.value ?? []).map((s) => parseAddressSpace(s.text).value?.address ?? '');
  return hosts.some((h) => EXO_SMART_HOST.test(h)) || spaces.some((s) => EXO_ADDRESS_SPACE.test(s));
}

/** A receive connector Microsoft 365 delivers hybrid mail to (TlsDomainCapabilities with a cloud capability). */
export function acceptsCloudMail(obj: ExchangeObject): boolean {
  return (list(obj, 'TlsDomainCapabilities')?.value ?? []).some((i) =>
    parseTlsDomainCapabilities(i.text).value?.capabilities.some((c) => CLOUD_CAPABILITIES.has(c.toLowerCase())),
  );
}

function statusOf(index: FindingIndex, uri: string, range: Range): LinkStatus {
  const refs = index.inRange(uri, range);
  return refs.some((r) => r.severity === 'error') ? 'broken' : refs.some((r) => r.severity === 'warning') ? 'warning' : 'ok';
}

function cn(subject: string | undefined): string {
  if (!subject) return '';
  const name = commonName(subject);
  return name ? `CN=${name}` : subject;
}

function basename(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

export function buildFlow(map: TrustMap, index: TrustIndex, entries: readonly Entry[], findings: FindingIndex): Flow {
  const nodes = new Map<string, FlowNode>();
  const links: FlowLink[] = [];
  const nameOf = new Map(entries.map((e) => [e.file.uri, e.name]));
  const edges = new Set(map.edges);

  const node = (n: Omit<FlowNode, 'tooltip'> & { tooltip?: string }): FlowNode => {
    const had = nodes.get(n.id);
    if (had) {
      if (n.status) had.status = worse(had.status, n.status);
      return had;
    }
    const made: FlowNode = { ...n, tooltip: n.tooltip ?? [n.title, ...n.lines].join(' · ') };
    nodes.set(n.id, made);
    return made;
  };
  // One line between two boxes: the same connector read from two files (a dump and its JSON export) is one link.
  const link = (from: FlowNode, to: FlowNode, status: LinkStatus, tooltip: string) => {
    const had = links.find((l) => l.from === from.id && l.to === to.id);
    if (!had) links.push({ from: from.id, to: to.id, status, tooltip });
    else {
      had.status = worse(had.status, status);
      if (!had.tooltip.split('; ').includes(tooltip)) had.tooltip += `; ${tooltip}`;
    }
  };
  const edge = (name: string) => node({ id: `edge:${name}`, column: 2, kind: 'edge', title: name, lines: ['Edge Transport'] });
  const hub = (name: string) => node({ id: `hub:${name}`, column: 4, kind: 'hub', title: name, lines: ['Mailbox (Hub) server'] });
  const server = (name: string) => (edges.has(name) ? edge(name) : hub(name));
  const internet = () => node({ id: 'internet', column: 0, kind: 'internet', title: 'Internet', lines: ['DNS (MX) delivery'] });
  const exo = () => node({ id: 'exo', column: 0, kind: 'exo', title: 'Exchange Online', lines: ['Microsoft 365'] });
  const onPremises = () =>
    node({
      id: 'onprem',
      column: 2,
      kind: 'onprem',
      title: 'On-premises',
      lines: ['servers not named'],
      inferred: true,
      tooltip: 'On-premises servers the files do not name',
    });
  for (const e of map.edges) edge(e);

  // Subscriptions go to the Hubs of the site they were imported in; the file does not name it, the EdgeSync
  // inbound connectors do (when there is one site).
  const sites = [...new Set(map.links.filter((l) => l.kind === 'edgesync' && l.site).map((l) => l.site!))].sort();
  const siteNode = (site: string) => node({ id: `site:${site}`, column: 4, kind: 'site', title: site, lines: ['Active Directory site (Hubs)'] });
  const subscriptionTarget = () =>
    sites.length === 1
      ? siteNode(sites[0])
      : node({
          id: 'ad',
          column: 4,
          kind: 'ad',
          title: 'Hub sites',
          lines: ['Active Directory', 'site not named in the files'],
          inferred: true,
          tooltip: 'The Active Directory site the subscription was imported in: no file names it',
        });

  const connectorNode = (c: { name: string }, column: 1 | 3, lines: string[], status: LinkStatus) =>
    node({ id: `conn:${column}:${c.name.toLowerCase()}`, column, kind: 'connector', title: c.name, lines, status });

  for (const l of map.links) {
    if (l.kind === 'subscription') {
      const from = edge(l.from);
      const file = nameOf.get(l.uri) ?? l.uri;
      const thumb = l.certificate?.thumbprint;
      const sub = node({
        id: `sub:${l.uri}`,
        column: 3,
        kind: 'subscription',
        title: 'EdgeSubscription file',
        lines: [basename(file), thumb ? `certificate ${thumb.slice(0, 8)}…` : 'certificate unreadable'],
        status: l.status,
        tooltip: `${file}: ${l.via}${l.note ? ` (${l.note})` : ''}`,
      });
      link(from, sub, l.status, l.via);
      link(sub, subscriptionTarget(), l.status, l.via);
    } else if (l.kind === 'edgesync' && l.connector) {
      const inbound = l.site !== undefined;
      const target = inbound ? siteNode(l.site!) : internet();
      const c = connectorNode(l.connector, inbound ? 3 : 1, ['EdgeSync connector', inbound ? 'Edge → Hubs: direct trust' : 'Edge → Internet'], l.status);
      for (const s of l.connector.servers) link(edge(s), c, l.status, l.via);
      link(c, target, l.status, l.via);
    } else if (l.kind === 'edgesync-test') {
      // A Test-EdgeSynchronization result: the Hubs' view of one Edge, drawn beside it like its subscription.
      const result = node({
        id: `test:${l.uri}:${l.to}`,
        column: 3,
        kind: 'evidence',
        title: 'Test-EdgeSynchronization',
        lines: [l.via.replace(/^Test-EdgeSynchronization: /, ''), l.note ?? basename(nameOf.get(l.uri) ?? l.uri)],
        status: l.status,
        tooltip: `${nameOf.get(l.uri) ?? l.uri}: ${l.via}${l.note ? ` (${l.note})` : ''}`,
      });
      link(subscriptionTarget(), result, l.status, l.via);
      link(result, edge(l.to), l.status, l.via);
    } else if (l.kind === 'certificate-event' || l.kind === 'queue') {
      // Evidence of a failure on a server: an event 12014 (no certificate for STARTTLS) or a queue failing TLS.
      const what = l.kind === 'queue' ? `Queue to ${l.to}` : 'Event 12014';
      const ev = node({
        id: `ev:${l.kind}:${l.uri}:${l.from}:${l.to}`,
        column: 3,
        kind: 'evidence',
        title: what,
        // A TlsCertificateName-style name (<I>issuer<S>subject) is shown by its subject.
        lines: [l.kind === 'queue' ? 'TLS failing' : l.to.replace(/^certificate <I>.*?<S>/i, 'certificate '), l.note ?? ''].filter(Boolean),
        status: l.status,
        tooltip: `${nameOf.get(l.uri) ?? l.uri}: ${l.from} → ${l.to}, ${l.via}${l.note ? ` (${l.note})` : ''}`,
      });
      // The evidence names its server unless it could not tell ('server').
      link(l.from === 'server' ? onPremises() : server(l.from), ev, l.status, l.via);
    } else if (l.kind === 'hub-certificate') {
      const cert = cn(l.certificate?.subject) || (l.certificate?.thumbprint ? `${l.certificate.thumbprint.slice(0, 8)}…` : '');
      node({
        id: `hub:${l.from}`,
        column: 4,
        kind: 'hub',
        title: l.from,
        lines: ['SMTP certificate (EdgeSync)', cert || 'not readable'],
        status: l.status,
        tooltip: `${l.from}: ${l.via}, which EdgeSync publishes to the Edges`,
      });
    }
  }

  // Connectors to and from Microsoft 365 (on-premises side), with the certificate they present when they name one.
  const linkStatus = (c: ConnectorRecord): LinkStatus => {
    let s = statusOf(findings, c.uri, c.obj.range);
    for (const l of map.links) if (l.kind === 'certificate' && l.uri === c.uri && l.connector?.name === c.name) s = worse(s, l.status);
    return s;
  };
  for (const c of index.connectors) {
    const toCloud = c.kind === 'send-connector' && pointsAtExchangeOnline(c.obj);
    const fromCloud = c.kind === 'receive-connector' && acceptsCloudMail(c.obj);
    if (!toCloud && !fromCloud) continue;
    const status = linkStatus(c);
    const cert = c.certificateName ? `certificate ${cn(c.certificateName.subject)}` : 'no TlsCertificateName';
    const n = connectorNode(c, 1, [toCloud ? 'to Exchange Online' : 'from Exchange Online', cert], status);
    const owners = c.servers.length ? c.servers.map((s) => server(s.toUpperCase())) : [onPremises()];
    const why = `${toCloud ? 'Send' : 'Receive'} connector "${c.name}" (${nameOf.get(c.uri) ?? c.uri}), ${cert}`;
    for (const o of owners) {
      if (toCloud) link(o, n, status, why);
      else link(n, o, status, why);
    }
    if (toCloud) link(n, exo(), status, why);
    else link(exo(), n, status, why);
  }

  // Exchange Online's own connectors (Get-OutboundConnector / Get-InboundConnector) of type OnPremises.
  for (const e of entries) {
    if (!isObjectsFile(e.file)) continue;
    for (const obj of e.file.objects) {
      if (obj.kind !== 'outbound-connector' && obj.kind !== 'inbound-connector') continue;
      if ((text(obj, 'ConnectorType')?.value ?? 'OnPremises').trim().toLowerCase() !== 'onpremises') continue;
      const name = displayName(obj);
      const status = statusOf(findings, e.file.uri, obj.range);
      const outbound = obj.kind === 'outbound-connector';
      const detail = outbound
        ? (list(obj, 'SmartHosts')
            ?.value.map((h) => h.text.trim())
            .join(', ') ??
            '') ||
          'no smart host'
        : (text(obj, 'TlsSenderCertificateName')?.value.trim() ?? '') || 'no TlsSenderCertificateName';
      const n = node({
        id: `exo:${obj.kind}:${name.toLowerCase()}`,
        column: 1,
        kind: 'connector',
        title: name,
        lines: [outbound ? 'Exchange Online → on-premises' : 'on-premises → Exchange Online', detail],
        status,
        tooltip: `${outbound ? 'Outbound' : 'Inbound'} connector "${name}" in Exchange Online (${e.name}): ${detail}`,
      });
      const why = n.tooltip;
      if (outbound) {
        link(exo(), n, status, why);
        const hosts = (list(obj, 'SmartHosts')?.value ?? []).map((h) => shortServer(h.text)?.toUpperCase()).filter((h): h is string => !!h);
        const known = hosts.filter((h) => edges.has(h) || nodes.has(`hub:${h}`));
        for (const t of known.length ? known.map(server) : [onPremises()]) link(n, t, status, why);
      } else {
        link(onPremises(), n, status, why);
        link(n, exo(), status, why);
      }
    }
  }

  const order = (n: FlowNode) => `${n.column}|${n.kind === 'onprem' || n.kind === 'ad' ? 'z' : 'a'}|${n.title.toLowerCase()}`;
  return { nodes: [...nodes.values()].sort((a, b) => order(a).localeCompare(order(b))), links };
}
