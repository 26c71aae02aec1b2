// Certificate rules on `Get-ExchangeCertificate | fl` dumps: expired, not yet valid, expiring, weak key, status,
// with culture dates (en-US, de-DE, ISO-like) and the date-order setting. Evaluated at a fixed instant.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type Diagnostic, type Range } from '../../server/src/service';
import { certificate, renderDump, type Value } from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');
const THUMB = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';

function plain(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

function lintCert(over: Record<string, Value | undefined>, settings: Record<string, unknown> = {}) {
  const d = renderDump([certificate(over)]);
  const diags = service.validate({ uri: 'certs.txt', text: d.text }, { now: NOW, ...settings });
  return { d, diags };
}

function one(diags: Diagnostic[], code: string): Diagnostic {
  assert.deepEqual(
    diags.map((x) => x.code),
    [code],
  );
  return diags[0];
}

/** The certificate of certificate() is CA-issued (Let's Encrypt): renewed by a request to its CA, never a blind Enable. */
function assertRenewal(diag: Diagnostic, keySize = ''): void {
  assert.deepEqual(
    diag.fixes?.map((f) => f.command),
    [
      `$request = Get-ExchangeCertificate -Thumbprint ${THUMB} | New-ExchangeCertificate -GenerateRequest${keySize}; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))`,
    ],
  );
}

describe('a healthy certificate', () => {
  it('gives no findings (2048-bit RSA, Valid, inside its validity period)', () => {
    assert.deepEqual(lintCert({}).diags, []);
  });
  it('is detected as an Exchange certificate', () => {
    const file = service.analyze({ uri: 'c.txt', text: renderDump([certificate()]).text }) as { objects?: { kind?: string }[] };
    assert.deepEqual(
      file.objects?.map((o) => o.kind),
      ['exchange-certificate'],
    );
  });
});

describe('certificate-expired', () => {
  it('fires on the NotAfter value of an expired certificate (en-US date)', () => {
    const { d, diags } = lintCert({ NotAfter: '5/13/2024 6:14:02 PM', NotBefore: '2/13/2024 6:14:03 PM' });
    const diag = one(diags, 'certificate-expired');
    assert.equal(diag.severity, 'error');
    assert.deepEqual(plain(diag.range), plain(d.value(0, 'NotAfter')));
    assert.equal(diag.messageId, 'expired');
    assert.ok(diag.message.includes('2024-05-13'), diag.message);
    assertRenewal(diag);
  });
  it('reads German (12.08.2024 18:14:02) and ISO-like (2024-05-01 6:14:02 PM) dates', () => {
    for (const [notAfter, notBefore] of [
      ['01.05.2024 18:14:02', '01.02.2024 18:14:03'],
      ['2024-05-01 6:14:02 PM', '2024-02-01 6:14:03 PM'],
    ]) {
      const diag = one(lintCert({ NotAfter: notAfter, NotBefore: notBefore }).diags, 'certificate-expired');
      assert.ok(diag.message.includes('2024-05-01'), notAfter);
    }
  });
  it('says how an ambiguous day/month date was read, next to the date (not in the message)', () => {
    const { d, diags } = lintCert({ NotAfter: '5/6/2024 6:14:02 PM', NotBefore: '2/6/2024 6:14:03 PM' }, { dateOrder: 'mdy' });
    const diag = one(diags, 'certificate-expired');
    const note = diag.relatedInformation?.find((r) => /date order/.test(r.message));
    assert.ok(note, JSON.stringify(diag.relatedInformation));
    assert.deepEqual(plain(note.range), plain(d.value(0, 'NotAfter')));
    assert.match(note.message, /month\/day\/year/);
    assert.match(note.message, /read the other way it would be 5 June 2024/);
    assert.match(note.message, /--date-order/);
    assert.doesNotMatch(diag.message, /month\/day|date-order/);
  });
  it('infers day-first from another date of the file (25/03/2024), so 01/05/2024 is 1 May', () => {
    const d = renderDump([
      certificate({ NotAfter: '01/05/2024 18:14:02', NotBefore: '01/02/2024 18:14:03' }),
      certificate({
        Subject: 'CN=EDGE01',
        Thumbprint: 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D',
        NotAfter: '25/03/2029 10:15:00',
        NotBefore: '25/03/2024 10:15:00',
      }),
    ]);
    const diags = service.validate({ uri: 'certs.txt', text: d.text }, { now: NOW });
    assert.deepEqual(
      diags.map((x) => [x.code, plain(x.range)]),
      [['certificate-expired', plain(d.value(0, 'NotAfter'))]],
    );
    assert.ok(diags[0].message.includes('2024-05-01'), diags[0].message);
    assert.doesNotMatch(diags[0].message, /reads both ways|may have/);
    // Alone, the lifetime settles it: 1 February to 1 May is 90 days (Let's Encrypt), 2 to 5 January 3 days.
    one(lintCert({ NotAfter: '01/05/2024 18:14:02', NotBefore: '01/02/2024 18:14:03' }).diags, 'certificate-expired');
    const alone = service.analyze(
      { uri: 'c.txt', text: renderDump([certificate({ NotAfter: '01/05/2024 18:14:02', NotBefore: '01/02/2024 18:14:03' })]).text },
      { now: NOW },
    );
    const notAfter = alone.certificates[0].notAfter!;
    assert.equal(notAfter.value.toISOString(), '2024-05-01T18:14:02.000Z');
    assert.equal(notAfter.alternative, undefined);
    assert.match(notAfter.note ?? '', /90 days/);
  });
  it('follows the date-order setting for ambiguous dates (dmy: 5/6/2024 is 5 June, so not expired)', () => {
    const { diags } = lintCert({ NotAfter: '5/6/2024 6:14:02 PM', NotBefore: '2/4/2024 6:14:03 PM' }, { dateOrder: 'dmy' });
    assert.deepEqual(
      diags.map((x) => x.code),
      ['certificate-expiring'],
    );
  });
  it('does not fire before NotAfter', () => {
    assert.deepEqual(lintCert({ NotAfter: '3/1/2029 10:15:00 AM' }).diags, []);
  });
});

describe('certificate-not-yet-valid', () => {
  it('fires on the NotBefore value', () => {
    const { d, diags } = lintCert({ NotBefore: '7/1/2024 6:14:03 PM', NotAfter: '9/29/2024 6:14:02 PM' });
    const diag = one(diags, 'certificate-not-yet-valid');
    assert.equal(diag.severity, 'error');
    assert.deepEqual(plain(diag.range), plain(d.value(0, 'NotBefore')));
    assert.equal(diag.messageId, 'notYetValid');
    // A clock or issuance problem: no renewal is offered.
    assert.equal(diag.fixes, undefined);
  });
  it('does not fire once NotBefore has passed', () => {
    assert.deepEqual(lintCert({ NotBefore: '5/31/2024 11:00:00 PM' }).diags, []);
  });
});

describe('certificate-expiring', () => {
  it('fires on NotAfter within 30 days', () => {
    const { d, diags } = lintCert({ NotBefore: '3/22/2024 6:14:03 PM', NotAfter: '6/20/2024 6:14:02 PM' });
    const diag = one(diags, 'certificate-expiring');
    assert.equal(diag.severity, 'warning');
    assert.deepEqual(plain(diag.range), plain(d.value(0, 'NotAfter')));
    assert.equal(diag.messageId, 'expiring');
    assertRenewal(diag);
  });
  it('does not fire 42 days ahead, and follows the days option', () => {
    const yearLong = { NotBefore: '7/13/2023 6:14:03 PM', NotAfter: '7/13/2024 6:14:02 PM' };
    assert.deepEqual(lintCert(yearLong).diags, []);
    assert.deepEqual(
      lintCert(yearLong, { ruleOptions: { 'certificate-expiring': { days: 60 } } }).diags.map((x) => x.code),
      ['certificate-expiring'],
    );
  });
});

describe('certificate-weak-key', () => {
  it('fires on PublicKeySize 1024', () => {
    const { d, diags } = lintCert({ PublicKeySize: '1024' });
    const diag = one(diags, 'certificate-weak-key');
    assert.equal(diag.severity, 'error');
    assert.deepEqual(plain(diag.range), plain(d.value(0, 'PublicKeySize')));
    assert.equal(diag.messageId, 'weakKey');
    assertRenewal(diag, ' -KeySize 2048');
  });
  it('does not fire on 2048/4096 RSA or on 256/384-bit EC keys', () => {
    for (const size of ['2048', '4096', '256', '384']) assert.deepEqual(lintCert({ PublicKeySize: size }).diags, [], size);
  });
});

describe('certificate-status', () => {
  const renewal = `$request = Get-ExchangeCertificate -Thumbprint ${THUMB} | New-ExchangeCertificate -GenerateRequest; [System.IO.File]::WriteAllBytes("$env:TEMP\\renewal.req", [System.Text.Encoding]::Unicode.GetBytes($request))`;
  for (const [status, messageId, fix] of [
    ['DateInvalid', 'dateInvalid', renewal],
    ['Revoked', 'revoked', renewal],
    ['Untrusted', 'untrusted', undefined],
    ['PendingRequest', 'pendingRequest', "Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('<certificate file from the CA>'))"],
  ] as const) {
    it(`fires on Status ${status}, on the value`, () => {
      const { d, diags } = lintCert({ Status: status });
      const diag = one(diags, 'certificate-status');
      assert.equal(diag.severity, 'warning');
      assert.deepEqual(plain(diag.range), plain(d.value(0, 'Status')));
      assert.equal(diag.messageId, messageId);
      assert.equal(diag.fixes?.[0]?.command, fix);
    });
  }
  it('does not fire on Valid', () => {
    assert.deepEqual(lintCert({ Status: 'Valid' }).diags, []);
  });
});

describe('several certificates in one dump', () => {
  it('puts each finding on its own certificate', () => {
    const d = renderDump([
      certificate(),
      certificate({
        Subject: 'CN=EDGE01',
        Issuer: 'CN=EDGE01',
        Thumbprint: 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D',
        PublicKeySize: '1024',
        NotAfter: '1/10/2019 8:00:00 AM',
        NotBefore: '1/10/2014 8:00:00 AM',
        Status: 'DateInvalid',
      }),
    ]);
    const diags = service.validate({ uri: 'certs.txt', text: d.text }, { now: NOW });
    assert.deepEqual(
      diags.map((x) => [x.code, plain(x.range)]).sort(),
      [
        ['certificate-expired', plain(d.value(1, 'NotAfter'))],
        ['certificate-status', plain(d.value(1, 'Status'))],
        ['certificate-weak-key', plain(d.value(1, 'PublicKeySize'))],
      ].sort(),
    );
    for (const x of diags) assert.match(x.message, /CN=EDGE01/);
  });
});
