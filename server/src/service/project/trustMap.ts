// The trust map of a project: which Edge trusts which Hub through which certificate and connector. Each link
// carries the findings on what it goes through (the same diagnostics the editor's Problems or the CLI list, so
// the two always agree) and the dates that matter (certificate expiry, the bootstrap account). Rendered as
// Markdown (with a Mermaid graph) and as self-contained HTML for an editor webview (no scripts, no network).
import type { Diagnostic, Range, Severity } from '../types';
import { enumMember } from '../objects/access';
import { certificatesNamedBy, edgeCertificates, type CertificateRecord, type ConnectorRecord, type TrustIndex } from './trustIndex';
import { sessionsHtml, sessionsMarkdown } from './sessionTable';
import { compareNames } from '../text/compare';
import { evidenceLinks } from './evidenceLinks';

/** broken: an error among its findings; warning: a warning; unknown: nothing to check it against. */
export type LinkStatus = 'ok' | 'warning' | 'broken' | 'unknown';

export interface TrustFinding {
  code: string;
  severity: Severity;
  message: string;
  /** The rule's documentation. */
  href: string;
  uri: string;
  range: Range;
}

export interface TrustDate {
  /** What expires on the date ("Edge certificate CN=EDGE01", "Bootstrap account"). */
  what: string;
  date: Date;
  /** The date has passed. */
  past: boolean;
}

/**
 * What a link is: a subscription file (Edge → the Hubs of its site), an EdgeSync connector, a connector's
 * TlsCertificateName, a Hub's SMTP certificate that EdgeSync publishes to the Edges, or evidence: a
 * Test-EdgeSynchronization result (Hubs → Edge), an event 12014 (a server's connector → the certificate it cannot
 * find), a queue failing TLS (a server → its next hop).
 */
export type TrustLinkKind = 'subscription' | 'edgesync' | 'certificate' | 'hub-certificate' | 'edgesync-test' | 'certificate-event' | 'queue';

export interface TrustLink {
  kind: TrustLinkKind;
  /** The connector a link of kind `edgesync` or `certificate` goes through. */
  connector?: { name: string; kind: 'send-connector' | 'receive-connector'; servers: string[] };
  /** The EdgeSync site of an `EdgeSync - Inbound to <site>` connector. */
  site?: string;
  /** The certificate a `subscription` or `hub-certificate` link stands for. */
  certificate?: { subject?: string; thumbprint?: string };
  from: string;
  to: string;
  /** The certificate or connector the trust goes through. */
  via: string;
  status: LinkStatus;
  /** What is not known, or the rule ids of the findings. */
  note?: string;
  /** Errors and warnings on what the link goes through, as the editor and the CLI report them. */
  findings: TrustFinding[];
  dates: TrustDate[];
  /** The file that shows the link. */
  uri: string;
}

export interface TrustMap {
  edges: string[];
  hubs: string[];
  links: TrustLink[];
  /** What the protocol logs show per connector (absent without logs): sessions, TLS versions, failures. */
  sessions?: ConnectorSessions[];
}

/** One connector's sessions in the protocol logs of the project (summed over its log files). */
export interface ConnectorSessions {
  connector: string;
  direction?: 'send' | 'receive';
  /** Short name of the server whose logs these are, when the logs say. */
  server?: string;
  /** The first log file that shows the connector. */
  uri: string;
  sessions: number;
  /** Sessions that negotiated TLS, by protocol (`TLS1_2`: 120). */
  tls: number;
  protocols: Record<string, number>;
  /** Sessions that sent MAIL FROM, and those of them in clear text. */
  mail: number;
  clearText: number;
  /** TLS failures by reason (`UnknownCredentials`: 3). */
  failures: Record<string, number>;
}

type Findings = ReadonlyMap<string, readonly Diagnostic[]>;

function inside(r: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, r.start) && le(r.start, outer.end);
}

/** The errors and warnings of a file, or of one range of it. */
function findingsIn(findings: Findings, uri: string, range?: Range): TrustFinding[] {
  return (findings.get(uri) ?? [])
    .filter((d) => (d.severity === 'error' || d.severity === 'warning') && (!range || inside(d.range, range)))
    .map((d) => ({ code: d.code, severity: d.severity, message: d.message, href: d.href, uri, range: d.range }));
}

function unique(list: TrustFinding[]): TrustFinding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.uri}|${f.code}|${f.range.start.line}:${f.range.start.character}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function link(base: Omit<TrustLink, 'status' | 'note' | 'findings'>, found: TrustFinding[], unknown?: string): TrustLink {
  const findings = unique(found);
  const status: LinkStatus = findings.some((f) => f.severity === 'error')
    ? 'broken'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : unknown
        ? 'unknown'
        : 'ok';
  const note = findings.length > 0 ? [...new Set(findings.map((f) => f.code))].join(', ') : unknown;
  return { ...base, status, ...(note ? { note } : {}), findings };
}

function certificateDate(cert: CertificateRecord, what: string, now: Date): TrustDate[] {
  const d = cert.facts.notAfter?.value;
  return d ? [{ what: `${what} ${cert.subject ?? cert.thumbprint ?? ''}`.trim(), date: d, past: d.getTime() <= now.getTime() }] : [];
}

export function buildTrustMap(index: TrustIndex, findings: Findings, now: Date): TrustMap {
  const edges = new Set<string>();
  const hubs = new Set<string>();
  const links: TrustLink[] = [];

  for (const s of index.subscriptions) {
    const edge = (s.edgeName ?? s.edgeFqdn ?? 'Edge').toUpperCase();
    edges.add(edge);
    const certs = edgeCertificates(index, s);
    const info = s.file.subscription?.certificate?.parsed;
    const dates: TrustDate[] = [];
    if (info?.ok) dates.push({ what: `Edge certificate ${info.info.subject}`, date: info.info.notAfter, past: info.info.notAfter.getTime() <= now.getTime() });
    const expires = s.file.subscription?.expires;
    if (expires) dates.push({ what: 'Bootstrap account (import the file before then)', date: expires, past: expires.getTime() <= now.getTime() });
    links.push(
      link(
        {
          kind: 'subscription',
          certificate: { subject: info?.ok ? info.info.subject : undefined, thumbprint: s.thumbprint },
          from: edge,
          to: 'Hubs (AD)',
          via: `subscription: Edge certificate ${s.thumbprint ?? '(unreadable)'}`,
          dates,
          uri: s.uri,
        },
        findingsIn(findings, s.uri),
        certs.length === 0 ? 'no certificate export of this Edge to compare with' : undefined,
      ),
    );
  }

  // One link per connector: EdgeSync connectors (Edge → Hubs, Edge → Internet) and connectors naming a certificate.
  const edgeSync = index.connectors.filter((c) => c.kind === 'send-connector' && /^EdgeSync - /i.test(c.name));
  for (const c of edgeSync) for (const server of c.servers) edges.add(server.toUpperCase());
  for (const c of index.connectors) {
    const isEdgeSync = edgeSync.includes(c);
    if (!isEdgeSync && !c.certificateName) continue;
    links.push(isEdgeSync ? edgeSyncLink(index, c, findings, hubs, now) : certificateLink(index, c, findings, edges, hubs, now));
  }

  // What the evidence (events, EdgeSync results, queues) shows.
  links.push(...evidenceLinks(index, (uri, range) => findingsIn(findings, uri, range)));

  // Hub SMTP certificates reach the Edges through EdgeSync (AD LDS); an expired one breaks Edge→Hub TLS.
  for (const cert of index.certificates) {
    if (!cert.server || edges.has(cert.server.toUpperCase()) || !cert.services?.has('smtp')) continue;
    const hub = cert.server.toUpperCase();
    hubs.add(hub);
    if (edges.size === 0) continue;
    links.push(
      link(
        {
          kind: 'hub-certificate',
          certificate: { subject: cert.subject, thumbprint: cert.thumbprint },
          from: hub,
          to: 'Edges (AD LDS)',
          via: `EdgeSync-published SMTP certificate ${cert.thumbprint ?? cert.subject ?? ''}`,
          dates: certificateDate(cert, 'Certificate', now),
          uri: cert.uri,
        },
        findingsIn(findings, cert.uri, cert.obj.range),
      ),
    );
  }
  const sessions = connectorSessions(index);
  return { edges: [...edges].sort(), hubs: [...hubs].sort(), links, ...(sessions.length > 0 ? { sessions } : {}) };
}

function connectorSessions(index: TrustIndex): ConnectorSessions[] {
  const out = new Map<string, ConnectorSessions>();
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
  };
  for (const log of index.logs) {
    for (const c of log.file.log.connectors) {
      const key = `${c.connector.toLowerCase()}|${c.direction ?? ''}|${c.server ?? ''}`;
      let e = out.get(key);
      if (!e) {
        e = {
          connector: c.connector,
          direction: c.direction,
          server: c.server,
          uri: log.uri,
          sessions: 0,
          tls: 0,
          protocols: {},
          mail: 0,
          clearText: 0,
          failures: {},
        };
        out.set(key, e);
      }
      e.sessions += c.sessions;
      e.tls += c.tls;
      e.mail += c.mail;
      e.clearText += c.clearText;
      add(e.protocols, c.protocols);
      add(e.failures, c.failures);
    }
  }
  return [...out.values()].sort((a, b) => compareNames(a.connector, b.connector));
}

function serversOf(c: ConnectorRecord): string {
  return c.servers.map((s) => s.toUpperCase()).join(', ');
}

/** Findings on a connector and on the certificates its TlsCertificateName picks, with their dates. */
function connectorParts(index: TrustIndex, c: ConnectorRecord, findings: Findings, now: Date) {
  const certs = c.certificateName ? certificatesNamedBy(index, c) : [];
  return {
    certs,
    found: [...findingsIn(findings, c.uri, c.obj.range), ...certs.flatMap((cert) => findingsIn(findings, cert.uri, cert.obj.range))],
    dates: certs.flatMap((cert) => certificateDate(cert, 'Certificate', now)),
  };
}

function edgeSyncLink(index: TrustIndex, c: ConnectorRecord, findings: Findings, hubs: Set<string>, now: Date): TrustLink {
  const inbound = /^EdgeSync - Inbound to (.+)$/i.exec(c.name);
  const target = inbound ? `Hubs of ${inbound[1]}` : 'Internet';
  if (inbound) hubs.add(target);
  const auth = enumMember(c.obj, 'SmartHostAuthMechanism')?.value;
  const how = inbound ? `${auth ?? 'ExchangeServer'}: mutual TLS, direct trust` : 'DNS, domain security';
  const cert = c.certificateName ? `, TlsCertificateName ${c.certificateName.subject}` : '';
  const { found, dates } = connectorParts(index, c, findings, now);
  const connector = { name: c.name, kind: c.kind, servers: c.servers.map((s) => s.toUpperCase()) };
  return link(
    {
      kind: 'edgesync',
      connector,
      ...(inbound ? { site: inbound[1] } : {}),
      from: serversOf(c) || c.name.toUpperCase(),
      to: target,
      via: `connector "${c.name}" (${how}${cert})`,
      dates,
      uri: c.uri,
    },
    found,
  );
}

function certificateLink(index: TrustIndex, c: ConnectorRecord, findings: Findings, edges: Set<string>, hubs: Set<string>, now: Date): TrustLink {
  const owners = c.servers.length > 0 ? c.servers.map((s) => s.toUpperCase()) : [c.name.toUpperCase()];
  for (const o of owners) (edges.has(o) ? edges : hubs).add(o);
  const { found, dates } = connectorParts(index, c, findings, now);
  return link(
    {
      kind: 'certificate',
      connector: { name: c.name, kind: c.kind, servers: c.servers.map((s) => s.toUpperCase()) },
      from: owners.join(', '),
      to: `certificate ${c.certificateName!.subject}`,
      via: `connector "${c.name}" TlsCertificateName`,
      dates,
      uri: c.uri,
    },
    found,
    index.certificates.length === 0 ? 'no certificate export present' : undefined,
  );
}

// ---------------------------------------------------------------- rendering

const ICON: Record<LinkStatus, string> = { ok: '✅', warning: '⚠️', broken: '❌', unknown: '❔' };
const LABEL: Record<LinkStatus, string> = { ok: 'working', warning: 'warning', broken: 'broken', unknown: 'not known' };
const EMPTY = 'No EdgeSubscription files, EdgeSync connectors or connector certificates were found in this workspace.';

export interface RenderOptions {
  /** The link of a rule id (default: its documentation page, the findings' href). */
  ruleHref?: (id: string, fallback: string) => string;
  /** A runbook that a finding starts, as a link (editors that can open one). */
  runbookLink?: (finding: TrustFinding) => { title: string; href: string } | undefined;
}

function day(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'invalid date' : d.toISOString().slice(0, 10);
}

function dateText(d: TrustDate): string {
  return `${d.what} ${d.past ? 'expired' : 'expires'} ${day(d.date)}`;
}

function mermaidId(name: string): string {
  return (
    'n' +
    Array.from(name)
      .map((c) => (/[A-Za-z0-9]/.test(c) ? c : '_'))
      .join('')
  );
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function trustMapMarkdown(map: TrustMap, options: RenderOptions = {}): string {
  const href = options.ruleHref ?? ((_id: string, fallback: string) => fallback);
  const lines = ['# Exchange transport trust map', ''];
  if (map.links.length === 0) {
    lines.push(EMPTY, ...sessionsMarkdown(map.sessions));
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
    if (l.status === 'warning') lines.push(`  linkStyle ${i} stroke:#c80,stroke-width:2px`);
  });
  lines.push('```', '', '| | From | To | Through | Dates | Findings |', '|---|---|---|---|---|---|');
  for (const l of map.links) {
    const found = l.findings.map((f) => `[${f.code}](${href(f.code, f.href)}): ${f.message}`).join('<br>') || (l.note ?? '');
    lines.push(
      `| ${ICON[l.status]} | ${mdCell(l.from)} | ${mdCell(l.to)} | ${mdCell(l.via)} | ${mdCell(l.dates.map(dateText).join('; '))} | ${mdCell(found)} |`,
    );
  }
  lines.push(...sessionsMarkdown(map.sessions));
  return lines.join('\n') + '\n';
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function counts(map: TrustMap): string {
  const n = (s: LinkStatus) => map.links.filter((l) => l.status === s).length;
  const parts = (['broken', 'warning', 'unknown', 'ok'] as const).filter((s) => n(s) > 0).map((s) => `${n(s)} ${LABEL[s]}`);
  return `${map.links.length} link${map.links.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export function trustMapHtml(map: TrustMap, options: RenderOptions = {}): string {
  const href = options.ruleHref ?? ((_id: string, fallback: string) => fallback);
  const rows = map.links
    .map((l) => {
      const dates = l.dates
        .map((d) => `<div class="${d.past ? 'past' : ''}">${esc(d.what)} ${d.past ? 'expired' : 'expires'} <time>${day(d.date)}</time></div>`)
        .join('');
      const found =
        l.findings
          .map((f) => {
            const runbook = options.runbookLink?.(f);
            const more = runbook ? ` <a class="runbook" href="${esc(runbook.href)}">${esc(runbook.title)}</a>` : '';
            return `<div class="finding ${f.severity}"><a href="${esc(href(f.code, f.href))}">${esc(f.code)}</a> ${esc(f.message)}${more}</div>`;
          })
          .join('') || (l.note ? `<div class="note">${esc(l.note)}</div>` : '');
      return (
        `<tr class="${l.status}" data-status="${l.status}"><td><span class="badge">${LABEL[l.status]}</span></td><td class="node">${esc(l.from)}</td><td class="arrow">→</td>` +
        `<td class="node">${esc(l.to)}</td><td class="via">${esc(l.via)}</td><td class="dates">${dates}</td><td class="findings">${found}</td></tr>`
      );
    })
    .join('\n');
  const body =
    map.links.length === 0
      ? `<p>${EMPTY}</p>`
      : `<p class="summary">${esc(counts(map))}</p><table><thead><tr><th>Link</th><th>From</th><th></th><th>To</th><th>Through</th><th>Dates</th><th>Findings</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:var(--vscode-font-family,sans-serif);color:var(--vscode-foreground);padding:1em}table{border-collapse:collapse;width:100%}td,th{padding:.3em .6em;border-bottom:1px solid var(--vscode-panel-border,#ccc);text-align:left;vertical-align:top}td.node{white-space:nowrap}td.via{min-width:12em;overflow-wrap:anywhere}
td.findings{min-width:24em}td.dates{font-size:.9em;min-width:10em}.arrow{font-size:1.2em}.badge{display:inline-block;padding:0 .4em;border-radius:.6em;border:1px solid currentColor;font-size:.85em;white-space:nowrap}
tr.broken td:nth-child(-n+4){color:var(--vscode-errorForeground,#e51400);font-weight:600}tr.warning td:nth-child(-n+4){color:var(--vscode-editorWarning-foreground,#bf8803);font-weight:600}tr.ok .badge{color:var(--vscode-testing-iconPassed,#388a34)}tr.unknown td{opacity:.75}
.dates .past{color:var(--vscode-errorForeground,#e51400);font-weight:600}.finding{margin-bottom:.3em}.finding a{font-family:var(--vscode-editor-font-family,monospace);margin-right:.3em}.finding.error a{color:var(--vscode-errorForeground,#e51400)}.finding.warning a{color:var(--vscode-editorWarning-foreground,#bf8803)}a{color:var(--vscode-textLink-foreground)}</style><title>Exchange trust map</title></head>
<body><h1>Exchange transport trust map</h1><p>Edges: ${esc(map.edges.join(', ') || 'none')} · Hubs: ${esc(map.hubs.join(', ') || 'none')}</p>${body}${sessionsHtml(map.sessions)}</body></html>`;
}
