import type { EventRecord } from '../eventLog/model';
import type { Range } from '../types';
import { eventRange, knownEvents, value } from './eventRules';
import { EDGE_SUBSCRIPTIONS, RESUBSCRIBE_TITLES, resubscribeFixes, short } from './evidenceRules';
import { defineRule } from './types';

type MessageId =
  'noCredentials' | 'decryption' | 'capi' | 'directTrustMatch' | 'probe' | 'lease' | 'topology' | 'renewal' | 'directTrustIn' | 'directTrustOut' | 'testFailed';

/** Which events this rule reports, by family and ID. */
const MESSAGES: Record<string, MessageId> = {
  'edgesync:1032': 'noCredentials',
  'edgesync:1033': 'decryption',
  'edgesync:1035': 'capi',
  'edgesync:10104': 'directTrustMatch',
  'edgesync:1004': 'probe',
  'edgesync:1024': 'lease',
  'edgesync:1025': 'topology',
  'message-security:1006': 'renewal',
  'transport:1036': 'directTrustIn',
  'transport:2018': 'directTrustOut',
  'monitoring:1001': 'testFailed',
};
/** Events that mean the subscription no longer matches the certificates or servers: re-subscribe. */
const RESUBSCRIBE = new Set<MessageId>(['noCredentials', 'decryption', 'directTrustMatch', 'directTrustIn', 'directTrustOut']);

/** The Edge an event is about, and where it is written: EdgeSync 1032 logs the Edge FQDN as its last insertion string. */
function edgeOf(e: EventRecord): { text: string; range: Range } | undefined {
  const d = e.decoded.edge ?? e.decoded.host;
  if (d?.text) return d;
  const last = e.insertions[e.insertions.length - 1];
  if (e.known?.family === 'edgesync' && e.known.id === 1032 && last?.text.trim()) return { text: last.text.trim(), range: last.range };
  return undefined;
}

export const eventEdgesync = defineRule({
  meta: {
    id: 'event-edgesync',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: ['event-log-text'],
    description:
      'EdgeSync and direct-trust events (EdgeSync 1004, 1024, 1025, 1032, 1033, 1035, 10104; Message Security 1006; transport 1036, 2018): the subscription and the certificates no longer match.',
    messages: {
      noCredentials: 'Event 1032: this Mailbox server has no EdgeSync credentials for {{edge}}.',
      decryption: 'Event 1033: EdgeSync cannot decrypt the credentials for {{edge}}: the default SMTP certificate changed.',
      capi: 'Event 1035: the default SMTP certificate has a CNG key, which EdgeSync cannot use.',
      directTrustMatch: 'Event 10104: {{edge}} presented a certificate other than the one it subscribed with.',
      probe: 'Event 1004: EdgeSync could not confirm the credentials it will switch to.',
      lease: 'Event 1024: EdgeSync could not take or renew the lease on an Edge.',
      topology: 'Event 1025: EdgeSync could not read the Edge subscriptions of the site.',
      renewal: 'Event 1006: renewing the EdgeSync credentials of an Edge failed.',
      directTrustIn: 'Event 1036: a certificate from {{ip}} failed direct trust, so its mail was treated as anonymous.',
      directTrustOut: 'Event 2018: the certificate of {{ip}} failed direct trust; EdgeSync may be out of date.',
      testFailed: 'Event 1001: Test-EdgeSynchronization found synchronization failed.',
    },
    fixes: { ...RESUBSCRIBE_TITLES },
    sources: [EDGE_SUBSCRIPTIONS, 'New-EdgeSubscription', 'Remove-EdgeSubscription'],
  },
  check(ctx) {
    for (const e of knownEvents(ctx.file)) {
      const messageId = MESSAGES[`${e.known!.family}:${e.known!.id}`];
      if (!messageId) continue;
      const edge = edgeOf(e);
      ctx.report({
        range: edge?.range ?? eventRange(e, 'thumbprint', 'subject', 'certificate', 'ip'),
        messageId,
        data: { edge: edge ? short(edge.text, 60) : 'an Edge', ip: value(e, 'ip', 'another server') },
        fix: RESUBSCRIBE.has(messageId) ? resubscribeFixes(edge?.text) : undefined,
      });
    }
  },
});
