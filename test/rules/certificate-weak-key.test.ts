import { annotateUnder } from '../helpers/annotate';
import { base64, makeCertificateDer, serializedCertificate, thumbprintOf } from '../helpers/certs';
import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, subscriptionXml } from '../helpers/subscription';

const CA = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';
const SELF = 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D';

function edge(): string {
  const der = makeCertificateDer({ keyBits: 1024 });
  const blob = base64(serializedCertificate(der));
  const xml = subscriptionXml({ ...defaultSpec(new Date('2024-05-14T10:30:00Z')), EdgeCertificateBlob: blob });
  return annotateUnder(
    xml,
    blob,
    `certificate-weak-key[weakKey] fix: Get-ExchangeCertificate -Thumbprint ${thumbprintOf(der)} | New-ExchangeCertificate -KeySize 2048; New-EdgeSubscription -FileName "$env:TEMP\\EdgeSubscription.xml"`,
  );
}

ruleTester('certificate-weak-key', {
  valid: [
    {
      name: '2048 and 4096-bit RSA, 256 and 384-bit EC',
      text: ['2048', '4096', '256', '384']
        .map(
          (bits, i) => `
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
PublicKeySize      : ${bits}
Subject            : CN=mail${i}.contoso.com
Thumbprint         : ${CA.slice(0, 39)}${i}
`,
        )
        .join(''),
    },
  ],
  invalid: [
    {
      name: 'a 1024-bit CA certificate: a renewal request with a 2048-bit key',
      text: `
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
PublicKeySize      : 1024
#                    ^^^^ certificate-weak-key[weakKey] fix: $request = Get-ExchangeCertificate -Thumbprint ${CA} | New-ExchangeCertificate -GenerateRequest -KeySize 2048; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))
Services           : IIS, SMTP
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
    {
      name: 'a 1024-bit self-signed certificate: renewed with a 2048-bit key',
      text: `
IsSelfSigned       : True
Issuer             : CN=EX01
NotAfter           : 3/1/2029 10:15:00 AM
NotBefore          : 3/1/2024 10:15:00 AM
PublicKeySize      : 1024
#                    ^^^^ certificate-weak-key[weakKey] fix: Get-ExchangeCertificate -Thumbprint ${SELF} | New-ExchangeCertificate -KeySize 2048
Services           : IMAP, POP, IIS, SMTP
Subject            : CN=EX01
Thumbprint         : ${SELF}
`,
    },
    { name: 'the Edge certificate of a subscription', file: 'edge.xml', text: edge() },
  ],
});
