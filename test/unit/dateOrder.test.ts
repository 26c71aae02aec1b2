// Reading what admins paste: the day/month order of a file's culture dates, from all the evidence the file holds
// (issue 8). Fixtures in test/fixtures/dates/ are Format-List dumps in en-AU, en-GB, en-US and de-DE renderings (each
// with a .source note). Tests look at the certificate facts the readers produce (value, alternative, note) and at
// the file's order; the end-to-end ones assert only rule codes that hold however the certificate rules word or
// grade their findings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type LintSettings } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import type { CertificateFacts } from '../../server/src/service/certificate/facts';
import { dateReadings, inferDateOrder, parseCultureDate, textOrderEvidence } from '../../server/src/service/values/cultureDate';
import { typicalLifetime } from '../../server/src/service/objects/dateOrder';
import { base64, makeCertificateDer, thumbprintOf } from '../helpers/certs';
import { runCli, tempDir } from '../helpers/cli';

const service = createLanguageService();
const DIR = join(__dirname, '..', 'fixtures', 'dates');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

const AU_VALID = 'en-au-status-valid-get-exchangecertificate-fl.txt';
const AU_LIFETIME = 'en-au-lifetime-get-exchangecertificate-fl.txt';
const AU_HYBRID = 'en-au-hybrid-get-receiveconnector-fl.txt';
const GB = 'en-gb-get-exchangecertificate-fl.txt';
const US = 'en-us-get-exchangecertificate-fl.txt';
const DE = 'de-de-get-exchangecertificate-fl.txt';
const MIXED = 'mixed-cultures-get-exchangecertificate-fl.txt';

function analyzed(text: string, now: string, settings: Partial<LintSettings> = {}): ObjectsFile {
  return service.analyze({ uri: 'dump.txt', text }, { now: new Date(now), ...settings }) as ObjectsFile;
}

function cert(file: ObjectsFile, subject: string): CertificateFacts {
  const c = file.certificates.find((x) => x.subject === subject);
  assert.ok(c, `no certificate ${subject}`);
  return c;
}

const iso = (d: Date | undefined) => d?.toISOString();

function codes(text: string, now: string, settings: Partial<LintSettings> = {}): string[] {
  return service.validate({ uri: 'dump.txt', text }, { now: new Date(now), ...settings }).map((d) => d.code);
}

/** A certificate in the default Format-List view with the given dates and status. */
function flCertificate(notBefore: string, notAfter: string, status = 'Valid', subject = 'CN=mail.contoso.com.au'): string {
  return [
    '',
    '',
    'AccessRules        : {System.Security.AccessControl.CryptoKeyAccessRule, System.Security.AccessControl.CryptoKeyAccessRule}',
    'CertificateDomains : {mail.contoso.com.au}',
    'HasPrivateKey      : True',
    'IsSelfSigned       : False',
    "Issuer             : CN=R11, O=Let's Encrypt, C=US",
    `NotAfter           : ${notAfter}`,
    `NotBefore          : ${notBefore}`,
    'PublicKeySize      : 2048',
    'RootCAType         : ThirdParty',
    'SerialNumber       : 04C3A1B2D5E6F708192A3B4C5D6E7F801234',
    'Services           : IIS, SMTP',
    `Status             : ${status}`,
    `Subject            : ${subject}`,
    'Thumbprint         : 1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C4B',
    '',
    '',
  ].join('\r\n');
}

describe('culture dates: the two readings', () => {
  it('an AM/PM clock is no evidence of month first: the reading says it is a guess', () => {
    const r = parseCultureDate('12/02/2016 1:43:23 PM').value!;
    assert.equal(r.ambiguous, true);
    assert.match(r.reading, /a guess/);
    assert.doesNotMatch(r.reading, /AM\/PM|US English but/);
    assert.match(r.reading, /read the other way it would be 12 February 2016/);
    assert.equal(inferDateOrder(['12/02/2016 1:43:23 PM', '9/01/2016 11:05:51 AM']), undefined);
  });
  it('dateReadings gives both readings, one when the other is impossible, and one for ISO, dotted and JSON dates', () => {
    const both = dateReadings('12/02/2016 1:43:23 PM')!;
    assert.deepEqual([iso(both.mdy), iso(both.dmy), both.ambiguous], ['2016-12-02T13:43:23.000Z', '2016-02-12T13:43:23.000Z', true]);
    const dayFirst = dateReadings('25/03/2024 10:15:00')!;
    assert.deepEqual([dayFirst.mdy, iso(dayFirst.dmy), dayFirst.ambiguous], [undefined, '2024-03-25T10:15:00.000Z', false]);
    const dots = dateReadings('05.06.2024 23:59:59')!;
    assert.deepEqual([dots.mdy, iso(dots.dmy)], [undefined, '2024-06-05T23:59:59.000Z']);
    assert.equal(dateReadings('5/5/2024 08:00:00')!.ambiguous, false);
    assert.equal(dateReadings('2024-06-05T23:59:59Z')!.ambiguous, false);
    assert.equal(dateReadings('/Date(1723486442000)/')!.ambiguous, false);
    assert.equal(dateReadings('13/13/2024 10:00:00'), undefined);
    assert.equal(dateReadings('not a date'), undefined);
  });
  it('textOrderEvidence names the first date that rules an order out', () => {
    assert.deepEqual(textOrderEvidence(['1/02/2024 9:12:44 AM', '25/03/2024 10:15:00', '26/03/2024 10:15:00']), { notMdy: '25/03/2024 10:15:00' });
    assert.deepEqual(textOrderEvidence(['5/14/2024 6:14:03 PM']), { notDmy: '5/14/2024 6:14:03 PM' });
    assert.deepEqual(textOrderEvidence(['1/02/2024 9:12:44 AM', '2024-03-25 10:15:00']), {});
  });
  it('typicalLifetime: whole years and the day counts CAs issue, within a day', () => {
    const d = (s: string) => new Date(s);
    assert.equal(typicalLifetime(d('2024-02-01T09:12:44Z'), d('2024-05-01T09:12:43Z')), '90 days');
    assert.equal(typicalLifetime(d('2016-02-12T13:43:23Z'), d('2021-02-12T13:43:23Z')), '5 years');
    assert.equal(typicalLifetime(d('2023-06-04T09:10:11Z'), d('2025-06-03T09:20:11Z')), '2 years');
    assert.equal(typicalLifetime(d('2024-01-02T09:12:44Z'), d('2024-01-05T09:12:43Z')), undefined);
    assert.equal(typicalLifetime(d('2024-01-02T00:00:00Z'), d('2024-03-04T00:00:00Z')), undefined);
  });
});

describe('the order of a file, from all its evidence', () => {
  it('dates only one order can read settle the file (en-GB 25/03/2024, en-US 5/14/2024, de-DE dots)', () => {
    const gb = analyzed(fixture(GB), '2024-06-01T00:00:00Z');
    assert.deepEqual([gb.dateOrder, gb.dateOrderSource], ['dmy', 'inferred']);
    assert.match(gb.dateOrderReason!, /"25\/03\/2029 10:15:00" in this file/);
    const le = cert(gb, 'CN=mail.contoso.co.uk');
    assert.deepEqual([iso(le.notBefore?.value), iso(le.notAfter?.value)], ['2024-02-01T18:14:03.000Z', '2024-05-01T18:14:02.000Z']);
    assert.equal(le.notAfter?.alternative, undefined, 'settled: no other reading');
    assert.match(le.notAfter!.note!, /read as day\/month\/year \(as "25\/03\/2029 10:15:00" in this file shows\)/);
    assert.equal(cert(gb, 'CN=EX01').notAfter?.note, undefined, '25/03/2029 needs no note');

    const us = analyzed(fixture(US), '2024-06-01T00:00:00Z');
    assert.deepEqual([us.dateOrder, us.dateOrderSource], ['mdy', 'inferred']);
    assert.equal(iso(cert(us, 'CN=mail.contoso.com').notAfter?.value), '2025-06-03T09:20:11.000Z');
    assert.equal(cert(us, 'CN=mail.contoso.com').notAfter?.alternative, undefined);

    const de = analyzed(fixture(DE), '2024-06-01T00:00:00Z');
    assert.deepEqual([de.dateOrder, de.dateOrderSource], ['dmy', 'inferred']);
    assert.equal(iso(de.certificates[0].notAfter?.value), '2024-06-05T23:59:59.000Z');
  });

  it('AM/PM settles nothing: en-AU dates that nothing else settles keep both readings', () => {
    // Checked in 2017 both readings of every date lie in the past and both lifetimes are 5 years.
    const file = analyzed(fixture(AU_VALID), '2017-06-01T00:00:00Z');
    assert.deepEqual([file.dateOrder, file.dateOrderSource, file.dateOrderReason], ['mdy', 'default', undefined]);
    const ex01 = cert(file, 'CN=EX01');
    assert.deepEqual(
      [iso(ex01.notBefore?.value), iso(ex01.notBefore?.alternative), iso(ex01.notAfter?.value), iso(ex01.notAfter?.alternative)],
      ['2016-12-02T13:43:23.000Z', '2016-02-12T13:43:23.000Z', '2021-12-02T13:43:23.000Z', '2021-02-12T13:43:23.000Z'],
    );
    assert.match(ex01.notAfter!.note!, /a guess/);
    assert.doesNotMatch(ex01.notAfter!.note!, /AM\/PM/);
  });

  it('Status : Valid: a certificate Exchange called Valid had started when the dump was taken (issue 8: 12/02/2016 is 12 February)', () => {
    const file = analyzed(fixture(AU_VALID), '2016-06-01T00:00:00Z');
    assert.deepEqual([file.dateOrder, file.dateOrderSource], ['dmy', 'inferred']);
    assert.match(file.dateOrderReason!, /Valid, would not be valid yet/);
    const ex01 = cert(file, 'CN=EX01');
    assert.deepEqual([iso(ex01.notBefore?.value), ex01.notBefore?.alternative], ['2016-02-12T13:43:23.000Z', undefined]);
    assert.equal(iso(cert(file, 'CN=Microsoft Exchange Server Auth Certificate').notBefore?.value), '2016-01-09T11:05:51.000Z');
  });
  it('Status : Valid says nothing for a certificate Exchange did not call Valid', () => {
    const text = fixture(AU_VALID).replace(/Status( +): Valid/g, 'Status$1: DateInvalid');
    const file = analyzed(text, '2016-06-01T00:00:00Z');
    assert.equal(file.dateOrderSource, 'default');
    assert.equal(iso(cert(file, 'CN=EX01').notBefore?.alternative), '2016-02-12T13:43:23.000Z');
  });

  it('every date of every object: a receive connector changed in the past settles the certificates of the same paste', () => {
    // WhenChanged 12/05/2024 read month first would be 5 December 2024, after a check in June 2024.
    const text = fixture(AU_HYBRID) + fixture(AU_VALID);
    const june = analyzed(text, '2024-06-01T00:00:00Z');
    assert.deepEqual([june.dateOrder, june.dateOrderSource], ['dmy', 'inferred']);
    assert.match(june.dateOrderReason!, /WhenChanged of "Default Frontend EX01" would lie in the future/);
    assert.equal(iso(cert(june, 'CN=EX01').notAfter?.value), '2021-02-12T13:43:23.000Z');
    assert.equal(cert(june, 'CN=EX01').notAfter?.alternative, undefined);
  });
  it('dates of past events say nothing once both readings lie in the past', () => {
    const text = fixture(AU_HYBRID) + fixture(AU_VALID);
    const later = analyzed(text, '2025-06-01T00:00:00Z');
    assert.equal(later.dateOrderSource, 'default');
    assert.ok(cert(later, 'CN=EX01').notAfter?.alternative);
  });

  it('NotBefore < NotAfter: a reading in which the certificate ends before it starts is ruled out', () => {
    // 3/05/2024 → 1/08/2024: 3 May → 1 August, or 5 March → 8 January (backwards).
    const file = analyzed(flCertificate('3/05/2024 9:12:44 AM', '1/08/2024 9:12:43 AM'), '2024-06-01T00:00:00Z');
    assert.deepEqual([file.dateOrder, file.dateOrderSource], ['dmy', 'inferred']);
    assert.match(file.dateOrderReason!, /would end before it starts/);
    assert.equal(iso(file.certificates[0].notAfter?.value), '2024-08-01T09:12:43.000Z');
  });
  it('NotBefore < NotAfter says nothing when both readings start before they end', () => {
    const file = analyzed(flCertificate('1/02/2024 9:12:44 AM', '3/04/2024 9:12:43 AM', 'Unknown'), '2024-06-01T00:00:00Z');
    assert.equal(file.dateOrderSource, 'default');
    assert.equal(iso(file.certificates[0].notAfter?.alternative), '2024-04-03T09:12:43.000Z');
  });

  it('typical lifetimes: 90 days one way and 3 days the other settle it', () => {
    const file = analyzed(fixture(AU_LIFETIME), '2024-06-01T00:00:00Z');
    assert.deepEqual([file.dateOrder, file.dateOrderSource], ['dmy', 'inferred']);
    assert.match(file.dateOrderReason!, /90 days this way, 3 days the other/);
    const c = file.certificates[0];
    assert.deepEqual([iso(c.notAfter?.value), c.notAfter?.alternative], ['2024-05-01T09:12:43.000Z', undefined]);
  });
  it('typical lifetimes yield to stronger evidence, and settle nothing when neither reading is typical', () => {
    // The lifetime says day first, but 5/14/2024 in the same file can only be month first: the certain evidence wins.
    const certain = analyzed(fixture(AU_LIFETIME) + flCertificate('5/14/2024 6:14:03 PM', '5/14/2029 6:14:03 PM', 'Valid', 'CN=EX01'), '2024-06-01T00:00:00Z');
    assert.deepEqual([certain.dateOrder, certain.dateOrderSource], ['mdy', 'inferred']);
    assert.equal(iso(cert(certain, 'CN=mail.contoso.com.au').notAfter?.value), '2024-01-05T09:12:43.000Z');
    const neither = analyzed(flCertificate('1/02/2024 9:12:44 AM', '3/04/2024 9:12:43 AM'), '2024-06-01T00:00:00Z');
    assert.equal(neither.dateOrderSource, 'default');
  });

  it("RawData: the printed local time must match the certificate's own dates (Export-Clixml)", () => {
    const der = makeCertificateDer({ cn: 'EX01', notBefore: new Date('2024-03-05T09:15:00Z'), notAfter: new Date('2029-03-05T09:15:00Z') });
    // Printed on a server in AEDT (UTC+11), day first: 05/03/2024 20:15:00.
    const xml = clixmlCertificate(der, '05/03/2024 20:15:00', '05/03/2029 20:15:00');
    const file = service.analyze({ uri: 'certs.xml', text: xml }, { now: new Date('2024-06-01T00:00:00Z') }) as ObjectsFile;
    assert.equal(file.kind, 'clixml');
    assert.deepEqual([file.dateOrder, file.dateOrderSource], ['dmy', 'inferred']);
    assert.match(file.dateOrderReason!, /RawData/);
    assert.equal(iso(file.certificates[0].notBefore?.value), '2024-03-05T09:15:00.000Z', 'the decoded instant');
    assert.equal(file.certificates[0].notBefore?.alternative, undefined);
    // The same certificate printed month first (invariant culture, UTC-8): month first.
    const us = service.analyze(
      { uri: 'certs.xml', text: clixmlCertificate(der, '03/05/2024 01:15:00', '03/05/2029 01:15:00') },
      { now: new Date('2024-06-01T00:00:00Z') },
    ) as ObjectsFile;
    assert.deepEqual([us.dateOrder, us.dateOrderSource], ['mdy', 'inferred']);
  });

  it('a file that mixes cultures settles nothing: its ambiguous certificate keeps both readings', () => {
    const file = analyzed(fixture(MIXED), '2024-06-01T00:00:00Z');
    assert.equal(file.dateOrderSource, 'default');
    assert.equal(iso(cert(file, 'CN=EX01').notBefore?.value), '2024-03-25T10:15:00.000Z');
    assert.equal(iso(cert(file, 'CN=EX02').notBefore?.value), '2024-03-25T10:15:00.000Z');
    const ca = cert(file, 'CN=mail.contoso.com');
    assert.deepEqual([iso(ca.notAfter?.value), iso(ca.notAfter?.alternative)], ['2024-07-05T09:00:00.000Z', '2024-05-07T09:00:00.000Z']);
  });
  it("a certificate's own evidence still settles its dates in a file that settles nothing", () => {
    const text = fixture(MIXED) + flCertificate('3/05/2024 9:12:44 AM', '1/08/2024 9:12:43 AM', 'Valid', 'CN=legacy.contoso.com');
    const file = analyzed(text, '2024-06-01T00:00:00Z');
    assert.equal(file.dateOrderSource, 'default');
    const own = cert(file, 'CN=legacy.contoso.com');
    assert.deepEqual([iso(own.notAfter?.value), own.notAfter?.alternative], ['2024-08-01T09:12:43.000Z', undefined]);
    assert.match(own.notAfter!.note!, /day\/month\/year \(read the other way, CN=legacy\.contoso\.com would end before it starts\)/);
    // The hover says the same as the facts the rules use, not the file's guess.
    const hover = service.hover({ uri: 'dump.txt', text }, own.notAfter!.range.start, { now: new Date('2024-06-01T00:00:00Z') });
    assert.match(hover?.contents ?? '', /2024-08-01 09:12:43 UTC.*would end before it starts/s);
  });
});

describe('the date-order setting and --date-order settle the order', () => {
  it('the setting wins over the evidence: no other reading is kept', () => {
    const file = analyzed(fixture(AU_VALID), '2016-06-01T00:00:00Z', { dateOrder: 'mdy' });
    assert.deepEqual([file.dateOrder, file.dateOrderSource, file.dateOrderReason], ['mdy', 'setting', 'as set for this file']);
    const ex01 = cert(file, 'CN=EX01');
    assert.deepEqual([iso(ex01.notBefore?.value), ex01.notBefore?.alternative], ['2016-12-02T13:43:23.000Z', undefined]);
    assert.match(ex01.notBefore!.note!, /as set for this file/);
  });
  it('the CLI: --date-order mdy reads 12/02/2016 as 2 December (not valid yet in June 2016), auto as 12 February', async () => {
    const dir = tempDir({ 'certs.txt': fixture(AU_VALID) });
    const run = async (...extra: string[]) => {
      const out = await runCli(['--format', 'json', '--now', '2016-06-01T00:00:00Z', ...extra, join(dir, 'certs.txt')]);
      return (JSON.parse(out.stdout) as { diagnostics: { code: string }[] }[])[0].diagnostics.map((d) => d.code);
    };
    assert.deepEqual(await run(), []);
    assert.deepEqual(await run('--date-order', 'mdy'), ['certificate-not-yet-valid', 'certificate-not-yet-valid']);
    assert.deepEqual(await run('--date-order', 'dmy'), []);
  });
});

describe('the parse cache follows the time of the check', () => {
  it('reuses an analysis while the clock evidence says the same, and redoes it when it no longer does', () => {
    const svc = createLanguageService();
    const input = { uri: 'file:///au.txt', text: fixture(AU_VALID), version: 1 };
    const june = svc.analyze(input, { now: new Date('2016-06-01T00:00:00Z') });
    assert.equal(svc.analyze(input, { now: new Date('2016-06-02T00:00:00Z') }), june, 'same reading: cache hit');
    const later = svc.analyze(input, { now: new Date('2017-06-01T00:00:00Z') }) as ObjectsFile;
    assert.notEqual(later, june);
    assert.equal(later.dateOrderSource, 'default');
    // Files whose reading does not depend on the clock keep their analysis.
    const gb = { uri: 'file:///gb.txt', text: fixture(GB), version: 1 };
    assert.equal(svc.analyze(gb, { now: new Date('2016-06-01T00:00:00Z') }), svc.analyze(gb, { now: new Date('2030-01-01T00:00:00Z') }));
  });
});

describe('end to end: findings that hold whichever way the certificate rules are worded', () => {
  it('en-AU, issue 8: Exchange certificates called Valid are not reported as not valid yet', () => {
    assert.deepEqual(codes(fixture(AU_VALID), '2016-06-01T00:00:00Z'), []);
  });
  it("en-AU Let's Encrypt certificate (90 days): expired either way", () => {
    assert.deepEqual(codes(fixture(AU_LIFETIME), '2024-06-01T00:00:00Z'), ['certificate-expired']);
  });
  it("en-GB: the Let's Encrypt certificate of 1 February expired on 1 May; the self-signed one is fine", () => {
    assert.deepEqual(codes(fixture(GB), '2024-06-01T00:00:00Z'), ['certificate-expired']);
  });
  it('en-US and de-DE renderings', () => {
    assert.deepEqual(codes(fixture(US), '2024-06-01T00:00:00Z'), []);
    assert.deepEqual(codes(fixture(DE), '2024-06-01T00:00:00Z'), ['certificate-expiring']);
  });
  it('en-AU hybrid receive connector (Exchange 2019, TlsDomainCapabilities, TlsCertificateName set): clean', () => {
    assert.deepEqual(codes(fixture(AU_HYBRID), '2024-06-01T00:00:00Z'), []);
  });
});

/** One certificate as Export-Clixml writes it: the ToString sections (culture dates) and RawData. */
function clixmlCertificate(der: string, notBefore: string, notAfter: string): string {
  const nl = '_x000D__x000A_';
  const section = (title: string, value: string) => `[${title}]${nl}  ${value}${nl}`;
  const toString = [
    section('Subject', 'CN=EX01'),
    section('Issuer', 'CN=EX01'),
    section('Serial Number', '0A1B2C3D'),
    section('Not Before', notBefore),
    section('Not After', notAfter),
    section('Thumbprint', thumbprintOf(der)),
  ].join(nl);
  return `\uFEFF<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate</T>
      <T>System.Security.Cryptography.X509Certificates.X509Certificate2</T>
      <T>System.Security.Cryptography.X509Certificates.X509Certificate</T>
      <T>System.Object</T>
    </TN>
    <ToString>${toString}</ToString>
    <Props>
      <BA N="RawData">${base64(der)}</BA>
    </Props>
  </Obj>
</Objs>`;
}
