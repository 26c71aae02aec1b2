// What a Test-EdgeSynchronization FailureDetail says, from the texts of Exchange 2013 CU23
// (/work/shared/domain/evidence-formats.md §2.2): the connection wrapper is looked through. Spaces match any
// whitespace or none (a value wrapped at the console width may have lost one).

export type EdgeSyncFailure =
  | 'noCredentials'
  | 'ldapUnavailable'
  | 'credentialInvalid'
  | 'leaseExpired'
  | 'cookieNotUpdated'
  | 'noSubscription'
  | 'noServiceConfig'
  | 'connection'
  | 'other';

export interface EdgeSyncFailureMatch {
  kind: EdgeSyncFailure;
  /** Where the recognised text is in the FailureDetail (offsets in its text). */
  start: number;
  end: number;
  /** The Edge FQDN (no credentials), or the site (no subscription, no configuration). */
  subject?: string;
  /** The inner error of the connection wrapper. */
  inner?: string;
}

const PATTERNS: readonly [EdgeSyncFailure, RegExp][] = [
  [
    'noCredentials',
    /No\s*EdgeSync\s*credentials\s*were\s*found\s*for\s*Edge\s*Transport\s*server\s+(?<subject>\S*?)\s+on\s*the\s*local\s*(?:Mailbox|Hub\s*Transport)\s*server/i,
  ],
  ['ldapUnavailable', /The\s*LDAP\s*server\s*is\s*unavailable/i],
  ['credentialInvalid', /The\s*supplied\s*credential\s*is\s*invalid/i],
  ['leaseExpired', /The\s*EdgeSync\s*lease\s*has\s*expired/i],
  ['cookieNotUpdated', /The\s*EdgeSync\s*cookie\s*has\s*not\s*been\s*updated/i],
  ['noSubscription', /There\s*are\s*no\s*Edge\s*subscriptions\s*for\s*current\s*site\s*"(?<subject>[^"]*)"/i],
  ['noServiceConfig', /EdgeSyncServiceConfig\s*is\s*missing\s*for\s*current\s*site\s*"(?<subject>[^"]*)"/i],
];

const WRAPPER = /EdgeSync\s*service\s*cannot\s*connect\s*to\s*this\s*subscription\s*because\s*of\s*error\s*"(?<inner>[\s\S]*)"\.?\s*$/i;

/** Offsets are in `detail` as given (Format-List values come with their whitespace already joined). */
export function classifyEdgeSyncFailure(detail: string): EdgeSyncFailureMatch | undefined {
  if (detail.trim() === '') return undefined;
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(detail);
    if (m) return { kind, subject: m.groups?.subject, start: m.index, end: m.index + m[0].length };
  }
  const w = WRAPPER.exec(detail);
  if (w) {
    const inner = w.groups?.inner ?? '';
    const start = w.index + w[0].indexOf(inner);
    return { kind: 'connection', inner: inner.replace(/\s+/g, ' ').trim(), start, end: start + inner.length };
  }
  const lead = detail.length - detail.trimStart().length;
  return { kind: 'other', start: lead, end: detail.trimEnd().length };
}

export const EDGESYNC_FAILURE_MEANING: Record<EdgeSyncFailure, string> = {
  noCredentials:
    'This Mailbox server holds no EdgeSync credentials for the Edge: it joined the site after the subscription, the Edge FQDN changed, the clocks differ, or its default SMTP certificate is missing or changed.',
  ldapUnavailable:
    'EdgeSync could not open its LDAP connection to the Edge: TCP 50636 blocked, the Edge name not resolvable, AD LDS stopped, or the Edge certificate changed after subscribing (direct trust rejects it).',
  credentialInvalid: 'The Edge refused the EdgeSync account: the subscription file was imported too late, or the Edge was reinstalled.',
  leaseExpired: 'No Mailbox server of the site renewed the lease: the EdgeSync service is not running there, or the servers are not in the subscribed site.',
  cookieNotUpdated: 'Synchronization has not completed for longer than twice the sync interval plus 30 minutes: the EdgeSync log says why.',
  noSubscription: 'No Edge is subscribed to the Active Directory site of this Mailbox server.',
  noServiceConfig: 'The site has no EdgeSync service configuration.',
  connection: 'EdgeSync could not connect to the Edge.',
  other: 'The test failed; FailureDetail says why.',
};
