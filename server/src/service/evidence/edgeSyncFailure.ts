// What a Test-EdgeSynchronization FailureDetail says, from the texts of Exchange 2013 CU23
// (/work/shared/domain/evidence-formats.md §2.2): the connection wrapper is looked through.

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
  /** The Edge FQDN (no credentials), or the site (no subscription, no configuration). */
  subject?: string;
  /** The inner error of the connection wrapper. */
  inner?: string;
}

const PATTERNS: readonly [EdgeSyncFailure, RegExp][] = [
  ['noCredentials', /No EdgeSync credentials were found for Edge Transport server (?<subject>\S*?) on the local (?:Mailbox|Hub Transport) server/i],
  ['ldapUnavailable', /The LDAP server is unavailable/i],
  ['credentialInvalid', /The supplied credential is invalid/i],
  ['leaseExpired', /The EdgeSync lease has expired/i],
  ['cookieNotUpdated', /The EdgeSync cookie has not been updated/i],
  ['noSubscription', /There are no Edge subscriptions for current site "(?<subject>[^"]*)"/i],
  ['noServiceConfig', /EdgeSyncServiceConfig is missing for current site "(?<subject>[^"]*)"/i],
];

const WRAPPER = /EdgeSync service cannot connect to this subscription because of error "(?<inner>[\s\S]*)"\.?\s*$/i;

export function classifyEdgeSyncFailure(detail: string): EdgeSyncFailureMatch | undefined {
  const text = detail.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind, subject: m.groups?.subject };
  }
  const w = WRAPPER.exec(text);
  if (w) return { kind: 'connection', inner: w.groups?.inner };
  return { kind: 'other' };
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
