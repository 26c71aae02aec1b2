// Get-Message output (messages in the queues of a Mailbox or Edge server): the properties Microsoft documents
// ("Properties of messages in queues"), /work/shared/domain/evidence-formats.md §4. Read-only evidence.
import { computed, remotingProperties } from './common';
import type { ObjectKindDef, PropertyDef } from './types';

const RESERVED = 'Reserved for Microsoft internal use; not used on-premises.';

const properties: PropertyDef[] = [
  ...remotingProperties(),
  computed({ name: 'Identity', type: { kind: 'identity' }, summary: 'The message as <server>\\<queue>\\<message number>.' }),
  computed({ name: 'FromAddress', type: { kind: 'string' }, summary: 'The SMTP address of the sender.' }),
  computed({ name: 'Status', type: { kind: 'enum', enum: 'QueuedMessageStatus' }, summary: 'The state of the message: Active, Ready, Retry, Suspended...' }),
  computed({ name: 'Size', type: { kind: 'byte-size' }, summary: 'The size of the message.' }),
  computed({
    name: 'MessageSourceName',
    type: { kind: 'string' },
    summary: 'The component that put the message in the queue (SMTP:<Receive connector>, DSN...).',
  }),
  computed({ name: 'SourceIP', type: { kind: 'string' }, summary: 'The address of the server that submitted the message.' }),
  computed({ name: 'SCL', type: { kind: 'int', min: -1, max: 9 }, summary: 'The spam confidence level: -1 for internal mail, 0 to 9 otherwise.' }),
  computed({ name: 'DateReceived', type: { kind: 'date' }, summary: 'When the message entered the queue.' }),
  computed({ name: 'ExpirationTime', type: { kind: 'date' }, summary: 'When the message expires (and bounces) if it cannot be delivered.' }),
  computed({
    name: 'LastError',
    type: { kind: 'string' },
    summary: 'The last delivery error for this message, in the same layouts as the LastError of its queue.',
    security: 'TLS failures show here as they do on the queue.',
  }),
  computed({ name: 'RetryCount', type: { kind: 'int', min: 0 }, summary: 'How many times delivery was tried.' }),
  computed({
    name: 'Recipients',
    type: { kind: 'list', item: 'string' },
    summary: 'Each recipient with its status, the connector it is routed through and any error.',
  }),
  computed({ name: 'ComponentLatency', type: { kind: 'string' }, summary: RESERVED }),
  computed({ name: 'MessageLatency', type: { kind: 'string' }, summary: 'Time from the Submission queue of this server to this queue.' }),
  computed({ name: 'DeferReason', type: { kind: 'string' }, summary: 'Why the message went back to the Submission queue (None when it did not).' }),
  computed({ name: 'Subject', type: { kind: 'string' }, summary: 'The subject of the message.' }),
  computed({ name: 'InternetMessageId', type: { kind: 'string' }, summary: 'The Message-Id header of the message.' }),
  computed({ name: 'Queue', type: { kind: 'identity' }, summary: 'The queue that holds the message (<server>\\<queue>).' }),
  computed({ name: 'Priority', type: { kind: 'string' }, summary: 'The importance set by the sender: Low, Normal or High.' }),
  computed({ name: 'Directionality', type: { kind: 'string' }, summary: 'Incoming, Originating or Undefined.' }),
  computed({
    name: 'OriginalFromAddress',
    type: { kind: 'string' },
    summary: 'The original sender of a message created during categorization (NDR, journal report).',
  }),
  computed({ name: 'AccountForest', type: { kind: 'string' }, summary: 'The forest root domain of the mailbox.' }),
  computed({ name: 'ExternalDirectoryOrganizationId', type: { kind: 'guid' }, summary: RESERVED }),
  computed({ name: 'LockReason', type: { kind: 'string' }, summary: RESERVED }),
  computed({ name: 'TrafficType', type: { kind: 'string' }, summary: RESERVED }),
  computed({ name: 'TrafficSubType', type: { kind: 'string' }, summary: RESERVED }),
];

export const QUEUED_MESSAGE: ObjectKindDef = {
  kind: 'queued-message',
  label: 'queued message',
  getCmdlet: 'Get-Message',
  releases: ['2013', '2016', '2019', 'SE'],
  signature: [
    'FromAddress',
    'InternetMessageId',
    'MessageSourceName',
    'SourceIP',
    'SCL',
    'DateReceived',
    'ExpirationTime',
    'Recipients',
    'MessageLatency',
    'DeferReason',
    'Directionality',
    'OriginalFromAddress',
  ],
  properties,
};
