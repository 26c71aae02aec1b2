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

describe('subscription-missing-element', () => {
  for (const name of [
    'EdgeServerName',
    'EdgeServerFQDN',
    'EdgeCertificateBlob',
    'ESRAUsername',
    'ESRAPassword',
    'EffectiveDate',
    'Duration',
    'VersionNumber',
  ] as const) {
    it(`fires on the root element when <${name}> is missing`, () => {
      const { xml, diags } = lintSpec({ [name]: undefined });
      const hits = only(diags, 'subscription-missing-element');
      assert.equal(hits.length, 1);
      assert.match(hits[0].message, new RegExp(`<${name}> is missing`));
      assert.equal(hits[0].range.start.line, lineOf(xml, '<EdgeSubscriptionData'));
      assert.equal(hits[0].severity, 'error');
    });
  }
  it('does not fire for optional elements', () => {
    const { diags } = lintSpec({ ServerType: undefined, ProductID: undefined, SerialNumber: undefined, AdamSslPort: undefined });
    assert.deepEqual(only(diags, 'subscription-missing-element'), []);
  });
});

describe('subscription-unknown-element', () => {
  it('suggests the close name and says the real one is missing', () => {
    const xml = subscriptionXml({ ...defaultSpec(MADE), EdgeServerFQDN: undefined }, ['<EdgeServerFqdn>edge01.contoso.com</EdgeServerFqdn>']);
    const hits = only(lintXml(xml), 'subscription-unknown-element');
    assert.equal(hits.length, 1);
    assert.match(hits[0].message, /Did you mean <EdgeServerFQDN>/);
    assert.match(hits[0].message, /treats <EdgeServerFQDN> as missing/);
    const line = lineOf(xml, '<EdgeServerFqdn>');
    assert.deepEqual(hits[0].range, { start: { line, character: 3 }, end: { line, character: 3 + 'EdgeServerFqdn'.length } });
  });
  it('the quick fix renames the start and the end tag', () => {
    const xml = subscriptionXml({ ...defaultSpec(MADE), EdgeServerFQDN: undefined }, ['<EdgeServerFqdn>edge01.contoso.com</EdgeServerFqdn>']);
    const diags = lintXml(xml);
    const action = service
      .codeActions(
        { uri: 'test.xml', text: xml },
        diags.filter((d) => d.code === 'subscription-unknown-element'),
      )
      .find((a) => a.title === 'Change to EdgeServerFQDN');
    const line = lineOf(xml, '<EdgeServerFqdn>');
    const closeAt = xml.split('\r\n')[line].indexOf('</EdgeServerFqdn>') + 2;
    assert.deepEqual(action?.edits, [
      { range: { start: { line, character: 3 }, end: { line, character: 17 } }, newText: 'EdgeServerFQDN' },
      { range: { start: { line, character: closeAt }, end: { line, character: closeAt + 14 } }, newText: 'EdgeServerFQDN' },
    ]);
  });
  it('gives no suggestion for an unrelated name', () => {
    const xml = subscriptionXml(defaultSpec(MADE), ['<Comment>hello</Comment>']);
    const hits = only(lintXml(xml), 'subscription-unknown-element');
    assert.equal(hits.length, 1);
    assert.doesNotMatch(hits[0].message, /Did you mean/);
  });
  it('tolerates PfxKPKCertificateBlob', () => {
    const xml = subscriptionXml(defaultSpec(MADE), ['<PfxKPKCertificateBlob />']);
    assert.deepEqual(codes(lintXml(xml)), ['subscription-credentials']);
  });
});

describe('subscription-duplicate-element', () => {
  it('fires on the second occurrence, pointing at the first', () => {
    const xml = subscriptionXml(defaultSpec(MADE), ['<EdgeServerName>EDGE99</EdgeServerName>']);
    const hits = only(lintXml(xml), 'subscription-duplicate-element');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].range.start.line, lineOf(xml, 'EDGE99'));
    assert.equal(hits[0].relatedInformation?.[0].range.start.line, lineOf(xml, '<EdgeServerName>EDGE01'));
  });
  it('uses the first occurrence for the other rules', () => {
    const xml = subscriptionXml(defaultSpec(MADE), ['<AdamSslPort>99999</AdamSslPort>']);
    assert.deepEqual(only(lintXml(xml), 'subscription-invalid-value'), []);
  });
});

describe('subscription-invalid-value', () => {
  const cases: [string, SubscriptionSpec, RegExp][] = [
    ['non-numeric ticks', { EffectiveDate: 'yesterday' }, /whole number of \.NET ticks/],
    ['negative ticks', { EffectiveDate: '-5' }, /outside the range/],
    ['ticks beyond Int64', { EffectiveDate: '99999999999999999999' }, /whole number/],
    ['Duration under 2 minutes', { Duration: '1199999999' }, /shorter than 2 minutes/],
    ['Duration not a number', { Duration: '1.00:00:00' }, /whole number of \.NET ticks/],
    ['port 0', { AdamSslPort: '0' }, /TCP port from 1 to 65535/],
    ['port 70000', { AdamSslPort: '70000' }, /TCP port/],
    ['version without the marker', { VersionNumber: '15' }, /not an encoded Exchange version/],
    ['version text', { VersionNumber: '15.2.1544' }, /not an encoded Exchange version/],
    ['empty FQDN', { EdgeServerFQDN: null }, /EdgeServerFQDN is empty/],
    ['bad FQDN', { EdgeServerFQDN: 'edge 01.contoso.com' }, /not a valid DNS name/],
    ['empty password', { ESRAPassword: null }, /ESRAPassword is empty/],
  ];
  for (const [label, over, re] of cases) {
    it(`fires for ${label}, on the value's line`, () => {
      const { xml, diags } = lintSpec(over);
      const hits = only(diags, 'subscription-invalid-value');
      assert.equal(hits.length, 1, JSON.stringify(diags));
      assert.match(hits[0].message, re);
      const name = Object.keys(over)[0];
      assert.equal(hits[0].range.start.line, lineOf(xml, `<${name}`));
    });
  }
  it('accepts exactly 2 minutes', () => {
    const { diags } = lintSpec({ Duration: '1200000000' });
    assert.deepEqual(only(diags, 'subscription-invalid-value'), []);
  });
  it('puts the range exactly on the value', () => {
    const { xml, diags } = lintSpec({ AdamSslPort: '70000' });
    const line = lineOf(xml, '<AdamSslPort>');
    const col = xml.split('\r\n')[line].indexOf('70000');
    assert.deepEqual(only(diags, 'subscription-invalid-value')[0].range, { start: { line, character: col }, end: { line, character: col + 5 } });
  });
});

describe('subscription-expired / -expiring / -future', () => {
  const expiry = new Date(MADE.getTime() + 86400000);
  it('expired exactly at EffectiveDate + Duration', () => {
    const { xml, diags } = lintSpec({}, expiry);
    const hits = only(diags, 'subscription-expired');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].range.start.line, lineOf(xml, '<EffectiveDate>'));
    assert.match(hits[0].message, /2024-05-15 10:30:00 UTC/);
  });
  it('not expired one second before; expiring instead (under 5 minutes)', () => {
    const { diags } = lintSpec({}, new Date(expiry.getTime() - 1000));
    assert.deepEqual(only(diags, 'subscription-expired'), []);
    assert.equal(only(diags, 'subscription-expiring').length, 1);
  });
  it('not expiring with 5 minutes or more left', () => {
    const { diags } = lintSpec({}, new Date(expiry.getTime() - 5 * 60000));
    assert.deepEqual(only(diags, 'subscription-expiring'), []);
  });
  it('respects a short Duration', () => {
    const { diags } = lintSpec({ Duration: '1200000000' }, new Date(MADE.getTime() + 3 * 60000));
    assert.equal(only(diags, 'subscription-expired').length, 1);
  });
  it('future when EffectiveDate is after now (clock skew)', () => {
    const { diags } = lintSpec({}, new Date(MADE.getTime() - 60000));
    assert.equal(only(diags, 'subscription-future').length, 1);
    assert.deepEqual(only(diags, 'subscription-expired'), []);
  });
  it('not future at exactly EffectiveDate', () => {
    const { diags } = lintSpec({}, MADE);
    assert.deepEqual(only(diags, 'subscription-future'), []);
  });
});

describe('subscription-credentials', () => {
  it('is information on the password value and never quotes it', () => {
    const { xml, diags } = lintSpec({});
    const hit = only(diags, 'subscription-credentials')[0];
    assert.equal(hit.range.start.line, lineOf(xml, '<ESRAPassword>'));
    assert.doesNotMatch(hit.message, /pSvvxM/);
  });
  it('does not fire when the password is empty (invalid-value does)', () => {
    const { diags } = lintSpec({ ESRAPassword: null });
    assert.deepEqual(only(diags, 'subscription-credentials'), []);
  });
});

describe('subscription-nonstandard-port, -version-mismatch, -esra-username, -root-namespace', () => {
  it('port other than 50636 is information', () => {
    const hits = only(lintSpec({ AdamSslPort: '50637' }).diags, 'subscription-nonstandard-port');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].severity, 'information');
  });
  it('SerialNumber that disagrees with VersionNumber', () => {
    const hits = only(lintSpec({ SerialNumber: 'Version 15.1 (Build 31531.3)' }).diags, 'subscription-version-mismatch');
    assert.equal(hits.length, 1);
    assert.match(hits[0].message, /Exchange Server 2019 CU14/);
  });
  it('SerialNumber consistent with an Exchange 2016 VersionNumber passes', () => {
    const { diags } = lintSpec({ VersionNumber: '1942062587', SerialNumber: 'Version 15.1 (Build 31531.3)' });
    assert.deepEqual(only(diags, 'subscription-version-mismatch'), []);
  });
  it('ESRA account of another Edge', () => {
    assert.equal(only(lintSpec({ ESRAUsername: 'CN=ESRA.EDGE02,CN=Services,CN=Configuration,CN={x}' }).diags, 'subscription-esra-username').length, 1);
  });
  it('a default namespace on the root', () => {
    const xml = subscriptionXml(defaultSpec(MADE)).replace('<EdgeSubscriptionData ', '<EdgeSubscriptionData xmlns="urn:x" ');
    const hits = only(lintXml(xml), 'subscription-root-namespace');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].range.start.line, 1);
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
