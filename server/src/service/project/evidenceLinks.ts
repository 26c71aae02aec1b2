// What the evidence in a project says about the trust links: EdgeSync test results (Mailbox servers → Edge),
// events 12014 (a server's connector → the certificate it cannot find) and queues failing TLS (a server → its
// next hop). Each is a link of the trust map, broken when the evidence shows a failure.
import { shortComputer } from '../eventLog/model';
import { property } from '../objects/model';
import type { Range } from '../types';
import type { TrustFinding, TrustLink } from './trustMap';
import type { TrustIndex } from './trustIndex';

const FAILURE_LABEL: Record<string, string> = {
  noCredentials: 'no EdgeSync credentials',
  ldapUnavailable: 'LDAP server unavailable (TCP 50636)',
  credentialInvalid: 'credential refused',
  leaseExpired: 'lease expired',
  cookieNotUpdated: 'cookie not updated',
  noSubscription: 'no subscription',
  noServiceConfig: 'no EdgeSync configuration',
  connection: 'cannot connect',
  other: 'failed',
};

/** `found` gives the errors and warnings the project reports in a file (or a range of it), as Problems lists them. */
export function evidenceLinks(index: TrustIndex, found: (uri: string, range?: Range) => TrustFinding[]): TrustLink[] {
  const links: TrustLink[] = [];
  for (const r of index.edgeSyncResults) {
    const edge = (property(r.obj, 'Name')?.text.trim() || 'Edge').toUpperCase();
    const ok = r.status === 'Normal';
    links.push({
      from: 'Mailbox servers (EdgeSync)',
      to: edge,
      via: `Test-EdgeSynchronization: ${r.status ?? 'no status'}`,
      status: ok ? 'ok' : r.status === 'Inconclusive' ? 'unknown' : 'broken',
      note: ok ? undefined : r.failure ? FAILURE_LABEL[r.failure.kind] : undefined,
      findings: found(r.uri, r.obj.range),
      dates: [],
      uri: r.uri,
    });
  }
  for (const { uri, event } of index.events) {
    if (event.known?.family !== 'transport' || event.known.id !== 12014) continue;
    const server = shortComputer(event.computer)?.toUpperCase() ?? 'server';
    const connector = event.decoded.connector?.text;
    links.push({
      from: server,
      to: `certificate ${event.decoded.name?.text || '(unnamed)'}`,
      via: `${connector ? `connector "${connector}" ` : ''}(event 12014)`,
      status: 'broken',
      note: 'no SMTP certificate found: STARTTLS not offered',
      findings: found(uri, event.range),
      dates: [],
      uri,
    });
  }
  for (const q of index.queueErrors) {
    if (!q.match.def.tls) continue;
    const identity = property(q.obj, 'Identity')?.text.trim() ?? '';
    const server = identity.includes('\\') ? identity.split('\\')[0].toUpperCase() : 'server';
    links.push({
      from: server,
      to: q.error.fqdn ?? property(q.obj, 'NextHopDomain')?.text.trim() ?? 'next hop',
      via: `queue ${identity || '(unnamed)'}`,
      status: 'broken',
      note: q.error.response?.text.slice(q.match.start, q.match.end).replace(/\s+/g, ' '),
      findings: found(q.uri, q.obj.range),
      dates: [],
      uri: q.uri,
    });
  }
  return links;
}
