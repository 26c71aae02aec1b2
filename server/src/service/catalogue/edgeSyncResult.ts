// Test-EdgeSynchronization output (one object per subscribed Edge), property names of Exchange 2013 CU23 (the
// EdgeSubscriptionStatus object; /work/shared/domain/evidence-formats.md §2.1). The 2007/2010 names are not
// verified and not listed. Every property is read-only: this is evidence, not configuration.
import { computed, remotingProperties } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const RELEASES = ['2013', '2016', '2019', 'SE'] as const;

const area = (name: string, what: string): PropertyDef =>
  computed({
    name,
    type: { kind: 'enum', enum: 'EdgeConfigSyncStatus' },
    summary: `Whether the ${what} on the Edge match those in Active Directory. Compared only with -FullCompareMode; otherwise Skipped.`,
  });

const properties: PropertyDef[] = [
  ...remotingProperties(),
  computed({
    name: 'SyncStatus',
    type: { kind: 'enum', enum: 'EdgeSyncValidationStatus' },
    summary: 'The verdict of the test for this Edge, from the point of view of the Mailbox server the command ran on.',
    security:
      'Anything but Normal means the Edge may hold stale connectors, accepted domains, recipients and Mailbox server certificates: direct trust and recipient filtering work from old data.',
  }),
  computed({ name: 'UtcNow', type: { kind: 'date' }, summary: 'When the test ran (UTC, printed in the culture of the shell).' }),
  computed({ name: 'Name', type: { kind: 'string' }, summary: 'The subscribed Edge Transport server the result is about.' }),
  computed({
    name: 'LeaseHolder',
    type: { kind: 'string' },
    summary: 'The Mailbox server that holds the EdgeSync lease on this Edge (empty when none could be read).',
  }),
  computed({
    name: 'LeaseType',
    type: { kind: 'enum', enum: 'EdgeSyncLeaseType' },
    summary: 'The kind of lease: Option between synchronizations, Lock during one, None if never.',
  }),
  computed({
    name: 'FailureDetail',
    type: { kind: 'string' },
    summary: 'Why the test failed, in words: no credentials, the LDAP server unavailable, the lease expired, the cookie not updated, no subscription.',
  }),
  computed({ name: 'LeaseExpiryUtc', type: { kind: 'date' }, summary: 'When the current lease ends (UTC). 1/1/0001 when the Edge could not be read.' }),
  computed({
    name: 'LastSynchronizedUtc',
    type: { kind: 'date' },
    summary: 'When a Mailbox server last synchronized this Edge (UTC). Older than twice the sync interval plus 30 minutes is stale.',
  }),
  area('TransportServerStatus', 'transport server objects (Mailbox server certificates for direct trust)'),
  area('TransportConfigStatus', 'transport configuration settings'),
  area('AcceptedDomainStatus', 'accepted domains'),
  area('RemoteDomainStatus', 'remote domains'),
  area('SendConnectorStatus', 'Send connectors'),
  area('MessageClassificationStatus', 'message classifications'),
  area('RecipientStatus', 'recipients (excluded with -ExcludeRecipientTest)'),
  computed({
    name: 'CredentialRecords',
    type: { kind: 'string' },
    summary: 'How many EdgeSync credentials the Edge holds ("Number of credentials 3"); read only when the connection worked.',
  }),
  computed({
    name: 'CookieRecords',
    type: { kind: 'string' },
    summary: 'How many synchronization cookies exist ("Number of cookies 2"); none means never synchronized.',
  }),
];

export const EDGESYNC_RESULT: ObjectKindDef = {
  kind: 'edgesync-result',
  label: 'EdgeSync test result',
  getCmdlet: 'Test-EdgeSynchronization',
  releases: RELEASES,
  signature: [
    'SyncStatus',
    'LeaseHolder',
    'LeaseType',
    'FailureDetail',
    'LeaseExpiryUtc',
    'LastSynchronizedUtc',
    'TransportServerStatus',
    'TransportConfigStatus',
    'AcceptedDomainStatus',
    'RemoteDomainStatus',
    'SendConnectorStatus',
    'MessageClassificationStatus',
    'RecipientStatus',
    'CredentialRecords',
    'CookieRecords',
    'UtcNow',
  ],
  properties,
};
