import { certificatesNamedBy } from '../project/trustIndex';
import { thumbprintArg } from './certificateFixes';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule } from './types';

export const tlsCertificateNotSmtp = defineRule({
  meta: {
    id: 'tls-certificate-not-smtp',
    defaultSeverity: 'warning',
    category: 'trust',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "A connector's TlsCertificateName matches a certificate that is not enabled for SMTP.",
    messages: {
      notSmtp: '{{kind}} "{{connector}}" names {{name}}, which is not enabled for SMTP.',
    },
    fixes: {
      enableSmtp: 'Enable {{subject}} for SMTP (answer No when asked to replace the default SMTP certificate)',
    },
    sources: [
      'Enable-ExchangeCertificate',
      {
        title: 'Assign certificates to Exchange Server services',
        url: 'https://learn.microsoft.com/exchange/architecture/client-access/assign-certificates-to-services',
      },
    ],
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
        messageId: 'notSmtp',
        data: { kind: c.kind === 'send-connector' ? 'Send connector' : 'Receive connector', connector: c.name, name: cert.facts.label },
        // Without -Force, Exchange asks whether to replace the default SMTP certificate: No keeps the internal
        // transport certificate, which direct trust with subscribed Edges depends on.
        fix: {
          fixId: 'enableSmtp',
          data: { subject: cert.subject ?? 'the certificate' },
          command: `Enable-ExchangeCertificate -Thumbprint ${thumbprintArg(cert.thumbprint)} -Services SMTP${cert.server ? ` -Server ${cert.server.toUpperCase()}` : ''}`,
        },
        relatedInformation: matches.map((m) => ({
          uri: m.uri,
          range: m.anchor,
          message: `Certificate ${m.subject}: Services ${[...m.services!].join(', ') || 'None'}`,
        })),
      });
    }
  },
});
