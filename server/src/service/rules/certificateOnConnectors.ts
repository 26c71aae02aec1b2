// Shared by certificate-expired and certificate-expiring: the connector that presents a certificate gets the
// finding too, on its TlsCertificateName, linked to the certificate's NotAfter in the other file.
import { certificatesNamedBy, type CertificateRecord } from '../project/trustIndex';
import { formatUtc, relative } from '../time/ticks';
import { dateNote } from '../certificate/facts';
import type { ProjectContext } from './types';

/** Reports connectors whose named certificates (all of them, when several match) satisfy `isAffected`. */
export function reportConnectorsPresenting(ctx: ProjectContext, isAffected: (notAfter: number) => boolean, verb: string): void {
  for (const c of ctx.trust.connectors) {
    const dated = certificatesNamedBy(ctx.trust, c).filter(
      (m): m is CertificateRecord & { facts: { notAfter: NonNullable<CertificateRecord['facts']['notAfter']> } } => !!m.facts.notAfter,
    );
    if (dated.length === 0 || !dated.every((m) => isAffected(m.facts.notAfter.value.getTime()))) continue;
    const cert = dated[0];
    const end = cert.facts.notAfter.value;
    ctx.report({
      uri: c.uri,
      range: c.certificateName!.prop.valueRange,
      message: `${c.kind === 'send-connector' ? 'Send' : 'Receive'} connector "${c.name}" presents ${cert.facts.label}, which ${verb} ${formatUtc(end)} (${relative(end, ctx.settings.now)}). ${cert.facts.remedy} Then point the connector at the new certificate (-TlsCertificateName "<I>issuer<S>subject").${dateNote(cert.facts.notAfter)}`,
      relatedInformation: dated.map((m) => ({ uri: m.uri, range: m.facts.notAfter.range, message: `NotAfter of ${m.facts.subject ?? 'the certificate'}` })),
    });
  }
}
