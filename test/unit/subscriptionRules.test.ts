// Each subscription and certificate rule, positive and negative, on files built with real node-forge certificates.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type Diagnostic } from '../../server/src/service';
import { blobFor, defaultSpec, lineOf, subscriptionXml, type SubscriptionSpec } from '../helpers/subscription';
import { base64, makeCertificateDer, pem } from '../helpers/certs';

const service = createLanguageService();
const MADE = new Date('2024-05-14T10:30:00Z');
const SOON = new Date('2024-05-14T12:00:00Z'); // 1.5 h after the file was made: a healthy moment

function lintXml(xml: string, now = SOON, extra: Record<string, unknown> = {}): Diagnostic[] {
  return service.validate({ uri: 'test.xml', text: xml }, { now, ...extra });
}

function lintSpec(over: SubscriptionSpec, now = SOON): { xml: string; diags: Diagnostic[] } {
  const xml = subscriptionXml({ ...defaultSpec(MADE), ...over });
  return { xml, diags: lintXml(xml, now) };
}

function codes(diags: Diagnostic[]): string[] {
  return diags.map((d) => d.code).sort();
}

function only(diags: Diagnostic[], code: string): Diagnostic[] {
  return diags.filter((d) => d.code === code);
}

describe('a healthy subscription file', () => {
  it('reports only the clear-text credential notice', () => {
    const { diags } = lintSpec({});
    assert.deepEqual(codes(diags), ['subscription-credentials']);
    assert.equal(diags[0].severity, 'information');
  });
  it('links every diagnostic to its rule page', () => {
    const { diags } = lintSpec({ EffectiveDate: '0' });
    for (const d of diags) assert.equal(d.href, `https://github.com/exchange-transport/exchange-transport/blob/main/docs/rules/${d.code}.md`);
  });
});

// The subscription rules' findings, ranges, message ids and fixes are in test/rules/subscription-*.test.ts.

describe('subscription-unknown-element quick fix', () => {
  it('renames the start and the end tag', () => {
    const xml = subscriptionXml({ ...defaultSpec(MADE), EdgeServerFQDN: undefined }, ['<EdgeServerFqdn>edge01.contoso.com</EdgeServerFqdn>']);
    const diags = lintXml(xml).filter((d) => d.code === 'subscription-unknown-element');
    const action = service.codeActions({ uri: 'test.xml', text: xml }, diags).find((a) => a.title === diags[0].fixes?.[0].title);
    const line = lineOf(xml, '<EdgeServerFqdn>');
    const closeAt = xml.split('\r\n')[line].indexOf('</EdgeServerFqdn>') + 2;
    assert.deepEqual(action?.edits, [
      { range: { start: { line, character: 3 }, end: { line, character: 17 } }, newText: 'EdgeServerFQDN' },
      { range: { start: { line, character: closeAt }, end: { line, character: closeAt + 14 } }, newText: 'EdgeServerFQDN' },
    ]);
  });
});

describe('certificate rules on the embedded Edge certificate', () => {
  const blobLine = (xml: string) => lineOf(xml, '<EdgeCertificateBlob>');
  it('certificate-expired on the blob', () => {
    const { xml, diags } = lintSpec({
      EdgeCertificateBlob: blobFor({ notBefore: new Date('2014-01-10T08:00:00Z'), notAfter: new Date('2019-01-10T08:00:00Z') }),
    });
    const hits = only(diags, 'certificate-expired');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].range.start.line, blobLine(xml));
    assert.equal(hits[0].messageId, 'expired');
    // The Edge certificate is the Edge's default SMTP certificate: renewed on the Edge, then a new subscription.
    assert.match(
      hits[0].fixes?.[0].command ?? '',
      /^Get-ExchangeCertificate -Thumbprint [0-9A-F]{40} \| New-ExchangeCertificate; New-EdgeSubscription -FileName /,
    );
  });
  it('certificate-not-yet-valid', () => {
    const { diags } = lintSpec({ EdgeCertificateBlob: blobFor({ notBefore: new Date('2024-06-01T00:00:00Z') }) });
    assert.equal(only(diags, 'certificate-not-yet-valid').length, 1);
  });
  it('certificate-expiring within 30 days by default, configurable', () => {
    const spec = { EdgeCertificateBlob: blobFor({ notAfter: new Date('2024-06-01T00:00:00Z') }) };
    assert.equal(only(lintSpec(spec).diags, 'certificate-expiring').length, 1);
    const xml = subscriptionXml({ ...defaultSpec(MADE), ...spec });
    assert.deepEqual(only(lintXml(xml, SOON, { ruleOptions: { 'certificate-expiring': { days: 10 } } }), 'certificate-expiring'), []);
    assert.deepEqual(only(lintSpec({}).diags, 'certificate-expiring'), []);
  });
  it('certificate-weak-key for RSA 1024, not for 2048', () => {
    assert.equal(only(lintSpec({ EdgeCertificateBlob: blobFor({ keyBits: 1024 }) }).diags, 'certificate-weak-key').length, 1);
    assert.deepEqual(only(lintSpec({}).diags, 'certificate-weak-key'), []);
  });
  it('certificate-weak-signature for SHA-1 and MD5, not SHA-256/384', () => {
    // Self-signed (the default): nothing validates its signature, so information; CA-issued: a warning.
    const selfSigned = only(lintSpec({ EdgeCertificateBlob: blobFor({ hash: 'sha1' }) }).diags, 'certificate-weak-signature');
    assert.deepEqual(
      selfSigned.map((d) => [d.messageId, d.severity]),
      [['weakSelfSigned', 'information']],
    );
    const caIssued = only(lintSpec({ EdgeCertificateBlob: blobFor({ hash: 'sha1', issuerCn: 'Contoso Issuing CA' }) }).diags, 'certificate-weak-signature');
    assert.deepEqual(
      caIssued.map((d) => [d.messageId, d.severity]),
      [['weakSignature', 'warning']],
    );
    assert.equal(only(lintSpec({ EdgeCertificateBlob: blobFor({ hash: 'md5' }) }).diags, 'certificate-weak-signature').length, 1);
    assert.deepEqual(only(lintSpec({ EdgeCertificateBlob: blobFor({ hash: 'sha384' }) }).diags, 'certificate-weak-signature'), []);
  });
  it('certificate-name-mismatch when the FQDN is not a SAN, on the FQDN value', () => {
    const { xml, diags } = lintSpec({ EdgeCertificateBlob: blobFor({ dnsNames: ['mail.contoso.com'] }) });
    const hits = only(diags, 'certificate-name-mismatch');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].range.start.line, lineOf(xml, '<EdgeServerFQDN>'));
    assert.equal(hits[0].relatedInformation?.[0].range.start.line, blobLine(xml));
  });
  it('no name mismatch for a wildcard SAN or a CN match without SAN', () => {
    assert.deepEqual(only(lintSpec({ EdgeCertificateBlob: blobFor({ dnsNames: ['*.contoso.com'] }) }).diags, 'certificate-name-mismatch'), []);
    assert.deepEqual(only(lintSpec({ EdgeCertificateBlob: blobFor({ cn: 'edge01.contoso.com', dnsNames: [] }) }).diags, 'certificate-name-mismatch'), []);
    assert.equal(only(lintSpec({ EdgeCertificateBlob: blobFor({ dnsNames: ['*.edge01.contoso.com'] }) }).diags, 'certificate-name-mismatch').length, 1);
  });
  it('accepts plain DER and PEM blobs', () => {
    const der = makeCertificateDer({ hash: 'sha1' });
    assert.equal(only(lintSpec({ EdgeCertificateBlob: base64(der) }).diags, 'certificate-weak-signature').length, 1);
    assert.equal(only(lintSpec({ EdgeCertificateBlob: pem(der) }).diags, 'certificate-weak-signature').length, 1);
    assert.equal(only(lintSpec({ EdgeCertificateBlob: base64(pem(der)) }).diags, 'certificate-weak-signature').length, 1);
  });
});

describe('certificate-unreadable', () => {
  const cases: [string, string, RegExp][] = [
    ['not base64', 'this is not base64!', /not base64/],
    ['truncated base64', blobFor().slice(0, 101), /truncated or malformed/],
    ['truncated serialized data', blobFor().slice(0, 400), /truncated: property 32 declares/],
    ['random bytes', base64('\x07\x00\x00\x00garbage-garbage-garbage'), /neither a serialized certificate/],
    ['DER that is not a certificate', base64('\x30\x03\x02\x01\x05'), /not an X\.509 certificate/],
  ];
  for (const [label, blob, re] of cases) {
    it(label, () => {
      const { xml, diags } = lintSpec({ EdgeCertificateBlob: blob });
      const hits = only(diags, 'certificate-unreadable');
      assert.equal(hits.length, 1, JSON.stringify(diags));
      assert.match(hits[0].message, re);
      assert.equal(hits[0].range.start.line, lineOf(xml, '<EdgeCertificateBlob>'));
      assert.deepEqual(
        codes(diags).filter((c) => c.startsWith('certificate-') && c !== 'certificate-unreadable'),
        [],
      );
    });
  }
  it('an empty blob element is unreadable', () => {
    assert.equal(only(lintSpec({ EdgeCertificateBlob: null }).diags, 'certificate-unreadable').length, 1);
  });
});

describe('severity overrides', () => {
  it('turns a rule off or changes its severity', () => {
    const xml = subscriptionXml(defaultSpec(MADE));
    assert.deepEqual(lintXml(xml, SOON, { rules: { 'subscription-credentials': 'off' } }), []);
    assert.equal(lintXml(xml, SOON, { rules: { 'subscription-credentials': 'error' } })[0].severity, 'error');
  });
});
