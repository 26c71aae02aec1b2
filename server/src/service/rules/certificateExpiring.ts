import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { formatUtc, relative } from '../time/ticks';
import { dateNote } from '../certificate/facts';
import { certificateMatchesName, certificatesForConnector } from '../project/trustIndex';
import type { Rule } from './types';

const DAY_MS = 86400000;

export const certificateExpiring: Rule = {
  meta: {
    id: 'certificate-expiring', defaultSeverity: 'warning', category: 'certificate', kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate expires within the configured number of days (default 30).',
  },
  check(ctx) {
    const now = ctx.settings.now.getTime();
    const days = ctx.settings.certificateExpiringDays;
    for (const c of ctx.file.certificates) {
      const end = c.notAfter?.value.getTime();
      if (end === undefined || end <= now || end - now > days * DAY_MS) continue;
      ctx.report({
        range: c.notAfter!.range,
        message: `${c.label} expires on ${formatUtc(c.notAfter!.value)} (${relative(c.notAfter!.value, ctx.settings.now)}), within ${days} days. Replace it before then. ${c.remedy}${dateNote(c.notAfter!)}`,
      });
    }
  },
  checkProject(ctx) {
    // The connector that will present the certificate gets the finding too, linked to the certificate.
    const now = ctx.settings.now.getTime();
    const days = ctx.settings.certificateExpiringDays;
    for (const c of ctx.trust.connectors) {
      if (!c.certificateName) continue;
      const matches = certificatesForConnector(ctx.trust, c).filter((cert) => certificateMatchesName(cert, c.certificateName!));
      const dated = matches.filter((m) => m.facts.notAfter);
      if (dated.length === 0 || !dated.every((m) => { const end = m.facts.notAfter!.value.getTime(); return end > now && end - now <= days * DAY_MS; })) continue;
      const cert = dated[0];
      ctx.report({
        uri: c.uri,
        range: c.certificateName.prop.valueRange,
        message: `${c.kind === 'send-connector' ? 'Send' : 'Receive'} connector "${c.name}" presents ${cert.facts.label}, which expires on ${formatUtc(cert.facts.notAfter!.value)} (${relative(cert.facts.notAfter!.value, ctx.settings.now)}). ${cert.facts.remedy} Then point the connector at the new certificate (-TlsCertificateName "<I>issuer<S>subject").`,
        relatedInformation: dated.map((m) => ({ uri: m.uri, range: m.facts.notAfter!.range, message: `NotAfter of ${m.facts.subject ?? 'the certificate'}` })),
      });
    }
  },
};
