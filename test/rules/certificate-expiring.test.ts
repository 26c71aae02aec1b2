import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, lint, resolveSettings } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { annotateUnder } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';

const CA = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';
const AUTH = 'C3EDCF181EF4F9B53D01768ECA99564014BCA6E7';
const NEW_AUTH =
  '$c = New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @()';
const REQUEST = `$request = Get-ExchangeCertificate -Thumbprint ${CA} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))`;

/** A Let's Encrypt-like certificate; evaluated on 2024-06-01 unless a case says otherwise. */
function caCert(notBefore: string, notAfter: string, annotation = ''): string {
  const text = `
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : ${notAfter}
NotBefore          : ${notBefore}
PublicKeySize      : 2048
RootCAType         : ThirdParty
Services           : IIS, SMTP
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`;
  return annotation ? annotateUnder(text, notAfter, annotation, 'hash') : text;
}

ruleTester('certificate-expiring', {
  valid: [
    { name: 'a year-long certificate with 42 days left', text: caCert('7/13/2023 6:14:03 PM', '7/13/2024 6:14:02 PM') },
    {
      name: 'a 90-day certificate with 35 days left: a third of its life (30 days) is shorter than the configured 60',
      text: caCert('4/7/2024 6:14:03 PM', '7/6/2024 6:14:02 PM'),
      settings: { ruleOptions: { 'certificate-expiring': { days: 60 } } },
    },
    { name: 'already expired: certificate-expired reports it', text: caCert('2/20/2024 6:14:03 PM', '5/20/2024 6:14:02 PM') },
  ],
  invalid: [
    {
      name: 'a CA certificate within 30 days: a renewal request',
      text: caCert('3/22/2024 6:14:03 PM', '6/20/2024 6:14:02 PM', `certificate-expiring[expiring] fixes: ${REQUEST}`),
    },
    {
      name: 'a 90-day certificate with 25 days left',
      text: caCert('3/28/2024 6:14:03 PM', '6/26/2024 6:14:02 PM', 'certificate-expiring[expiring]'),
    },
    {
      name: 'the days option widens the window of a long-lived certificate',
      text: caCert('7/13/2023 6:14:03 PM', '7/13/2024 6:14:02 PM', 'certificate-expiring[expiring]'),
      settings: { ruleOptions: { 'certificate-expiring': { days: 60 } } },
    },
    {
      name: 'the Auth certificate: a new one staged 48 hours ahead with Set-AuthConfig',
      now: '2024-10-20T00:00:00Z',
      text: `
IsSelfSigned       : True
Issuer             : CN=Microsoft Exchange Server Auth Certificate
NotAfter           : 11/16/2024 2:47:32 PM
#                    ^^^^^^^^^^^^^^^^^^^^^ certificate-expiring[expiringAuth] fixes: ${NEW_AUTH}; Set-AuthConfig -NewCertificateThumbprint $c.Thumbprint -NewCertificateEffectiveDate (Get-Date).AddHours(48) no-fix: Enable-ExchangeCertificate
NotBefore          : 12/13/2019 2:47:32 PM
PublicKeySize      : 2048
RootCAType         : Registry
Services           : SMTP
Subject            : CN=Microsoft Exchange Server Auth Certificate
Thumbprint         : ${AUTH}
`,
    },
    {
      name: 'bound to no Exchange service',
      text: `
IsSelfSigned       : True
Issuer             : CN=WMSvc-EX01
NotAfter           : 6/20/2024 12:53:13 PM
#                    ^^^^^^^^^^^^^^^^^^^^^ certificate-expiring[expiringUnbound]
NotBefore          : 6/22/2014 12:53:13 PM
PublicKeySize      : 2048
RootCAType         : Registry
Services           : None
Subject            : CN=WMSvc-EX01
Thumbprint         : 38247AD2B76244411748274C508D13446311830B
`,
    },
    {
      name: 'across files: a send connector that presents the certificate',
      files: {
        'certificates.txt': caCert('3/22/2024 6:14:03 PM', '6/20/2024 6:14:02 PM', 'certificate-expiring[expiring]'),
        'send-connectors.txt': `
Name                   : Outbound to Office 365
Identity               : Outbound to Office 365
AddressSpaces          : {smtp:contoso.mail.onmicrosoft.com;1}
SmartHosts             : {contoso-com.mail.protection.outlook.com}
RequireTLS             : True
TlsCertificateName     : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
#                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ certificate-expiring[connectorExpiring] fix: ${REQUEST}
SourceTransportServers : {EX01}
`,
      },
    },
  ],
});

describe('certificate-expiring with a date that reads two ways', () => {
  const service = createLanguageService();
  const NOW = new Date('2024-06-01T00:00:00Z');
  let n = 0;
  function withAlternative(notAfter: Date, alternative: Date) {
    const file = service.analyze({ uri: `expiring-${n++}.txt`, text: caCert('1/7/2024 6:14:03 PM', '7/1/2024 6:14:02 PM') }) as ObjectsFile;
    const facts = file.certificates[0];
    facts.notAfter = { ...facts.notAfter!, value: notAfter, alternative };
    facts.notBefore = { ...facts.notBefore!, value: new Date('2024-01-07T18:14:03Z') };
    return lint(file, resolveSettings({ now: NOW })).filter((d) => d.code.startsWith('certificate-expir'));
  }
  it('one reading within 30 days, the other months away: uncertain (information)', () => {
    const d = withAlternative(new Date('2024-06-07T18:14:02Z'), new Date('2024-07-06T18:14:02Z'));
    assert.deepEqual(
      d.map((x) => [x.code, x.messageId, x.severity]),
      [['certificate-expiring', 'mayExpireSoon', 'information']],
    );
  });
  it('one reading already past: left to certificate-expired, which says the date reads both ways', () => {
    const d = withAlternative(new Date('2024-06-05T18:14:02Z'), new Date('2024-05-06T18:14:02Z'));
    assert.deepEqual(
      d.map((x) => [x.code, x.messageId]),
      [['certificate-expired', 'mayHaveExpired']],
    );
  });
});
