import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintCase, ruleTester } from '../helpers/ruleTester';
import { defaultSpec, elementLines, PASSWORD, subscriptionLines, under } from '../helpers/subscription';

const NOW = '2024-05-14T12:00:00Z';
const LINES = elementLines(defaultSpec());
const NEW_FILE = 'fix: New-EdgeSubscription -FileName "C:\\Temp\\EdgeSubscription.xml"';
const CLIXML = readFileSync('test/fixtures/css-exchange/GetSendConnector.xml', 'utf8');

/** The lines with `line` replaced where `startsWith` matches, and an annotation under it. */
function broken(startsWith: string, line: string, token: string, finding: string): string {
  return subscriptionLines(LINES.flatMap((l) => (l.startsWith(startsWith) ? [line, under(line, token, finding)] : [l])));
}

ruleTester('xml-syntax', {
  valid: [
    { name: 'a subscription file as New-EdgeSubscription writes it', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(LINES) },
    { name: 'a real Export-Clixml file', file: 'send.xml', now: NOW, text: CLIXML },
  ],
  invalid: [
    {
      name: 'a DOCTYPE is this linter refusing to read the file, never expanding it',
      file: 'EDGE01.xml',
      now: NOW,
      text: [
        '<?xml version="1.0"?>',
        '<!DOCTYPE EdgeSubscriptionData [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        `#<-------- xml-syntax[doctype] ${NEW_FILE}`,
        '<EdgeSubscriptionData>',
        '  <EdgeServerName>&b;</EdgeServerName>',
        '</EdgeSubscriptionData>',
      ].join('\r\n'),
    },
    {
      name: 'an end tag that closes nothing open is named by the element it should close',
      file: 'EDGE01.xml',
      now: NOW,
      text: broken('  <EdgeServerName>', '  <EdgeServerName>EDGE01</EdgeServerNam>', '</EdgeServerNam>', `xml-syntax[mismatchedTag] ${NEW_FILE}`),
    },
    {
      name: 'a file cut short: on its last character',
      file: 'EDGE01.xml',
      now: NOW,
      text: [
        '<?xml version="1.0"?>',
        '<EdgeSubscriptionData>',
        '  <EdgeServerName>EDGE01</EdgeServerName>',
        '  <Duration>8640',
        '#              ^ xml-syntax[unclosed]',
      ].join('\r\n'),
    },
    {
      name: 'a cut Export-Clixml file has no subscription fix',
      file: 'send.xml',
      now: NOW,
      text: (() => {
        const cut = CLIXML.slice(0, CLIXML.indexOf('<B N="IgnoreSTARTTLS">') + 10).split(/\r?\n/);
        const last = cut[cut.length - 1];
        return [...cut, `#${' '.repeat(last.length - 2)}^ xml-syntax[unclosed]`].join('\r\n');
      })(),
    },
  ],
});

describe('xml-syntax and the ESRA password', () => {
  // An unescaped "<" in a password makes the parser read part of it as a tag name: no message may show it.
  for (const password of ['pSvvxM/8gu8=Vv5<Kxr!G', 'pSvvxM/8gu8=V<v5Kxr x9', 'ab</cd9Q>x9', 'pSvvx<M2Q9w="a"Kxr!G']) {
    it(`says where, not what: ${password.replace(/./g, '*')}`, () => {
      const text = subscriptionLines(LINES.map((l) => (l.startsWith('  <ESRAPassword>') ? `  <ESRAPassword>${password}</ESRAPassword>` : l)));
      const diags = lintCase({ 'EDGE01.xml': text }, { now: new Date(NOW) }).get('EDGE01.xml')!;
      assert.deepEqual(
        diags.map((d) => [d.code, d.range.start.line]),
        [['xml-syntax', 6]],
      );
      const shown = JSON.stringify(diags);
      for (const part of password.split(/[<>/ ="]+/).filter((p) => p.length >= 2))
        assert.ok(!shown.includes(part), `"${part}" of the password is shown: ${shown}`);
      assert.ok(!shown.includes(PASSWORD.slice(0, 6)));
    });
  }
});
