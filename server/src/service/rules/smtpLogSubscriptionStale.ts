import { shortServer, type SubscriptionRecord } from '../project/trustIndex';
import { locRange, type CertificateSighting } from '../protocolLog/model';
import { moreText, PROTOCOL_LOGGING } from './protocolLogRules';
import { defineRule } from './types';

/** The sighting is of the Edge's own certificate: it presented it, or the other side received it from the Edge. */
function fromEdge(s: CertificateSighting, sub: SubscriptionRecord, only: boolean): boolean {
  const names = new Set([sub.edgeName?.toLowerCase(), sub.edgeFqdn?.toLowerCase(), shortServer(sub.edgeFqdn)].filter((n): n is string => !!n));
  const isEdge = (host: string | undefined) => !!host && (names.has(host) || names.has(shortServer(host) ?? ''));
  if (s.role === 'sent') return isEdge(s.localHost) || isEdge(s.server) || (only && /^EdgeSync - Inbound to /i.test(s.connector));
  return isEdge(s.remoteHost);
}

export const smtpLogSubscriptionStale = defineRule({
  meta: {
    id: 'smtp-log-subscription-stale',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: ['smtp-protocol-log', 'edge-subscription'],
    description:
      'An Edge presented, in X-ANONYMOUSTLS sessions of a protocol log, another certificate than its subscription file holds: renewed after subscribing, so direct trust fails.',
    messages: {
      onLog: 'Edge {{edge}} presented another certificate than its subscription file holds, in session {{session}}{{more}}.',
      onSubscription: 'Edge {{edge}} presents another certificate than this subscription file holds, in {{sessions}} of the protocol logs.',
    },
    fixes: { resubscribe: 'Subscribe {{edge}} again (run on the Edge, then import the file on a Mailbox server)' },
    sources: [
      PROTOCOL_LOGGING,
      { title: 'Edge Subscriptions', url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscriptions' },
      'New-EdgeSubscription',
    ],
  },
  checkProject(ctx) {
    const subs = ctx.trust.subscriptions.filter((s) => s.thumbprint && s.blobRange);
    if (subs.length === 0 || ctx.trust.logs.length === 0) return;
    for (const sub of subs) {
      const edge = (sub.edgeName ?? sub.edgeFqdn ?? 'Edge').toUpperCase();
      const fix = { fixId: 'resubscribe' as const, command: `New-EdgeSubscription -FileName "C:\\Temp\\${edge}.xml"` };
      const seen: { uri: string; s: CertificateSighting }[] = [];
      for (const log of ctx.trust.logs) {
        for (const s of log.file.log.certificates) {
          if (!s.directTrust || s.thumbprint === sub.thumbprint || !fromEdge(s, sub, subs.length === 1)) continue;
          seen.push({ uri: log.uri, s });
          ctx.report({
            uri: log.uri,
            range: locRange(s.at),
            messageId: 'onLog',
            data: { edge, session: s.session, more: moreText(s.count) },
            relatedInformation: [{ uri: sub.uri, range: sub.blobRange!, message: `The certificate ${edge}'s subscription file holds` }],
            fix,
          });
        }
      }
      if (seen.length === 0) continue;
      const total = seen.reduce((n, x) => n + x.s.count, 0);
      ctx.report({
        uri: sub.uri,
        range: sub.blobRange!,
        messageId: 'onSubscription',
        data: { edge, sessions: `${total} session${total === 1 ? '' : 's'}` },
        relatedInformation: seen.slice(0, 5).map(({ uri, s }) => ({ uri, range: locRange(s.at), message: `${edge}'s certificate in session ${s.session}` })),
        fix,
      });
    }
  },
});
