// Suppression comments: each form on each file kind, exactly its line or scope, and stale ones reported.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, type Diagnostic } from '../../server/src/service';
import { blobFor, defaultSpec, subscriptionXml } from '../helpers/subscription';

const service = createLanguageService();
const NOW = new Date('2024-05-14T12:00:00Z');
const codes = (d: Diagnostic[]) => d.map((x) => `${x.code}@${x.range.start.line}`);
const lint = (uri: string, text: string) => service.validate({ uri, text }, { now: NOW });

const SEND = readFileSync('test/grammar/fixtures/send-connectors.txt', 'utf8');
const withLineBefore = (text: string, needle: string, insert: string) => {
  const lines = text.split('\r\n');
  const i = lines.findIndex((l) => l.includes(needle));
  lines.splice(i, 0, insert);
  return lines.join('\r\n');
};

describe('Format-List dumps (# comments)', () => {
  const base = lint('d.txt', SEND);
  it('the unsuppressed dump has ignore-starttls and basic-auth-cleartext on Legacy Relay', () => {
    assert.ok(base.some((d) => d.code === 'ignore-starttls'));
    assert.ok(base.some((d) => d.code === 'basic-auth-cleartext'));
  });
  it('disable-next-line silences exactly the next line, for the named rule', () => {
    const text = withLineBefore(
      SEND,
      'IgnoreSTARTTLS               : True',
      '# exchange-transport-disable-next-line ignore-starttls -- legacy scanner, retired in Q3',
    );
    const out = lint('d.txt', text);
    assert.ok(!out.some((d) => d.code === 'ignore-starttls'));
    assert.ok(
      out.some((d) => d.code === 'basic-auth-cleartext'),
      'other rules still report',
    );
    assert.equal(out.filter((d) => d.code.startsWith('suppression-')).length, 0);
  });
  it('a disable-next-line on the wrong line silences nothing and is reported as unused (tagged unnecessary)', () => {
    const text = withLineBefore(SEND, 'Port                         : 25', '# exchange-transport-disable-next-line ignore-starttls -- wrong place');
    const out = lint('d.txt', text);
    assert.ok(out.some((d) => d.code === 'ignore-starttls'));
    const unused = out.find((d) => d.code === 'suppression-unused');
    assert.ok(unused);
    assert.deepEqual(unused.tags, ['unnecessary']);
  });
  it('a disable block covers the lines after it, up to an enable of the same rule', () => {
    let text = withLineBefore(SEND, 'Name                         : Legacy Relay', '# exchange-transport-enable basic-auth-cleartext');
    text = withLineBefore(text, 'IgnoreSTARTTLS               : True', '# exchange-transport-disable basic-auth-cleartext, ignore-starttls -- reviewed');
    const out = lint('d.txt', text);
    assert.ok(!out.some((d) => d.code === 'ignore-starttls'), 'ignore-starttls is inside the block (its block is never closed)');
    assert.ok(!out.some((d) => d.code === 'basic-auth-cleartext'));
  });
  it('disable-file silences a rule everywhere; an unknown rule id is reported with a suggestion', () => {
    const text = '# exchange-transport-disable-file domain-validation-without-tls-domain, ignore-startls -- known\r\n' + SEND;
    const out = lint('d.txt', text);
    assert.ok(!out.some((d) => d.code === 'domain-validation-without-tls-domain'));
    const unknown = out.find((d) => d.code === 'suppression-unknown-rule');
    assert.ok(unknown);
    assert.match(unknown.message, /did you mean ignore-starttls/);
  });
  it('a suppression whose only rule id is misspelt is reported as an unknown rule (with a suggestion), not merely as unused', () => {
    const text = withLineBefore(SEND, 'IgnoreSTARTTLS               : True', '# exchange-transport-disable-next-line ignore-start-tls -- typo');
    const out = lint('d.txt', text);
    assert.ok(
      out.some((d) => d.code === 'ignore-starttls'),
      'nothing was silenced',
    );
    assert.match(out.find((d) => d.code === 'suppression-unknown-rule')!.message, /No rule "ignore-start-tls".*did you mean ignore-starttls/);
    assert.ok(!out.some((d) => d.code === 'suppression-unused'));
    const fix = service.codeActions(
      { uri: 'd.txt', text },
      out.filter((d) => d.code === 'suppression-unknown-rule'),
    );
    assert.equal(fix[0].title, 'Change to ignore-starttls');
    assert.equal(fix[0].edits?.[0].newText, 'ignore-starttls');
  });
  it('a suppression without rule ids silences everything on its line', () => {
    const text = withLineBefore(SEND, 'IgnoreSTARTTLS               : True', '# exchange-transport-disable-next-line');
    assert.ok(!lint('d.txt', text).some((d) => d.code === 'ignore-starttls'));
  });
});

describe('EdgeSubscription XML (<!-- --> comments)', () => {
  const xml = subscriptionXml({ ...defaultSpec(new Date('2024-05-14T10:30:00Z')), EdgeCertificateBlob: blobFor({ hash: 'sha1' }) });
  it('without a comment: weak signature and the credential notice', () => {
    assert.deepEqual(
      lint('e.xml', xml)
        .map((d) => d.code)
        .sort(),
      ['certificate-weak-signature', 'subscription-credentials'],
    );
  });
  it('disable-next-line before the element silences it', () => {
    const text = xml.replace(
      '  <EdgeCertificateBlob>',
      '  <!-- exchange-transport-disable-next-line certificate-weak-signature -- lab Edge, replaced next week -->\r\n  <EdgeCertificateBlob>',
    );
    assert.deepEqual(
      lint('e.xml', text).map((d) => d.code),
      ['subscription-credentials'],
    );
  });
  it('in XML the reason follows a colon, since an XML comment cannot hold -- (Import-Clixml refuses it)', () => {
    const text = xml.replace(
      '  <EdgeCertificateBlob>',
      '  <!-- exchange-transport-disable-next-line certificate-weak-signature: lab Edge, replaced next week -->\r\n  <EdgeCertificateBlob>',
    );
    assert.deepEqual(
      lint('e.xml', text).map((d) => d.code),
      ['subscription-credentials'],
    );
    const unused = text.replace('certificate-weak-signature:', 'certificate-expired:');
    assert.deepEqual(
      lint('e.xml', unused)
        .map((d) => d.code)
        .sort(),
      ['certificate-weak-signature', 'subscription-credentials', 'suppression-unused'],
    );
  });
  it('disable-line on the same line and disable-file work too', () => {
    const sameLine = xml.replace(
      '</ESRAPassword>',
      '</ESRAPassword> <!-- exchange-transport-disable-line subscription-credentials -- file deleted after import -->',
    );
    assert.deepEqual(
      lint('e.xml', sameLine).map((d) => d.code),
      ['certificate-weak-signature'],
    );
    const file = xml.replace('<EdgeSubscriptionData ', '<!-- exchange-transport-disable-file -- archived copy -->\r\n<EdgeSubscriptionData ');
    assert.deepEqual(lint('e.xml', file), []);
  });
  it('cross-file findings are suppressed by the same comments', () => {
    const text = xml.replace(
      '  <EdgeCertificateBlob>',
      '  <!-- exchange-transport-disable-next-line subscription-certificate-stale -- resubscribing tonight -->\r\n  <EdgeCertificateBlob>',
    );
    const line = text.split('\r\n').findIndex((l) => l.includes('<EdgeCertificateBlob>'));
    const cross: Diagnostic = {
      code: 'subscription-certificate-stale',
      severity: 'error',
      message: 'stale',
      range: { start: { line, character: 23 }, end: { line, character: 30 } },
      source: 'exchange-transport',
      href: 'x',
    };
    const out = service.validate({ uri: 'e.xml', text }, { now: NOW }, undefined, [cross]);
    assert.ok(!out.some((d) => d.code === 'subscription-certificate-stale'));
    assert.ok(!out.some((d) => d.code === 'suppression-unused'));
  });
});

describe('suppression findings can be configured', () => {
  it('suppression-unused off', () => {
    const text = '# exchange-transport-disable-next-line open-relay\r\n' + SEND;
    const out = service.validate({ uri: 'd.txt', text }, { now: NOW, rules: { 'suppression-unused': 'off' } });
    assert.ok(!out.some((d) => d.code === 'suppression-unused'));
    assert.ok(codes(lint('d.txt', text)).some((c) => c.startsWith('suppression-unused@0')));
  });
});

describe('Export-Clixml (<!-- -->) and ConvertTo-Json (// comments)', () => {
  const now = new Date('2024-06-01T00:00:00Z');
  it('CLIXML: a comment before the element silences the finding on it', () => {
    const xml = readFileSync('test/fixtures/css-exchange/GetSendConnector.xml', 'utf8');
    assert.deepEqual(
      service.validate({ uri: 's.xml', text: xml }, { now }).map((d) => d.code),
      ['office365-connector-tls'],
    );
    const lines = xml.split(/\r?\n/);
    const at = lines.findIndex((l) => l.includes('<B N="RequireTLS">'));
    lines.splice(at, 0, '      <!-- exchange-transport-disable-next-line office365-connector-tls -- TLS enforced by the firewall -->');
    assert.deepEqual(service.validate({ uri: 's.xml', text: lines.join('\n') }, { now }), []);
  });
  it('JSON: a // comment (allowed by the reader) silences the next line', () => {
    const json = readFileSync('examples/exports/receive-connectors.json', 'utf8');
    const before = service.validate({ uri: 'r.json', text: json }, { now }).map((d) => d.code);
    assert.ok(before.includes('starttls-not-offered'));
    const lines = json.split('\r\n');
    const at = lines.findIndex((l) => l.includes('"AuthMechanism":  32'));
    lines.splice(at, 0, '        // exchange-transport-disable-next-line starttls-not-offered -- scanners without TLS');
    const after = service.validate({ uri: 'r.json', text: lines.join('\r\n') }, { now }).map((d) => d.code);
    assert.deepEqual(
      after,
      before.filter((c) => c !== 'starttls-not-offered'),
    );
  });
});
