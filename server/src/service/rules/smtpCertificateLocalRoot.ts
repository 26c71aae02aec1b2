import { bool, enumMember, flags, text } from '../objects/access';
import { displayName, type ExchangeObject } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectsOf } from './objectRules';
import { defineRule } from './types';

export const smtpCertificateLocalRoot = defineRule({
  meta: {
    id: 'smtp-certificate-local-root',
    defaultSeverity: 'information',
    category: 'certificate',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'An SMTP certificate issued by a CA (not self-signed) whose root this server trusts only from its own store (RootCAType Registry): other servers may not.',
    messages: {
      localRoot: "Certificate {{subject}} chains to a root from this server's own store (RootCAType Registry).",
    },
    fixes: {
      showChain: 'Show the certificate chain of {{subject}} on this server (read only, changes nothing)',
    },
    sources: [
      'Get-ExchangeCertificate',
      { title: 'System Store Locations (Windows certificate stores)', url: 'https://learn.microsoft.com/windows/win32/seccrypto/system-store-locations' },
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'exchange-certificate')) {
      const root = enumMember(obj, 'RootCAType');
      if (root?.value !== 'Registry' || selfSigned(obj) !== false) continue;
      const services = flags(obj, 'Services');
      if (!services?.value.has('smtp')) continue;
      const subject = text(obj, 'Subject')?.value ?? displayName(obj);
      const thumbprint = text(obj, 'Thumbprint')?.value;
      ctx.report({
        range: root.prop.valueRange,
        messageId: 'localRoot',
        data: { subject },
        fix: thumbprint
          ? {
              fixId: 'showChain',
              command: `$chain = New-Object System.Security.Cryptography.X509Certificates.X509Chain; [void]$chain.Build((Get-Item Cert:\\LocalMachine\\My\\${thumbprint})); $chain.ChainElements | ForEach-Object { $_.Certificate.Subject }`,
            }
          : undefined,
        relatedInformation: [{ range: services.prop.valueRange, message: 'Services include SMTP' }],
      });
    }
  },
});

/** IsSelfSigned when shown; otherwise whether Issuer equals Subject; undefined when neither tells. */
function selfSigned(obj: ExchangeObject): boolean | undefined {
  const shown = bool(obj, 'IsSelfSigned');
  if (shown) return shown.value;
  const issuer = text(obj, 'Issuer')?.value;
  const subject = text(obj, 'Subject')?.value;
  if (issuer === undefined || subject === undefined) return undefined;
  return issuer.replace(/\s+/g, '').toLowerCase() === subject.replace(/\s+/g, '').toLowerCase();
}
