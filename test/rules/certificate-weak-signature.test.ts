import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/service';
import { annotateUnder } from '../helpers/annotate';
import { base64, makeCertificateDer, serializedCertificate, thumbprintOf, type CertSpec } from '../helpers/certs';
import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, subscriptionXml } from '../helpers/subscription';

function edge(cert: CertSpec, annotation?: (thumbprint: string) => string): string {
  const der = makeCertificateDer(cert);
  const blob = base64(serializedCertificate(der));
  const xml = subscriptionXml({ ...defaultSpec(new Date('2024-05-14T10:30:00Z')), EdgeCertificateBlob: blob });
  return annotation ? annotateUnder(xml, blob, annotation(thumbprintOf(der))) : xml;
}

ruleTester('certificate-weak-signature', {
  valid: [
    { name: 'SHA-256', file: 'edge.xml', text: edge({ hash: 'sha256' }) },
    { name: 'SHA-384, CA-issued', file: 'edge.xml', text: edge({ hash: 'sha384', issuerCn: 'Contoso Issuing CA' }) },
  ],
  invalid: [
    {
      name: 'self-signed with SHA-1: nothing validates that signature (information)',
      file: 'edge.xml',
      text: edge(
        { hash: 'sha1' },
        (tp) =>
          `certificate-weak-signature[weakSelfSigned] fix: Get-ExchangeCertificate -Thumbprint ${tp} | New-ExchangeCertificate; New-EdgeSubscription -FileName "$env:TEMP\\EdgeSubscription.xml"`,
      ),
    },
    {
      name: 'CA-issued with MD5: peers that validate it may refuse it',
      file: 'edge.xml',
      text: edge(
        { hash: 'md5', issuerCn: 'Contoso Issuing CA' },
        (tp) =>
          `certificate-weak-signature[weakSignature] fix: $request = Get-ExchangeCertificate -Thumbprint ${tp} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\edge-renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))`,
      ),
    },
  ],
});

describe('certificate-weak-signature on the real CSS-Exchange Exchange 2019 export', () => {
  it('the SHA-1 Auth certificate and Exchange certificate are self-signed: information, with their own renewals', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'css-exchange', 'GetExchangeCertificate.xml'), 'utf8');
    const diags = createLanguageService()
      .validate({ uri: 'GetExchangeCertificate.xml', text }, { now: new Date('2024-06-01T00:00:00Z') })
      .filter((d) => d.code === 'certificate-weak-signature');
    assert.deepEqual(
      diags.map((d) => [d.range.start.line, d.messageId, d.severity]),
      [
        [10, 'weakSelfSigned', 'information'],
        [23, 'weakSelfSigned', 'information'],
      ],
    );
    assert.match(
      diags[0].fixes?.[0].command ?? '',
      /Set-AuthConfig -NewCertificateThumbprint \$c\.Thumbprint -NewCertificateEffectiveDate \(Get-Date\)\.AddHours\(48\)$/,
    );
    assert.equal(diags[1].fixes?.[0].command, 'Get-ExchangeCertificate -Thumbprint 6C7DE09FB39A40144F57EFEBC3DF0148E3A9AB28 | New-ExchangeCertificate');
  });
});
