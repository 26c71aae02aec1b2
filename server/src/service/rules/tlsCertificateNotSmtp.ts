import { certificatesNamedBy } from '../project/trustIndex';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import type { Rule } from './types';

export const tlsCertificateNotSmtp: Rule = {
  meta: {
    id: 'tls-certificate-not-smtp',
    defaultSeverity: 'warning',
    category: 'trust',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "A connector's TlsCertificateName matches a certificate that is not enabled for SMTP.",
  },
  checkProject(ctx) {
    for (const c of ctx.trust.connectors) {
      if (!c.certificateName) continue;
      const matches = certificatesNamedBy(ctx.trust, c);
      // Only when every match says which services it has, and none has SMTP.
      if (matches.length === 0 || matches.some((m) => !m.services || m.services.has('smtp'))) continue;
      const cert = matches[0];
      ctx.report({
        uri: c.uri,
        range: c.certificateName.prop.valueRange,
        message: `${c.kind === 'send-connector' ? 'Send' : 'Receive'} connector "${c.name}" uses the certificate ${cert.subject} (thumbprint ${cert.thumbprint ?? '?'}), which is not enabled for SMTP (Services: ${[...cert.services!].join(', ') || 'None'}); Exchange will not use it for STARTTLS. Run: Enable-ExchangeCertificate -Thumbprint ${cert.thumbprint ?? '<thumbprint>'} -Services SMTP${cert.server ? ` -Server ${cert.server.toUpperCase()}` : ''}.`,
        relatedInformation: matches.map((m) => ({ uri: m.uri, range: m.anchor, message: `Certificate ${m.subject} (Services without SMTP)` })),
      });
    }
  },
};
