// Get-Queue output (delivery, Submission, Unreachable and shadow queues of a Mailbox or Edge server): the
// properties Microsoft documents as queue properties ("Queue properties in Exchange Server", "Queues and messages
// in queues": NextHopSolutionKey, queue status), /work/shared/domain/evidence-formats.md §4. Read-only evidence.
import { computed, remotingProperties } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const RESERVED = 'Reserved for Microsoft internal use; not used on-premises.';

const properties: PropertyDef[] = [
  ...remotingProperties(),
  computed({ name: 'Identity', type: { kind: 'identity' }, summary: 'The queue as <server>\\<queue>, the identity Retry-Queue and Suspend-Queue take.' }),
  computed({
    name: 'DeliveryType',
    type: { kind: 'enum', enum: 'QueueDeliveryType' },
    summary: 'How the transport service sends the messages of this queue to the next hop; it says what NextHopDomain and NextHopConnector name.',
  }),
  computed({
    name: 'NextHopDomain',
    type: { kind: 'string' },
    summary:
      'The next hop: a domain, the smart hosts of a Send connector, a connector name, an Active Directory site or a database, depending on DeliveryType.',
  }),
  computed({ name: 'TlsDomain', type: { kind: 'string' }, summary: 'The domain of the next hop when it is configured for Domain Security (mutual TLS).' }),
  computed({
    name: 'NextHopConnector',
    type: { kind: 'guid' },
    summary: 'The GUID of the Send connector (or site, DAG, database) the queue delivers through; all zeros when none.',
  }),
  computed({ name: 'Status', type: { kind: 'enum', enum: 'QueueStatus' }, summary: 'The state of the queue: Active, Connecting, Ready, Retry or Suspended.' }),
  computed({
    name: 'MessageCount',
    type: { kind: 'int', min: 0 },
    summary: 'How many messages the queue holds; one that keeps growing signals a delivery problem.',
  }),
  computed({
    name: 'LastError',
    type: { kind: 'string' },
    summary:
      'The last delivery error: an SMTP response, often wrapped as [{LRT=...};{LED=...};{FQDN=...};{IP=...}] (Exchange 2013) or [{LED=...};{MSG=...};{FQDN=...};{IP=...};{LRT=...}] (2016 and later).',
    security:
      'TLS failures show here: a certificate named by TlsCertificateName not found, STARTTLS required but not offered, a certificate that failed validation.',
  }),
  computed({ name: 'RetryCount', type: { kind: 'int', min: 0 }, summary: 'How many connection attempts failed since the queue went to Retry.' }),
  computed({ name: 'LastRetryTime', type: { kind: 'date' }, summary: 'When the last connection attempt was made (local time of the server).' }),
  computed({ name: 'NextRetryTime', type: { kind: 'date' }, summary: 'When the next connection attempt is due.' }),
  computed({ name: 'FirstRetryTime', type: { kind: 'date' }, summary: 'When the first failed attempt of this retry series was made.' }),
  computed({
    name: 'DeferredMessageCount',
    type: { kind: 'int', min: 0 },
    summary: 'Messages returned to the Submission queue after transient recipient-resolution errors.',
  }),
  computed({ name: 'LockedMessageCount', type: { kind: 'int', min: 0 }, summary: RESERVED }),
  computed({ name: 'MessageCountsPerPriority', type: { kind: 'list', item: 'string' }, summary: 'Messages by priority: High, Normal, Low, None.' }),
  computed({
    name: 'DeferredMessageCountsPerPriority',
    type: { kind: 'list', item: 'string' },
    summary: 'Deferred messages by priority: High, Normal, Low, None.',
  }),
  computed({ name: 'PriorityDescriptions', type: { kind: 'list', item: 'string' }, summary: 'The names of the priority counts: {High, Normal, Low, None}.' }),
  computed({ name: 'RiskLevel', type: { kind: 'string' }, summary: RESERVED }),
  computed({ name: 'OutboundIPPool', type: { kind: 'string' }, summary: RESERVED }),
  computed({ name: 'OverrideSource', type: { kind: 'string' }, summary: RESERVED }),
  computed({
    name: 'NextHopCategory',
    type: { kind: 'enum', enum: 'QueueNextHopCategory' },
    summary: 'Internal or External: whether the next hop is inside the Exchange organization.',
  }),
  computed({ name: 'IncomingRate', type: { kind: 'string' }, summary: 'Messages entering the queue per second, averaged over the last minute.' }),
  computed({ name: 'OutgoingRate', type: { kind: 'string' }, summary: 'Messages leaving the queue per second, averaged over the last minute.' }),
  computed({ name: 'Velocity', type: { kind: 'string' }, summary: 'OutgoingRate minus IncomingRate: below zero the queue grows.' }),
];

export const QUEUE: ObjectKindDef = {
  kind: 'queue',
  label: 'queue',
  getCmdlet: 'Get-Queue',
  releases: ['2013', '2016', '2019', 'SE'],
  signature: [
    'DeliveryType',
    'NextHopDomain',
    'NextHopConnector',
    'MessageCount',
    'NextRetryTime',
    'LastRetryTime',
    'FirstRetryTime',
    'NextHopCategory',
    'IncomingRate',
    'OutgoingRate',
    'Velocity',
    'DeferredMessageCount',
    'MessageCountsPerPriority',
  ],
  properties,
};
