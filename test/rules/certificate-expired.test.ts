import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, lint, lintProject, resolveSettings } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { annotateUnder } from '../helpers/annotate';
import { base64, makeCertificateDer, serializedCertificate, thumbprintOf } from '../helpers/certs';
import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, subscriptionXml } from '../helpers/subscription';

const CA = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';
const SELF = 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D';
const AUTH = 'C3EDCF181EF4F9B53D01768ECA99564014BCA6E7';
const NEW_AUTH =
  '$c = New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @()';
const CERT_RULES = [
  'certificate-expired',
  'certificate-expiring',
  'certificate-not-yet-valid',
  'certificate-weak-key',
  'certificate-weak-signature',
  'certificate-status',
  'certificate-unreadable',
];

/** An Edge subscription whose certificate is made now: the annotation needs its thumbprint. */
function edgeSubscription(cert: Parameters<typeof makeCertificateDer>[0], annotation: (thumbprint: string) => string): string {
  const der = makeCertificateDer(cert);
  const blob = base64(serializedCertificate(der));
  const xml = subscriptionXml({ ...defaultSpec(new Date('2024-05-14T10:30:00Z')), EdgeCertificateBlob: blob });
  return annotateUnder(xml, blob, annotation(thumbprintOf(der)));
}

ruleTester('certificate-expired', {
  valid: [
    {
      name: 'a valid certificate',
      text: `
CertificateDomains : {mail.contoso.com, autodiscover.contoso.com}
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
PublicKeySize      : 2048
RootCAType         : ThirdParty
Services           : IIS, SMTP
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
    {
      name: 'the Azure VM agent and Entra ID P2P certificates are not Exchange certificates: no certificate rule reports them',
      rules: CERT_RULES,
      text: `
CertificateDomains : {}
IsSelfSigned       : True
Issuer             : DC=Windows Azure CRP Certificate Generator
NotAfter           : 1/18/2023 9:41:07 AM
NotBefore          : 1/18/2022 9:41:07 AM
PublicKeySize      : 1024
RootCAType         : None
Services           : None
Status             : DateInvalid
Subject            : DC=Windows Azure CRP Certificate Generator
Thumbprint         : 5A1E0C9F3B2D4E6F708192A3B4C5D6E7F8091A2B

CertificateDomains : {}
IsSelfSigned       : False
Issuer             : CN=MS-Organization-P2P-Access [2023]
NotAfter           : 3/2/2023 8:00:00 AM
NotBefore          : 3/1/2023 7:55:00 AM
PublicKeySize      : 2048
RootCAType         : None
Services           : None
Status             : DateInvalid
Subject            : CN=6b3f2c1d-0e9a-4b8c-9d7e-1f2a3b4c5d6e
Thumbprint         : 0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C
`,
    },
  ],
  invalid: [
    {
      name: 'a CA certificate: the fix is a renewal request to its CA (nothing is enabled for SMTP blindly)',
      text: `
CertificateDomains : {mail.contoso.com, autodiscover.contoso.com}
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 5/20/2024 6:14:02 PM
#                    ^^^^^^^^^^^^^^^^^^^^ certificate-expired[expired] fixes: $request = Get-ExchangeCertificate -Thumbprint ${CA} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))
NotBefore          : 2/20/2024 6:14:03 PM
PublicKeySize      : 2048
RootCAType         : ThirdParty
Services           : IIS, SMTP
Status             : DateInvalid
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
    {
      name: "Exchange's own self-signed certificate: the documented renewal pipes it into New-ExchangeCertificate",
      text: `
CertificateDomains : {EX01, ex01.contoso.com}
IsSelfSigned       : True
Issuer             : CN=EX01
NotAfter           : 3/14/2024 9:15:00 AM
#                    ^^^^^^^^^^^^^^^^^^^^ certificate-expired[expired] fixes: Get-ExchangeCertificate -Thumbprint ${SELF} | New-ExchangeCertificate no-fix: -Force
NotBefore          : 3/14/2019 9:15:00 AM
PublicKeySize      : 2048
RootCAType         : Registry
Services           : IMAP, POP, IIS, SMTP
Status             : DateInvalid
Subject            : CN=EX01
Thumbprint         : ${SELF}
`,
    },
    {
      name: 'the Auth certificate: replaced at once through Set-AuthConfig, never enabled for SMTP',
      text: `
CertificateDomains : {}
IsSelfSigned       : True
Issuer             : CN=Microsoft Exchange Server Auth Certificate
NotAfter           : 11/16/2024 2:47:32 PM
#                    ^^^^^^^^^^^^^^^^^^^^^ certificate-expired[expiredAuth] fixes: ${NEW_AUTH}; Set-AuthConfig -NewCertificateThumbprint $c.Thumbprint -NewCertificateEffectiveDate (Get-Date); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate no-fix: Enable-ExchangeCertificate
NotBefore          : 12/13/2019 2:47:32 PM
PublicKeySize      : 2048
RootCAType         : Registry
Services           : SMTP
Status             : DateInvalid
Subject            : CN=Microsoft Exchange Server Auth Certificate
Thumbprint         : ${AUTH}
`,
      now: '2025-01-15T00:00:00Z',
    },
    {
      name: 'the Auth certificate, a date that reads both ways and both readings past: both dates given, none stated as the date',
      now: '2025-01-15T00:00:00Z',
      text: `
IsSelfSigned       : True
Issuer             : CN=Microsoft Exchange Server Auth Certificate
NotAfter           : 11/6/2024 2:47:32 PM
#                    ^^^^^^^^^^^^^^^^^^^^ certificate-expired[expiredAuthEitherReading] no-fix: Enable-ExchangeCertificate
NotBefore          : 12/3/2019 2:47:32 PM
Services           : SMTP
Subject            : CN=Microsoft Exchange Server Auth Certificate
Thumbprint         : ${AUTH}
`,
    },
    {
      name: 'bound to no Exchange service (a WMSvc certificate): reported one severity lower, the fix removes it',
      text: `
CertificateDomains : {WMSvc-EX01}
IsSelfSigned       : True
Issuer             : CN=WMSvc-EX01
NotAfter           : 11/30/2023 12:53:13 PM
#                    ^^^^^^^^^^^^^^^^^^^^^^ certificate-expired[expiredUnbound] fixes: Remove-ExchangeCertificate -Thumbprint 38247AD2B76244411748274C508D13446311830B
NotBefore          : 12/3/2013 12:53:13 PM
PublicKeySize      : 2048
RootCAType         : Registry
Services           : None
Status             : DateInvalid
Subject            : CN=WMSvc-EX01
Thumbprint         : 38247AD2B76244411748274C508D13446311830B
`,
    },
    {
      name: 'issuer unknown (a trimmed dump): the request, which changes nothing on the server, comes first',
      text: `
NotAfter           : 5/20/2024 6:14:02 PM
#                    ^^^^^^^^^^^^^^^^^^^^ certificate-expired[expired] fixes: $request = Get-ExchangeCertificate -Thumbprint ${CA} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request)) || Get-ExchangeCertificate -Thumbprint ${CA} | New-ExchangeCertificate
NotBefore          : 2/20/2024 6:14:03 PM
PublicKeySize      : 2048
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
    {
      name: 'the Edge certificate of a subscription: renewed on the Edge as its default SMTP certificate, then a new subscription file',
      file: 'edge.xml',
      text: edgeSubscription(
        { notBefore: new Date('2014-01-10T08:00:00Z'), notAfter: new Date('2019-01-10T08:00:00Z') },
        (tp) =>
          `certificate-expired[expired] fix: Get-ExchangeCertificate -Thumbprint ${tp} | New-ExchangeCertificate; New-EdgeSubscription -FileName "$env:TEMP\\EdgeSubscription.xml"`,
      ),
    },
    {
      name: 'a CA-issued Edge certificate: a renewal request on the Edge',
      file: 'edge.xml',
      text: edgeSubscription(
        { notBefore: new Date('2023-01-10T08:00:00Z'), notAfter: new Date('2024-01-10T08:00:00Z'), issuerCn: 'Contoso Issuing CA' },
        (tp) =>
          `certificate-expired[expired] fix: $request = Get-ExchangeCertificate -Thumbprint ${tp} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\edge-renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))`,
      ),
    },
    {
      name: 'across files: the connector that presents the expired certificate, on its TlsCertificateName',
      files: {
        'certificates.txt': `
Identity           : EX01\\${CA}
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 5/20/2024 6:14:02 PM
#                    ^^^^^^^^^^^^^^^^^^^^ certificate-expired[expired]
NotBefore          : 2/20/2024 6:14:03 PM
PublicKeySize      : 2048
RootCAType         : ThirdParty
Services           : IIS, SMTP
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
        'receive-connectors.txt': `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ certificate-expired[connectorExpired] fixes: $request = Get-ExchangeCertificate -Thumbprint ${CA} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request)) || $c = Get-ExchangeCertificate -Thumbprint "<new thumbprint>"; Set-ReceiveConnector -Identity "EX01\\Default Frontend EX01" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"
`,
      },
    },
  ],
});

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

describe('certificate-expired on the real CSS-Exchange Exchange 2019 export', () => {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'css-exchange', 'GetExchangeCertificate.xml'), 'utf8');
  it('reports the expired Auth certificate with its own message and the Set-AuthConfig replacement', () => {
    const diags = service.validate({ uri: 'GetExchangeCertificate.xml', text }, { now: new Date('2025-01-15T12:00:00Z') });
    const expired = diags.filter((d) => d.code === 'certificate-expired');
    assert.deepEqual(
      expired.map((d) => [d.range.start.line, d.messageId, d.severity]),
      [
        [8, 'expiredAuth', 'error'],
        [21, 'expired', 'error'],
      ],
    );
    const auth = expired[0].fixes ?? [];
    assert.equal(auth.length, 1);
    assert.ok(auth[0].command?.startsWith(NEW_AUTH), auth[0].command);
    assert.match(auth[0].command ?? '', /Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate$/);
    for (const d of diags) for (const f of d.fixes ?? []) assert.doesNotMatch(f.command ?? '', /Enable-ExchangeCertificate/, d.code);
  });
});

describe('certificate-expired severity by consequence', () => {
  const cert = (services: string) => `
IsSelfSigned       : True
Issuer             : CN=EX01
NotAfter           : 3/14/2024 9:15:00 AM
NotBefore          : 3/14/2019 9:15:00 AM
PublicKeySize      : 2048
RootCAType         : Registry
Services           : ${services}
Subject            : CN=EX01
Thumbprint         : ${SELF}
`;
  it('an error when the certificate serves SMTP, a warning when it serves no Exchange service', () => {
    const severity = (services: string) =>
      service.validate({ uri: 'c.txt', text: cert(services) }, { now: NOW }).find((d) => d.code === 'certificate-expired')?.severity;
    assert.equal(severity('IMAP, POP, IIS, SMTP'), 'error');
    assert.equal(severity('None'), 'warning');
  });
});

describe('certificate-expired with a date that reads two ways', () => {
  // NotAfter 6/5/2024: 5 June (month first) is after NOW, 6 May (day first) is before it.
  const text = `
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 6/5/2024 6:14:02 PM
NotBefore          : 3/7/2024 6:14:03 PM
PublicKeySize      : 2048
RootCAType         : ThirdParty
Services           : IIS, SMTP
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`;
  let n = 0;
  /** The certificate as a reader leaves it when nothing in the file settles the date order. */
  function withAlternative(notAfter: Date, alternative: Date) {
    const file = service.analyze({ uri: `two-readings-${n++}.txt`, text }) as ObjectsFile;
    const facts = file.certificates[0];
    facts.notAfter = { ...facts.notAfter!, value: notAfter, alternative };
    return lint(file, resolveSettings({ now: NOW })).filter((d) => d.code === 'certificate-expired');
  }
  it('only one reading expired: reported as uncertain (a warning), naming both dates', () => {
    const d = withAlternative(new Date('2024-06-05T18:14:02Z'), new Date('2024-05-06T18:14:02Z'));
    assert.deepEqual(
      d.map((x) => [x.messageId, x.severity]),
      [['mayHaveExpired', 'warning']],
    );
    assert.ok(d[0].message.includes('2024-05-06') && d[0].message.includes('2024-06-05'), d[0].message);
  });
  it('both readings expired: certain (an error), still naming both dates', () => {
    const d = withAlternative(new Date('2024-03-05T18:14:02Z'), new Date('2024-05-03T18:14:02Z'));
    assert.deepEqual(
      d.map((x) => [x.messageId, x.severity]),
      [['expiredEitherReading', 'error']],
    );
    assert.ok(d[0].message.includes('2024-03-05') && d[0].message.includes('2024-05-03'), d[0].message);
  });
  it('neither reading expired: nothing', () => {
    assert.deepEqual(withAlternative(new Date('2024-07-08T18:14:02Z'), new Date('2024-08-07T18:14:02Z')), []);
  });
});

describe('certificate-expired on a connector, with a date that reads two ways', () => {
  it('only one reading expired: the connector finding is uncertain too', () => {
    const certs = service.analyze({
      uri: 'two-readings-certs.txt',
      text: `
Identity           : EX01\\${CA}
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 6/5/2024 6:14:02 PM
NotBefore          : 3/7/2024 6:14:03 PM
Services           : IIS, SMTP
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    }) as ObjectsFile;
    const receive = service.analyze({
      uri: 'two-readings-receive.txt',
      text: `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
`,
    });
    const facts = certs.certificates[0];
    facts.notAfter = { ...facts.notAfter!, value: new Date('2024-06-05T18:14:02Z'), alternative: new Date('2024-05-06T18:14:02Z') };
    const found = lintProject([certs, receive], resolveSettings({ now: NOW }))
      .get('two-readings-receive.txt')
      ?.filter((d) => d.code === 'certificate-expired');
    assert.deepEqual(
      found?.map((d) => [d.range.start.line, d.messageId, d.severity]),
      [[7, 'connectorMayHaveExpired', 'warning']],
    );
  });
});
