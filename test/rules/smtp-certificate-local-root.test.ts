import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTester } from '../helpers/ruleTester';

// Let's Encrypt (ThirdParty), the Auth certificate (None) and the server's self-signed certificate (Registry).
const CLEAN = readFileSync(join(__dirname, '..', 'fixtures', 'versions', 'exchange2016-cu23-get-exchangecertificate-fl.txt'), 'utf8');
const THUMB = '8B3E5D7F9A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9B';
const CHAIN = `$chain = New-Object System.Security.Cryptography.X509Certificates.X509Chain; [void]$chain.Build((Get-Item Cert:\\LocalMachine\\My\\${THUMB})); $chain.ChainElements | ForEach-Object { $_.Certificate.Subject }`;

/** A certificate from a standalone CA whose root was imported on this server only. */
function certificate(over: { isSelfSigned?: string; services?: string; rootCaType?: string } = {}, annotation = ''): string {
  return `
AccessRules        : {System.Security.AccessControl.CryptoKeyAccessRule, System.Security.AccessControl.CryptoKeyAccessRule}
CertificateDomains : {mail.contoso.com, autodiscover.contoso.com}
HasPrivateKey      : True
IsSelfSigned       : ${over.isSelfSigned ?? 'False'}
Issuer             : CN=Contoso Standalone Root CA, O=Contoso, C=US
NotAfter           : 3/1/2026 10:15:00 AM
NotBefore          : 3/1/2024 10:15:00 AM
PublicKeySize      : 2048
RootCAType         : ${over.rootCaType ?? 'Registry'}
${annotation}SerialNumber       : 61A4C0E2000000000007
Services           : ${over.services ?? 'IIS, SMTP'}
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : ${THUMB}
`;
}

ruleTester('smtp-certificate-local-root', {
  valid: [
    { name: "Let's Encrypt, the Auth certificate and the server's self-signed certificate", file: 'certs.txt', text: CLEAN },
    { name: 'a root from the Windows root program', text: certificate({ rootCaType: 'ThirdParty' }) },
    { name: 'an enterprise CA published in Active Directory', text: certificate({ rootCaType: 'Enterprise' }) },
    { name: 'not used for SMTP', text: certificate({ services: 'IIS' }) },
    { name: 'self-signed: Registry is what Exchange shows for its own certificates', text: certificate({ isSelfSigned: 'True' }) },
  ],
  invalid: [
    {
      name: 'issued by a CA whose root was added to this server by hand',
      text: certificate({}, `#                    ^^^^^^^^ smtp-certificate-local-root[localRoot] fix: ${CHAIN}\n`),
    },
    {
      name: 'IsSelfSigned not shown: Issuer and Subject differ',
      text: `
Subject    : CN=smtp.contoso.com
Issuer     : CN=Contoso Issuing CA 2, DC=contoso, DC=com
RootCAType : Registry
#            ^^^^^^^^ smtp-certificate-local-root[localRoot]
Services   : SMTP
Status     : Valid
Thumbprint : 0C2E4A6B8D0F1A3C5E7B9D1F3A5C7E9B1D3F5A7C
`,
    },
  ],
});
