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

function assertRemedy(diag: Diagnostic): void {
  assert.ok(diag.message.includes(`current thumbprint ${THUMB}`), diag.message);
  assert.ok(diag.message.includes('Enable-ExchangeCertificate -Thumbprint <new> -Services SMTP'), diag.message);
  assert.ok(diag.message.includes('CN=mail.contoso.com'), diag.message);
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
    assert.match(diag.message, /expired on 2024-05-13 18:14:02 UTC/);
    assertRemedy(diag);
  });
  it('reads German (12.08.2024 18:14:02) and ISO-like (2024-05-01 6:14:02 PM) dates', () => {
    for (const [notAfter, notBefore] of [
      ['01.05.2024 18:14:02', '01.02.2024 18:14:03'],
      ['2024-05-01 6:14:02 PM', '2024-02-01 6:14:03 PM'],
    ]) {
      const diag = one(lintCert({ NotAfter: notAfter, NotBefore: notBefore }).diags, 'certificate-expired');
      assert.match(diag.message, /expired on 2024-05-01 18:14:02 UTC/, notAfter);
    }
  });
  it('says how an ambiguous day/month date was read', () => {
    const diag = one(lintCert({ NotAfter: '5/6/2024 6:14:02 PM', NotBefore: '2/6/2024 6:14:03 PM' }).diags, 'certificate-expired');
    assert.match(diag.message, /month\/day\/year/);
    assert.match(diag.message, /read the other way it would be 5 June 2024/);
    assert.match(diag.message, /--date-order/);
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
    assert.match(diags[0].message, /expired on 2024-05-01 18:14:02 UTC/);
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
    assertRemedy(diag);
  });
  it('does not fire once NotBefore has passed', () => {
    assert.deepEqual(lintCert({ NotBefore: '5/31/2024 11:00:00 PM' }).diags, []);
  });
});

describe('certificate-expiring', () => {
  it('fires on NotAfter within 30 days', () => {
    const { d, diags } = lintCert({ NotAfter: '6/20/2024 6:14:02 PM' });
    const diag = one(diags, 'certificate-expiring');
    assert.equal(diag.severity, 'warning');
    assert.deepEqual(plain(diag.range), plain(d.value(0, 'NotAfter')));
    assert.match(diag.message, /within 30 days/);
    assertRemedy(diag);
  });
  it('does not fire 31 days ahead, and follows the days option', () => {
    assert.deepEqual(lintCert({ NotAfter: '7/3/2024 6:14:02 PM' }).diags, []);
    assert.deepEqual(
      lintCert({ NotAfter: '7/3/2024 6:14:02 PM' }, { ruleOptions: { 'certificate-expiring': { days: 60 } } }).diags.map((x) => x.code),
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
    assert.match(diag.message, /1024-bit RSA key/);
    assertRemedy(diag);
  });
  it('does not fire on 2048/4096 RSA or on 256/384-bit EC keys', () => {
    for (const size of ['2048', '4096', '256', '384']) assert.deepEqual(lintCert({ PublicKeySize: size }).diags, [], size);
  });
});

describe('certificate-status', () => {
  for (const [status, why] of [
    ['DateInvalid', /validity period/],
    ['Revoked', /revoked/],
    ['Untrusted', /trusted root/],
    ['PendingRequest', /never completed/],
  ] as const) {
    it(`fires on Status ${status}, on the value`, () => {
      const { d, diags } = lintCert({ Status: status });
      const diag = one(diags, 'certificate-status');
      assert.equal(diag.severity, 'warning');
      assert.deepEqual(plain(diag.range), plain(d.value(0, 'Status')));
      assert.match(diag.message, why);
      assert.ok(diag.message.includes(`Get-ExchangeCertificate -Thumbprint ${THUMB}`), diag.message);
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
