import { certificateMatchesName, certificatesForConnector } from '../project/trustIndex';
import { OBJECT_KINDS_OF_FILES, setCommand } from './objectRules';
import { defineRule } from './types';

export const tlsCertificateNotFound = defineRule({
  meta: {
    id: 'tls-certificate-not-found',
    defaultSeverity: 'warning',
    category: 'trust',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "A connector's TlsCertificateName matches none of the certificates in the certificate exports present.",
    messages: {
      notFound: '{{kind}} "{{connector}}" names a certificate that no exported certificate matches.',
      notFoundOnServers: '{{kind}} "{{connector}}" names a certificate that no exported certificate of {{servers}} matches.',
    },
    fixes: {
      pointAtInstalled: 'Point "{{connector}}" at an installed certificate (TlsCertificateName from Get-ExchangeCertificate)',
    },
    sources: ['Set-ReceiveConnector', 'Set-SendConnector', 'Get-ExchangeCertificate'],
  },
  checkProject(ctx) {
    const { trust } = ctx;
    if (trust.certificates.length === 0) return;
    for (const c of trust.connectors) {
      if (!c.certificateName) continue;
      const candidates = certificatesForConnector(trust, c);
      if (candidates.length === 0 || candidates.some((cert) => certificateMatchesName(cert, c.certificateName!))) continue;
      // "of EX01" only when the candidates are known to be that server's (not certificates of unknown servers).
      const ofServers = c.servers.length > 0 && candidates.every((cert) => cert.server && c.servers.includes(cert.server));
      const cmdlet = c.kind === 'send-connector' ? 'Set-SendConnector' : 'Set-ReceiveConnector';
      ctx.report({
        uri: c.uri,
        range: c.certificateName.prop.valueRange,
        messageId: ofServers ? 'notFoundOnServers' : 'notFound',
        data: {
          kind: c.kind === 'send-connector' ? 'Send connector' : 'Receive connector',
          connector: c.name,
          servers: c.servers.map((s) => s.toUpperCase()).join(', '),
        },
        fix: {
          fixId: 'pointAtInstalled',
          command: `$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; ${setCommand(cmdlet, c.obj, '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"')}`,
        },
        relatedInformation: candidates
          .slice(0, 5)
          .map((cert) => ({ uri: cert.uri, range: cert.anchor, message: `Certificate ${cert.subject ?? ''} issued by ${cert.issuer ?? '?'}` })),
      });
    }
  },
});
