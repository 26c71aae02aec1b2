import { edgeCertificates } from '../project/trustIndex';
import type { Rule } from './types';

export const subscriptionCertificateStale: Rule = {
  meta: {
    id: 'subscription-certificate-stale',
    defaultSeverity: 'error',
    category: 'trust',
    kinds: ['edge-subscription'],
    description: "The subscription file's Edge certificate is not the Edge's current SMTP certificate: EdgeSync fails until the Edge is subscribed again.",
  },
  checkProject(ctx) {
    for (const s of ctx.trust.subscriptions) {
      if (!s.thumbprint || !s.blobRange) continue;
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
      const edge = s.edgeName ?? s.edgeFqdn ?? 'the Edge';
      const now = current.map((c) => `${c.subject ?? '?'} (thumbprint ${c.thumbprint ?? '?'})`).join(', ');
      ctx.report({
        uri: s.uri,
        range: s.blobRange,
        message: `This subscription holds ${edge}'s certificate with thumbprint ${s.thumbprint}, but ${edge}'s certificate export shows ${withServices.length > 0 ? 'the SMTP certificate' : 'only'} ${now}. The Hubs trust only the certificate stored at subscription time, so EdgeSync and Edge-to-Hub TLS fail. On ${edge}: New-EdgeSubscription -FileName C:\\Temp\\${edge}.xml; then on a Mailbox server: New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('C:\\Temp\\${edge}.xml')) -Site <site>; then Start-EdgeSynchronization.`,
        relatedInformation: current.slice(0, 5).map((c) => ({ uri: c.uri, range: c.anchor, message: `${edge}'s current certificate ${c.subject ?? ''}` })),
      });
    }
  },
};
