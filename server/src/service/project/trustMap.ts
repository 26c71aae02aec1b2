// The trust map of a project: which Edge trusts which Hub through which certificate and connector, and
// which links are broken. Built from the trust index and the project's findings; rendered as Markdown
// (with a Mermaid graph) and as self-contained HTML for an editor webview (no scripts, no network).
import type { Diagnostic } from '../types';
import { evidenceLinks } from './evidenceLinks';
import { bool, enumMember } from '../objects/access';
import { certificatesNamedBy, edgeCertificates, type TrustIndex } from './trustIndex';

export type LinkStatus = 'ok' | 'broken' | 'unknown';

export interface TrustLink {
  from: string;
  to: string;
  /** The certificate or connector the trust goes through. */
  via: string;
  status: LinkStatus;
  /** Why it is broken (or what is not known). */
  note?: string;
  /** The file that shows the link. */
  uri: string;
}

export interface TrustMap {
  edges: string[];
  hubs: string[];
  links: TrustLink[];
}

const BROKEN_SUBSCRIPTION = new Set([
  'subscription-certificate-stale',
  'subscription-not-imported',
  'certificate-expired',
  'certificate-not-yet-valid',
  'certificate-unreadable',
  'edgesync-subscription',
]);

export function buildTrustMap(index: TrustIndex, findings: Map<string, Diagnostic[]>, now: Date): TrustMap {
  const edges = new Set<string>();
  const hubs = new Set<string>();
  const links: TrustLink[] = [];

  for (const s of index.subscriptions) {
    const edge = (s.edgeName ?? s.edgeFqdn ?? 'Edge').toUpperCase();
    edges.add(edge);
    const own = [...(findings.get(s.uri) ?? [])].filter((d) => BROKEN_SUBSCRIPTION.has(d.code));
    const certs = edgeCertificates(index, s);
    links.push({
      from: edge,
      to: 'Hubs (AD)',
      via: `subscription: Edge certificate ${s.thumbprint ?? '(unreadable)'}`,
      status: own.length > 0 ? 'broken' : certs.length > 0 ? 'ok' : 'unknown',
      note: own.length > 0 ? own.map((d) => d.code).join(', ') : certs.length === 0 ? 'no certificate export of this Edge to compare with' : undefined,
      uri: s.uri,
    });
  }

  for (const c of index.connectors) {
    if (c.kind !== 'send-connector' || !/^EdgeSync - /i.test(c.name)) continue;
    const inbound = /^EdgeSync - Inbound to (.+)$/i.exec(c.name);
    const ignore = bool(c.obj, 'IgnoreSTARTTLS')?.value === true;
    for (const server of c.servers) {
      const edge = server.toUpperCase();
      edges.add(edge);
      const target = inbound ? `Hubs of ${inbound[1]}` : 'Internet';
      if (inbound) hubs.add(target);
      const auth = enumMember(c.obj, 'SmartHostAuthMechanism')?.value;
      links.push({
        from: edge,
        to: target,
        via: `connector "${c.name}"${inbound ? ` (${auth ?? 'ExchangeServer'}: mutual TLS, direct trust)` : ' (DNS, domain security)'}`,
        status: ignore ? 'broken' : 'ok',
        note: ignore ? 'IgnoreSTARTTLS $true: mail goes in clear text' : undefined,
        uri: c.uri,
      });
    }
  }

  for (const c of index.connectors) {
    if (!c.certificateName) continue;
    const matches = certificatesNamedBy(index, c);
    const expired = matches.length > 0 && matches.every((m) => m.facts.notAfter && m.facts.notAfter.value.getTime() <= now.getTime());
    const notSmtp = matches.length > 0 && matches.every((m) => m.services && !m.services.has('smtp'));
    const owner = (c.servers[0] ?? c.name).toUpperCase();
    (edges.has(owner) ? edges : hubs).add(owner);
    links.push({
      from: owner,
      to: `certificate ${c.certificateName.subject}`,
      via: `connector "${c.name}" TlsCertificateName`,
      status: index.certificates.length === 0 ? 'unknown' : matches.length === 0 || expired || notSmtp ? 'broken' : 'ok',
      note:
        index.certificates.length === 0
          ? 'no certificate export present'
          : matches.length === 0
            ? 'no such certificate in the exports'
            : expired
              ? 'certificate expired'
              : notSmtp
                ? 'certificate not enabled for SMTP'
                : undefined,
      uri: c.uri,
    });
  }

  // What the evidence (events, EdgeSync results, queues) shows.
  links.push(...evidenceLinks(index));

  // Hub SMTP certificates reach the Edges through EdgeSync (AD LDS); an expired one breaks Edge→Hub TLS.
  for (const cert of index.certificates) {
    if (!cert.server || edges.has(cert.server.toUpperCase()) || !cert.services?.has('smtp')) continue;
    const hub = cert.server.toUpperCase();
    hubs.add(hub);
    const expired = cert.facts.notAfter ? cert.facts.notAfter.value.getTime() <= now.getTime() : false;
    if (edges.size === 0) continue;
    links.push({
      from: hub,
      to: 'Edges (AD LDS)',
      via: `EdgeSync-published SMTP certificate ${cert.thumbprint ?? cert.subject ?? ''}`,
      status: expired ? 'broken' : 'ok',
      note: expired ? 'certificate expired' : undefined,
      uri: cert.uri,
    });
  }
  return { edges: [...edges].sort(), hubs: [...hubs].sort(), links };
}

const ICON: Record<LinkStatus, string> = { ok: '✅', broken: '❌', unknown: '❔' };

function mermaidId(name: string): string {
  return (
    'n' +
    Array.from(name)
      .map((c) => (/[A-Za-z0-9]/.test(c) ? c : '_'))
      .join('')
  );
}

export function trustMapMarkdown(map: TrustMap): string {
  const lines = ['# Exchange transport trust map', ''];
  if (map.links.length === 0) {
    lines.push('No EdgeSubscription files, EdgeSync connectors or connector certificates were found in this workspace.');
    return lines.join('\n') + '\n';
  }
  lines.push('```mermaid', 'flowchart LR');
  const nodes = new Set<string>();
  for (const l of map.links) {
    nodes.add(l.from);
    nodes.add(l.to);
  }
  for (const n of nodes) lines.push(`  ${mermaidId(n)}["${n.replace(/"/g, "'")}"]`);
  map.links.forEach((l, i) => {
    lines.push(`  ${mermaidId(l.from)} -- "${l.via.replace(/"/g, "'")}" --> ${mermaidId(l.to)}`);
    if (l.status === 'broken') lines.push(`  linkStyle ${i} stroke:#d00,stroke-width:3px`);
  });
  lines.push('```', '', '| | From | To | Through | Note |', '|---|---|---|---|---|');
  for (const l of map.links) lines.push(`| ${ICON[l.status]} | ${l.from} | ${l.to} | ${l.via} | ${l.note ?? ''} |`);
  return lines.join('\n') + '\n';
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function trustMapHtml(map: TrustMap): string {
  const rows = map.links
    .map(
      (l) =>
        `<tr class="${l.status}"><td>${ICON[l.status]}</td><td>${esc(l.from)}</td><td class="arrow">→</td><td>${esc(l.to)}</td><td>${esc(l.via)}</td><td>${esc(l.note ?? '')}</td></tr>`,
    )
    .join('\n');
  const body =
    map.links.length === 0
      ? '<p>No EdgeSubscription files, EdgeSync connectors or connector certificates were found in this workspace.</p>'
      : `<table><thead><tr><th></th><th>From</th><th></th><th>To</th><th>Through</th><th>Note</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:var(--vscode-font-family,sans-serif);color:var(--vscode-foreground);padding:1em}table{border-collapse:collapse}td,th{padding:.3em .6em;border-bottom:1px solid var(--vscode-panel-border,#ccc);text-align:left}
tr.broken td{color:#e51400;font-weight:600}tr.unknown td{opacity:.75}.arrow{font-size:1.2em}</style><title>Exchange trust map</title></head>
<body><h1>Exchange transport trust map</h1><p>Edges: ${esc(map.edges.join(', ') || 'none')} · Hubs: ${esc(map.hubs.join(', ') || 'none')}</p>${body}</body></html>`;
}
