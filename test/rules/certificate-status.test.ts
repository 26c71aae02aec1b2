import { ruleTester } from '../helpers/ruleTester';

const CA = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';
const REQUEST = `$request = Get-ExchangeCertificate -Thumbprint ${CA} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))`;

ruleTester('certificate-status', {
  valid: [
    {
      name: 'Valid',
      text: `
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
  ],
  invalid: [
    {
      name: 'Revoked: a renewal request',
      text: `
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
Status             : Revoked
#                    ^^^^^^^ certificate-status[revoked] fixes: ${REQUEST}
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
    {
      name: 'Untrusted and RevocationCheckFailure: nothing to renew (a missing root, an unreachable CRL)',
      text: `
IsSelfSigned       : False
Issuer             : CN=Contoso Issuing CA
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
Status             : Untrusted
#                    ^^^^^^^^^ certificate-status[untrusted] no-fix: New-ExchangeCertificate
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}

IsSelfSigned       : False
Issuer             : CN=Contoso Issuing CA
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
Status             : RevocationCheckFailure
#                    ^^^^^^^^^^^^^^^^^^^^^^ certificate-status[revocationCheckFailed] no-fix: New-ExchangeCertificate
Subject            : CN=autodiscover.contoso.com
Thumbprint         : 1C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B
`,
    },
    {
      name: 'PendingRequest: complete it with the issued certificate, or remove it',
      text: `
IsSelfSigned       : False
Issuer             : CN=mail.contoso.com
PublicKeySize      : 2048
Status             : PendingRequest
#                    ^^^^^^^^^^^^^^ certificate-status[pendingRequest] fixes: Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('<certificate file from the CA>')) || Remove-ExchangeCertificate -Thumbprint ${CA}
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
    {
      name: 'the Auth certificate outside its validity period: replaced at once with Set-AuthConfig',
      text: `
IsSelfSigned       : True
Issuer             : CN=Microsoft Exchange Server Auth Certificate
Services           : SMTP
Status             : DateInvalid
#                    ^^^^^^^^^^^ certificate-status[dateInvalid] no-fix: Enable-ExchangeCertificate
Subject            : CN=Microsoft Exchange Server Auth Certificate
Thumbprint         : C3EDCF181EF4F9B53D01768ECA99564014BCA6E7
`,
    },
  ],
});
