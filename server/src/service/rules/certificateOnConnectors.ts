// Shared by certificate-expired and certificate-expiring: the connector that presents a certificate gets the
// finding too, on its TlsCertificateName, linked to the certificate's NotAfter in the other file.
import type { CertificateFacts } from '../certificate/facts';
import { dateReadingNote } from '../certificate/facts';
import { certificatesNamedBy } from '../project/trustIndex';
import { certificateContext } from './certificateContext';
import { day, judgeDate, type DateVerdict } from './certificateDates';
import { renewalFixes, type RenewalNeed } from './certificateFixes';
import { setCommand } from './objectRules';
import type { Fix, ProjectContext } from './types';

export const CONNECTOR_FIX_TITLES: Readonly<Record<'pointConnector', string>> = {
  pointConnector: 'Point "{{connector}}" at the renewed certificate (needed only when its issuer or subject changed)',
};

/** The messages a rule reports on connectors with: every reading affected, two readings both affected, one only. */
export interface PresentingMessages {
  certain: string;
  either: string;
  possible: string;
}

/**
 * Reports connectors whose named certificates (all of them, when several match) make the finding. `makesFinding`
 * judges one NotAfter of a certificate.
 */
export function reportConnectorsPresenting(
  ctx: ProjectContext,
  makesFinding: (facts: CertificateFacts) => ((notAfter: number) => boolean) | undefined,
  ids: PresentingMessages,
  need: RenewalNeed,
): void {
  for (const c of ctx.trust.connectors) {
    const named = certificatesNamedBy(ctx.trust, c).filter((m) => m.facts.notAfter && certificateContext(m.facts, m.obj));
    if (named.length === 0) continue;
    const verdicts: { cert: (typeof named)[number]; v: DateVerdict }[] = [];
    for (const cert of named) {
      const test = makesFinding(cert.facts);
      verdicts.push({ cert, v: test ? judgeDate(cert.facts.notAfter!, test) : { kind: 'none' } });
    }
    if (verdicts.some((x) => x.v.kind === 'none')) continue;
    const shown = verdicts.find((x) => x.v.kind === 'possible') ?? verdicts[0];
    const v = shown.v as Exclude<DateVerdict, { kind: 'none' }>;
    const messageId = v.kind === 'possible' ? ids.possible : v.other ? ids.either : ids.certain;
    const context = certificateContext(shown.cert.facts, shown.cert.obj)!;
    const cmdlet = c.kind === 'send-connector' ? 'Set-SendConnector' : 'Set-ReceiveConnector';
    const point: Fix = {
      fixId: 'pointConnector',
      command: `$c = Get-ExchangeCertificate -Thumbprint "<new thumbprint>"; ${setCommand(cmdlet, c.obj, '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"')}`,
    };
    ctx.report({
      uri: c.uri,
      range: c.certificateName!.prop.valueRange,
      messageId,
      data: {
        kind: c.kind === 'send-connector' ? 'Send connector' : 'Receive connector',
        connector: c.name,
        // Mid-sentence: "presents certificate CN=..." (an "Edge certificate" label keeps its capital).
        name: shown.cert.facts.label.replace(/^Certificate /, 'certificate '),
        date: day(v.date),
        other: v.other ? day(v.other) : '',
      },
      uncertain: v.kind === 'possible',
      fix: [...renewalFixes(context, need), point],
      relatedInformation: verdicts.flatMap(({ cert }) => [
        { uri: cert.uri, range: cert.facts.notAfter!.range, message: `NotAfter of ${cert.facts.label}` },
        ...dateReadingNote(cert.facts.notAfter!, 'NotAfter').map((r) => ({ ...r, uri: cert.uri })),
      ]),
    });
  }
}
