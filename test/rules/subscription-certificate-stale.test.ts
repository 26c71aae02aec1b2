import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintCase, ruleTester } from '../helpers/ruleTester';
import { annotated, blobFor, defaultSpec, elementLines, subscriptionLines } from '../helpers/subscription';

// test/fixtures/workspace-stale: EDGE01's certificate was renewed after its subscription file was made.
const DIR = 'test/fixtures/workspace-stale';
const SUB = readFileSync(`${DIR}/Edge01.xml`, 'utf8');
const CERTS = readFileSync(`${DIR}/edge01-certificates.txt`, 'utf8');
const SEND = readFileSync(`${DIR}/send-connectors.txt`, 'utf8');
const NOW = '2026-07-01T00:00:00Z';
const RESUBSCRIBE = 'fix: New-EdgeSubscription -FileName "C:\\Temp\\EDGE01.xml"';

/** The fixture's subscription with an annotation under its certificate blob. */
function staleSub(finding: string, text = SUB): string {
  const lines = text.split('\r\n');
  const i = lines.findIndex((l) => l.startsWith('  <EdgeCertificateBlob>'));
  const blob = /<EdgeCertificateBlob>([^<]+)</.exec(lines[i])![1];
  return [...annotated(lines, 'EdgeCertificateBlob', blob, finding)].join('\r\n');
}

// The certificate export without its Services lines: it no longer says which certificate is the SMTP one.
const CERTS_NO_SERVICES = CERTS.replace(/^Services\s+:.*\r?\n/gm, '');

ruleTester('subscription-certificate-stale', {
  valid: [
    { name: 'the subscription alone: nothing to compare with', now: NOW, files: { 'Edge01.xml': SUB } },
    {
      name: 'the subscribed certificate is still enabled for SMTP',
      now: NOW,
      files: { 'Edge01.xml': SUB, 'certs.txt': CERTS.replace(/Services(\s+): IMAP, POP(\r?\n)/, 'Services$1: IMAP, POP, SMTP$2') },
    },
    {
      name: 'an export without services that still holds the subscribed certificate',
      now: NOW,
      files: { 'Edge01.xml': SUB, 'certs.txt': CERTS_NO_SERVICES },
    },
  ],
  invalid: [
    {
      name: 'the Edge now uses another certificate for SMTP: subscribe it again (no Remove-EdgeSubscription)',
      now: NOW,
      files: {
        'Edge01.xml': staleSub(`subscription-certificate-stale[notSmtp] ${RESUBSCRIBE} no-fix: Remove-EdgeSubscription`),
        'certs.txt': CERTS,
        'send.txt': SEND,
      },
    },
    {
      name: 'an export without services that no longer holds the subscribed certificate',
      now: NOW,
      files: {
        'Edge01.xml': staleSub('subscription-certificate-stale[gone]'),
        'certs.txt': CERTS_NO_SERVICES.split(/\r?\n\r?\n/)
          .filter((o) => !o.includes('D5846F8D'))
          .join('\r\n\r\n'),
      },
    },
    {
      name: 'of two files of the Edge, only the later one: the earlier was superseded by it',
      now: NOW,
      files: {
        'Edge01-old.xml': SUB,
        'Edge01.xml': subscriptionLines(
          annotated(
            elementLines(defaultSpec(new Date('2024-06-20T08:00:00Z'), { serial: '0c0c0c0c' })),
            'EdgeCertificateBlob',
            blobFor({ serial: '0c0c0c0c' }),
            'subscription-certificate-stale[notSmtp]',
          ),
        ),
        'certs.txt': CERTS,
      },
    },
  ],
});

describe('subscription-certificate-stale related information', () => {
  it("points at the Edge's current SMTP certificate, thumbprint there and not in the message", () => {
    const d = lintCase({ 'Edge01.xml': SUB, 'certs.txt': CERTS }, { now: new Date(NOW) })
      .get('Edge01.xml')!
      .find((x) => x.code === 'subscription-certificate-stale')!;
    assert.doesNotMatch(d.message, /0123456789ABCDEF/);
    assert.equal(d.relatedInformation?.length, 1);
    assert.equal(d.relatedInformation![0].uri, 'certs.txt');
    assert.match(d.relatedInformation![0].message, /0123456789ABCDEF0123456789ABCDEF01234567/);
  });
});
