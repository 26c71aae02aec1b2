// Enumerations of the evidence objects (Test-EdgeSynchronization, Start-EdgeSynchronization, Get-Queue,
// Get-Message). Member names are Exchange's (decompiled Exchange 2013 CU23 for the EdgeSync ones, the queue
// documentation for the others: /work/shared/domain/evidence-formats.md §2, §4). Their numbers are NOT
// verified: they are placeholders in the documented order, so every enum here is listed in
// EVIDENCE_ENUMS_UNVERIFIED and decodeEnumNumber() never turns a number into one of these names.
import type { EnumDef, EnumMember } from './types';

function members(list: readonly [string, string][]): EnumMember[] {
  return list.map(([name, summary], value) => ({ name, value, summary }));
}

export const EVIDENCE_ENUMS: Record<string, EnumDef> = {
  EdgeSyncValidationStatus: {
    name: 'EdgeSyncValidationStatus',
    flags: false,
    members: members([
      ['NoSyncConfigured', 'No Edge subscription, or no EdgeSync configuration, for the site of this Mailbox server.'],
      ['Normal', 'The lease and the cookies are recent: synchronization works.'],
      ['Warning', 'Synchronization works with a problem worth a look.'],
      ['Failed', 'EdgeSync could not connect, or the lease or a cookie is older than twice the sync interval plus 30 minutes.'],
      ['Inconclusive', 'The test could not tell: a synchronization holds the lock, or none has started yet.'],
      ['FailedUrgent', 'Synchronization failed and needs attention now.'],
    ]),
  },
  EdgeSyncLeaseType: {
    name: 'EdgeSyncLeaseType',
    flags: false,
    members: members([
      ['Lock', 'A Mailbox server holds the exclusive lock: a synchronization is running.'],
      ['Option', 'A Mailbox server holds the lease between synchronizations (the usual state).'],
      ['None', 'No Mailbox server has ever taken the lease: nothing has synchronized this Edge.'],
    ]),
  },
  EdgeConfigSyncStatus: {
    name: 'EdgeConfigSyncStatus',
    flags: false,
    members: members([
      ['Synchronized', 'The Edge (AD LDS) holds the same objects as Active Directory.'],
      ['NotSynchronized', 'Objects differ between Active Directory and the Edge.'],
      ['NotStarted', 'No synchronization has started for this Edge.'],
      ['InProgress', 'A synchronization is running, so the objects were not compared.'],
      ['Skipped', 'Not compared: only -FullCompareMode compares objects, and a failed connection compares nothing.'],
      ['DirectoryError', 'Reading the objects from Active Directory or from the Edge failed.'],
      ['Expired', 'The comparison ran out of time.'],
    ]),
  },
  EdgeSyncResult: {
    name: 'EdgeSyncResult',
    flags: false,
    members: members([
      ['InProgress', 'The synchronization is still running.'],
      ['Success', 'Every object was synchronized.'],
      ['Aborted', 'The synchronization stopped before the end.'],
      ['CouldNotConnect', 'EdgeSync could not connect to the Edge (AD LDS on TCP 50636, the certificate, the credentials).'],
      ['CouldNotLease', 'Another Mailbox server holds the lease on this Edge.'],
      ['LostLease', 'The lease was lost during the synchronization.'],
      ['Incomplete', 'Some objects did not reach the Edge (the EdgeSync log says which, e.g. a value too long for AD LDS).'],
      ['NoSubscriptions', 'No Edge is subscribed to the site.'],
      ['SyncDisabled', 'Synchronization is turned off.'],
    ]),
  },
  EdgeSyncType: {
    name: 'EdgeSyncType',
    flags: false,
    members: members([
      ['Configuration', 'Configuration objects: connectors, accepted and remote domains, certificates of the Mailbox servers.'],
      ['Recipients', 'Recipients (for recipient filtering and safe lists on the Edge).'],
      ['General', 'Both.'],
    ]),
  },
  QueueStatus: {
    name: 'QueueStatus',
    flags: false,
    members: members([
      ['Active', 'The queue is sending messages.'],
      ['Connecting', 'The queue is connecting to the next hop.'],
      ['Ready', 'The queue sent its messages recently and is empty.'],
      ['Retry', 'The last connection attempt failed; the queue waits to try again. LastError says why.'],
      ['Suspended', 'An administrator suspended the queue: no message leaves it.'],
    ]),
  },
  QueueDeliveryType: {
    name: 'QueueDeliveryType',
    flags: false,
    members: members([
      ['DeliveryAgent', 'To a non-SMTP address space through a Delivery Agent connector.'],
      ['DnsConnectorDelivery', 'To an SMTP domain through a Send connector that uses DNS (MX) routing; NextHopConnector is that connector.'],
      ['Heartbeat', 'Reserved for internal use (shadow redundancy heartbeat).'],
      ['MapiDelivery', 'Exchange 2010 delivery to a local mailbox server.'],
      ['NonSmtpGatewayDelivery', 'To a non-SMTP address space through a Foreign connector.'],
      ['ShadowRedundancy', 'A shadow queue: copies kept until the primary server delivers.'],
      ['SmartHostConnectorDelivery', 'To an SMTP domain through a Send connector that uses smart hosts; NextHopConnector is that connector.'],
      ['SmtpDeliveryToExo', 'Not used on-premises.'],
      ['SmtpDeliveryToMailbox', 'To a mailbox database of this server or of its DAG.'],
      ['SmtpRelayToConnectorSourceServers', 'To the source servers of a connector elsewhere; NextHopDomain names that connector.'],
      ['SmtpRelayToDag', 'To a mailbox database in another DAG.'],
      ['SmtpRelayToMailboxDeliveryGroup', 'To an Exchange 2010 Hub Transport server.'],
      ['SmtpRelayToRemoteActiveDirectorySite', 'Through another Active Directory site (a hub site, or the site of a subscribed Edge).'],
      ['SmtpRelayToRemoteForest', 'Not used on-premises.'],
      ['SmtpRelayToServers', 'To a distribution group expansion server.'],
      ['SmtpRelayToTiRg', 'Exchange 2010 delivery to an Exchange 2003 routing group.'],
      ['SmtpRelayWithinAdSite', 'Exchange 2010 delivery to another Hub Transport server of the site.'],
      ['SmtpRelayWithinAdSiteToEdge', 'To a subscribed Edge, for a Send connector sourced on it ("EdgeSync - <site> to Internet").'],
      ['Undefined', 'The Submission and poison message queues.'],
      ['Unreachable', 'The Unreachable queue: no route for these recipients.'],
    ]),
  },
  QueueNextHopCategory: {
    name: 'QueueNextHopCategory',
    flags: false,
    members: members([
      ['Internal', 'The next hop is inside the Exchange organization.'],
      ['External', 'The next hop is outside the Exchange organization.'],
    ]),
  },
  QueuedMessageStatus: {
    name: 'QueuedMessageStatus',
    flags: false,
    members: members([
      ['Active', 'The message is being delivered (or categorized, in the Submission queue).'],
      ['Locked', 'Reserved for internal use.'],
      ['PendingRemove', 'Removed by an administrator while being sent; removed if the delivery fails.'],
      ['PendingSuspend', 'Suspended by an administrator while being sent; suspended if the delivery fails.'],
      ['Ready', 'Waiting in the queue, ready to be sent.'],
      ['Retry', 'The queue holding it could not connect; it waits for the next retry. LastError says why.'],
      ['Suspended', 'Suspended by an administrator.'],
    ]),
  },
};

/** Enums whose member numbers are placeholders (see the comment above). */
export const EVIDENCE_ENUMS_UNVERIFIED: ReadonlySet<string> = new Set(Object.keys(EVIDENCE_ENUMS));
