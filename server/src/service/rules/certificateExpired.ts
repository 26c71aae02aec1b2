import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { formatUtc, relative } from '../time/ticks';
import { dateNote } from '../certificate/facts';
import { certificateMatchesName, certificatesForConnector } from '../project/trustIndex';
import type { Rule } from './types';

export const certificateExpired: Rule = {
  meta: {
    id: 'certificate-expired', defaultSeverity: 'error', category: 'certificate', kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate has expired: TLS with it fails or silently falls back to clear text.',
  },
  check(ctx) {
    const now = ctx.settings.now;
    for (const c of ctx.file.certificates) {
      if (!c.notAfter || c.notAfter.value.getTime() > now.getTime()) continue;
      ctx.report({
        range: c.notAfter.range,
        message: `${c.label} expired on ${formatUtc(c.notAfter.value)} (${relative(c.notAfter.value, now)}). Servers that check it refuse TLS, and opportunistic TLS silently falls back to clear text. ${c.remedy}${dateNote(c.notAfter!)}`,
      });
    }
  },
  checkProject(ctx) {
    // The connector that will present the certificate gets the finding too, linked to the certificate.
    const now = ctx.settings.now.getTime();
    for (const c of ctx.trust.connectors) {
      if (!c.certificateName) continue;
      const matches = certificatesForConnector(ctx.trust, c).filter((cert) => certificateMatchesName(cert, c.certificateName!));
      const dated = matches.filter((m) => m.facts.notAfter);
      if (dated.length === 0 || !dated.every((m) => { const end = m.facts.notAfter!.value.getTime(); return end <= now; })) continue;
      const cert = dated[0];
      ctx.report({
        uri: c.uri,
        range: c.certificateName.prop.valueRange,
        message: `${c.kind === 'send-connector' ? 'Send' : 'Receive'} connector "${c.name}" presents ${cert.facts.label}, which expired on ${formatUtc(cert.facts.notAfter!.value)} (${relative(cert.facts.notAfter!.value, ctx.settings.now)}). ${cert.facts.remedy} Then point the connector at the new certificate (-TlsCertificateName "<I>issuer<S>subject").`,
        relatedInformation: dated.map((m) => ({ uri: m.uri, range: m.facts.notAfter!.range, message: `NotAfter of ${m.facts.subject ?? 'the certificate'}` })),
      });
    }
  },
};
