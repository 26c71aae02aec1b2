import { certificatesForConnector } from '../project/trustIndex';
import { certificateMatchesName } from '../project/trustIndex';
import { OBJECT_KINDS_OF_FILES, setCommand } from './objectRules';
import type { Rule } from './types';

export const tlsCertificateNotFound: Rule = {
  meta: {
    id: 'tls-certificate-not-found',
    defaultSeverity: 'warning',
    category: 'trust',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "A connector's TlsCertificateName matches none of the certificates in the certificate exports present.",
  },
  checkProject(ctx) {
    const { trust } = ctx;
    if (trust.certificates.length === 0) return;
    for (const c of trust.connectors) {
      if (!c.certificateName) continue;
      const candidates = certificatesForConnector(trust, c);
      if (candidates.length === 0 || candidates.some((cert) => certificateMatchesName(cert, c.certificateName!))) continue;
      const where = c.servers.length > 0 ? ` of ${c.servers.join(', ')}` : '';
      const command = setCommand(
        c.kind === 'send-connector' ? 'Set-SendConnector' : 'Set-ReceiveConnector',
        c.obj,
        '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"',
      );
      ctx.report({
        fix: { command },
        uri: c.uri,
        range: c.certificateName.prop.valueRange,
        message: `${c.kind === 'send-connector' ? 'Send' : 'Receive'} connector "${c.name}" asks for the certificate ${c.certificateName.prop.text}, but none of the ${candidates.length} certificate${candidates.length === 1 ? '' : 's'} in the exports${where} has that issuer and subject, so Exchange falls back to another certificate (or none) for STARTTLS. Pick an installed SMTP certificate: $c = Get-ExchangeCertificate -Thumbprint <thumbprint>; ${command}.`,
        relatedInformation: candidates
          .slice(0, 5)
          .map((cert) => ({ uri: cert.uri, range: cert.anchor, message: `Certificate ${cert.subject ?? ''} issued by ${cert.issuer ?? '?'}` })),
      });
    }
  },
};
