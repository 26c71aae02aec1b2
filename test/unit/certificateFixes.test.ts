// The renewal fixes the certificate rules share (rules/certificateFixes.ts): each kind of certificate gets its own
// documented renewal, and every command that makes or enables a certificate for SMTP says in its title what to
// answer when Exchange asks to replace the default SMTP certificate.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fillTemplate } from '../../server/src/service';
import type { CertificateFacts } from '../../server/src/service/certificate/facts';
import type { CertificateContext } from '../../server/src/service/rules/certificateContext';
import { RENEWAL_FIX_TITLES, renewalFixes } from '../../server/src/service/rules/certificateFixes';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const facts = (subject: string): CertificateFacts => ({
  label: `Certificate ${subject}`,
  range,
  subject,
  thumbprint: '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B',
});
const context = (over: Partial<CertificateContext>, subject = 'CN=mail.contoso.com'): CertificateContext => ({
  facts: facts(subject),
  edgeSubscription: false,
  auth: false,
  ...over,
});

const SHAPES: [string, CertificateContext][] = [
  ['Auth certificate', context({ auth: true, selfSigned: true }, 'CN=Microsoft Exchange Server Auth Certificate')],
  ['self-signed', context({ selfSigned: true }, 'CN=EX01')],
  ['CA-issued', context({ selfSigned: false })],
  ['issuer unknown', context({})],
  ['Edge, self-signed', context({ edgeSubscription: true, selfSigned: true }, 'CN=EDGE01')],
  ['Edge, CA-issued', context({ edgeSubscription: true, selfSigned: false }, 'CN=edge01.contoso.com')],
];

describe('certificate renewal fixes', () => {
  for (const [name, c] of SHAPES) {
    for (const need of [{}, { now: true }, { keySize: 2048 }]) {
      it(`${name} ${JSON.stringify(need)}: SMTP prompt answered in the title, no -Force`, () => {
        const fixes = renewalFixes(c, need);
        assert.ok(fixes.length > 0);
        for (const f of fixes) {
          const title = fillTemplate(RENEWAL_FIX_TITLES[f.fixId!], f.data);
          assert.doesNotMatch(f.command ?? '', /-Force\b/);
          const makesOrEnables = /Enable-ExchangeCertificate|New-ExchangeCertificate(?![^;]*-GenerateRequest)/.test(f.command ?? '');
          if (makesOrEnables) assert.match(title, /answer (No|Yes)\b.*default SMTP certificate|default SMTP certificate.*answer/, title);
        }
      });
    }
  }
  it('the Auth certificate is never enabled for a service: Set-AuthConfig, staged or at once', () => {
    const c = SHAPES[0][1];
    assert.match(renewalFixes(c)[0].command!, /-NewCertificateEffectiveDate \(Get-Date\)\.AddHours\(48\)$/);
    assert.match(renewalFixes(c, { now: true })[0].command!, /Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate$/);
    for (const f of [...renewalFixes(c), ...renewalFixes(c, { now: true })]) assert.doesNotMatch(f.command!, /Enable-ExchangeCertificate|-Services/);
  });
});
