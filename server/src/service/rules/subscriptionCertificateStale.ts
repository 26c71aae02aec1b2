import { edgeCertificates, shortServer, type SubscriptionRecord } from '../project/trustIndex';
import { EDGE_SUBSCRIPTION_PROCEDURES, edgeOf, newFileCommand } from './subscriptionShared';
import { defineRule } from './types';

export const subscriptionCertificateStale = defineRule<'notSmtp' | 'gone', 'resubscribe'>({
  meta: {
    id: 'subscription-certificate-stale',
    defaultSeverity: 'error',
    category: 'trust',
    kinds: ['edge-subscription'],
    description: "The subscription file's Edge certificate is not the Edge's current SMTP certificate: EdgeSync fails until the Edge is subscribed again.",
    messages: {
      notSmtp: 'This subscription holds a certificate {{edge}} no longer uses for SMTP, so EdgeSync fails until {{edge}} is subscribed again.',
      gone: "This subscription's certificate is not in {{edge}}'s certificate export, so EdgeSync fails until {{edge}} is subscribed again.",
    },
    fixes: {
      resubscribe: 'Subscribe {{edge}} again: make a new file on it, then import it on a Mailbox server (no Remove-EdgeSubscription first)',
    },
    sources: [
      EDGE_SUBSCRIPTION_PROCEDURES,
      { title: 'Renew an Exchange Server certificate', url: 'https://learn.microsoft.com/exchange/architecture/client-access/renew-certificates' },
      {
        title: 'TLS functionality and related terminology (Exchange Server 2013): direct trust',
        url: 'https://learn.microsoft.com/exchange/tls-functionality-and-related-terminology-exchange-2013-help',
      },
    ],
  },
  checkProject(ctx) {
    for (const s of ctx.trust.subscriptions) {
      if (!s.thumbprint || !s.blobRange) continue;
      // An older file of an Edge that a later file in the set subscribed again tells nothing about now.
      if (superseded(ctx.trust.subscriptions, s)) continue;
      const certs = edgeCertificates(ctx.trust, s);
      if (certs.length === 0) continue;
      const withServices = certs.filter((c) => c.services);
      const smtp = withServices.filter((c) => c.services!.has('smtp'));
      let current = smtp;
      if (withServices.length === 0) {
        // The export does not say which certificate is enabled for SMTP: stale when the subscription's
        // certificate is gone from an export that has certificates for this Edge.
        if (certs.some((c) => c.thumbprint === s.thumbprint)) continue;
        current = certs;
      } else if (smtp.length === 0 || smtp.some((c) => c.thumbprint === s.thumbprint)) {
        continue;
      }
      const edge = edgeOf(s.file.subscription) ?? 'the Edge';
      ctx.report({
        uri: s.uri,
        range: s.blobRange,
        messageId: withServices.length > 0 ? 'notSmtp' : 'gone',
        data: { edge },
        relatedInformation: current.slice(0, 5).map((c) => ({
          uri: c.uri,
          range: c.anchor,
          message: `${edge}'s ${withServices.length > 0 ? 'SMTP ' : ''}certificate now: ${c.subject ?? '(no subject)'}, thumbprint ${c.thumbprint ?? '?'}`,
        })),
        fix: { fixId: 'resubscribe', command: newFileCommand(edge) },
      });
    }
  },
});

/** Another file of the same Edge in the set was made later. */
function superseded(all: readonly SubscriptionRecord[], s: SubscriptionRecord): boolean {
  const edge = shortServer(s.edgeName ?? s.edgeFqdn);
  const made = s.file.subscription?.effectiveDate?.getTime();
  if (!edge || made === undefined) return false;
  return all.some((o) => o !== s && shortServer(o.edgeName ?? o.edgeFqdn) === edge && (o.file.subscription?.effectiveDate?.getTime() ?? -Infinity) > made);
}
