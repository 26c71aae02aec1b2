// The synthetic corpus dumps (test/fixtures/fl/, copies of ../shared/corpus/synthetic/*-fl.txt, CRLF) give exactly
// the findings their .source notes describe, at a fixed instant, in the engine and through the CLI.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type Diagnostic, type Range } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { runCli } from '../helpers/cli';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');
const DIR = join(__dirname, '..', 'fixtures', 'fl');
const SEND = join(DIR, 'synthetic-get-sendconnector-fl.txt');
const RECEIVE = join(DIR, 'synthetic-get-receiveconnector-fl.txt');
const CERTS = join(DIR, 'synthetic-get-exchangecertificate-fl.txt');

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function lint(path: string, now = NOW): Diagnostic[] {
  return service.validate({ uri: path, text: read(path) }, { now });
}

/** Where a property of the object named `name` is: its line, name range and value range, found in the raw text. */
function locate(text: string, objectName: string, property: string): { name: Range; value: Range } {
  const lines = text.split('\r\n');
  const nameLine = lines.findIndex((l) => new RegExp(`^Name +: ${objectName.replace(/[()]/g, '\\$&')}$`).test(l));
  assert.ok(nameLine >= 0, objectName);
  let start = nameLine;
  while (start > 0 && lines[start - 1] !== '') start--;
  let end = nameLine;
  while (end + 1 < lines.length && lines[end + 1] !== '') end++;
  for (let l = start; l <= end; l++) {
    const m = /^(\S+)( *: ?)(.*)$/.exec(lines[l]);
    if (m && m[1] === property) {
      const valueStart = m[1].length + m[2].length;
      return {
        name: { start: { line: l, character: 0 }, end: { line: l, character: property.length } },
        value: { start: { line: l, character: valueStart }, end: { line: l, character: lines[l].length } },
      };
    }
  }
  throw new Error(`${objectName} has no ${property}`);
}

function within(text: string, objectName: string, property: string, item: string): Range {
  const v = locate(text, objectName, property).value;
  const line = text.split('\r\n')[v.start.line];
  const at = line.indexOf(item, v.start.character);
  assert.ok(at >= 0);
  return { start: { line: v.start.line, character: at }, end: { line: v.start.line, character: at + item.length } };
}

function found(diags: Diagnostic[]): [string, Range][] {
  return diags.map((d) => [d.code, { start: { ...d.range.start }, end: { ...d.range.end } }]);
}

/** The PowerShell of a finding's fixes, preferred first. */
function fixCommands(d: Diagnostic): string[] {
  return (d.fixes ?? []).flatMap((f) => (f.command ? [f.command] : []));
}

describe('synthetic Get-SendConnector | fl', () => {
  const text = read(SEND);
  it('is CRLF text with four send connectors', () => {
    assert.ok(text.includes('\r\n'));
    const file = service.analyze({ uri: SEND, text }) as ObjectsFile;
    assert.equal(file.kind, 'format-list');
    assert.deepEqual(
      file.objects.map((o) => [o.kind, o.byName.get('name')?.text]),
      [
        ['send-connector', 'Internet'],
        ['send-connector', 'To Fabrikam (TLS)'],
        ['send-connector', 'Legacy Relay'],
        ['send-connector', 'Outbound to Office 365 - 6f1c'],
      ],
    );
  });
  it('To Fabrikam (TLS) → domain-validation-without-tls-domain; Legacy Relay → ignore-starttls + basic-auth-cleartext; nothing else', () => {
    assert.deepEqual(found(lint(SEND)), [
      ['domain-validation-without-tls-domain', locate(text, 'To Fabrikam (TLS)', 'TlsDomain').name],
      ['ignore-starttls', locate(text, 'Legacy Relay', 'IgnoreSTARTTLS').value],
      ['basic-auth-cleartext', locate(text, 'Legacy Relay', 'SmartHostAuthMechanism').value],
    ]);
  });
  it('fixes name the connector', () => {
    const diags = lint(SEND);
    assert.ok(
      fixCommands(diags[0]).some((c) => c.includes('Set-SendConnector -Identity "To Fabrikam (TLS)" -TlsDomain ')),
      diags[0].message,
    );
    assert.ok(
      fixCommands(diags[1]).some((c) => c.includes('Set-SendConnector -Identity "Legacy Relay" -IgnoreSTARTTLS $false')),
      diags[1].message,
    );
    assert.ok(
      fixCommands(diags[2]).some((c) =>
        c.includes('Set-SendConnector -Identity "Legacy Relay" -SmartHostAuthMechanism BasicAuthRequireTLS -IgnoreSTARTTLS $false'),
      ),
      diags[2].message,
    );
    assert.deepEqual(
      diags.map((d) => d.severity),
      ['error', 'warning', 'warning'],
    );
  });
});

describe('synthetic Get-ReceiveConnector | fl', () => {
  const text = read(RECEIVE);
  it('has four receive connectors', () => {
    const file = service.analyze({ uri: RECEIVE, text }) as ObjectsFile;
    assert.deepEqual(
      file.objects.map((o) => [o.kind, o.byName.get('name')?.text]),
      [
        ['receive-connector', 'Default Frontend EX01'],
        ['receive-connector', 'Anonymous Relay'],
        ['receive-connector', 'Client Frontend EX01'],
        ['receive-connector', 'Default EX01'],
      ],
    );
  });
  it('Anonymous Relay → open-relay (and starttls-not-offered: AuthMechanism is ExternalAuthoritative alone); Client Frontend EX01 → basic-auth-cleartext; default connectors → nothing', () => {
    assert.deepEqual(found(lint(RECEIVE)), [
      ['starttls-not-offered', locate(text, 'Anonymous Relay', 'AuthMechanism').value],
      ['open-relay', within(text, 'Anonymous Relay', 'RemoteIPRanges', '0.0.0.0-255.255.255.255')],
      ['basic-auth-cleartext', locate(text, 'Client Frontend EX01', 'AuthMechanism').value],
    ]);
  });
  it('fixes name the connector (server\\name identity)', () => {
    const diags = lint(RECEIVE);
    const relay = diags.find((d) => d.code === 'open-relay')!;
    assert.equal(relay.severity, 'error');
    assert.ok(
      fixCommands(relay).some((c) => c.includes('Set-ReceiveConnector -Identity "EX01\\Anonymous Relay" -RemoteIPRanges ')),
      relay.message,
    );
    const basic = diags.find((d) => d.code === 'basic-auth-cleartext')!;
    assert.ok(
      fixCommands(basic).some((c) =>
        c.includes('Set-ReceiveConnector -Identity "EX01\\Client Frontend EX01" -AuthMechanism "Tls, Integrated, BasicAuth, BasicAuthRequireTLS"'),
      ),
      basic.message,
    );
  });
});

describe('synthetic Get-ExchangeCertificate | fl', () => {
  const text = read(CERTS);
  it('has two certificates and no findings on 2024-06-01', () => {
    const file = service.analyze({ uri: CERTS, text }) as ObjectsFile;
    assert.deepEqual(
      file.objects.map((o) => [o.kind, o.byName.get('subject')?.text]),
      [
        ['exchange-certificate', 'CN=mail.contoso.com'],
        ['exchange-certificate', 'CN=EDGE01'],
      ],
    );
    assert.deepEqual(lint(CERTS), []);
  });
  it("the Let's Encrypt certificate is expiring on 2024-07-20 and expired on 2024-09-01 (NotAfter 8/12/2024 6:14:02 PM)", () => {
    const notAfter = (() => {
      const l = text.split('\r\n').findIndex((x) => x.startsWith('NotAfter'));
      return { start: { line: l, character: 21 }, end: { line: l, character: 21 + '8/12/2024 6:14:02 PM'.length } };
    })();
    assert.deepEqual(found(lint(CERTS, new Date('2024-07-20T00:00:00Z'))), [['certificate-expiring', notAfter]]);
    assert.deepEqual(found(lint(CERTS, new Date('2024-09-01T00:00:00Z'))), [['certificate-expired', notAfter]]);
  });
});

describe('the corpus through the CLI', () => {
  it('--format json --now gives the same findings, with kind format-list', async () => {
    const r = await runCli(['--format', 'json', '--now', NOW.toISOString(), SEND, RECEIVE, CERTS]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { file: string; kind: string; diagnostics: { code: string }[] }[];
    assert.deepEqual(
      out.map((f) => [f.kind, f.diagnostics.map((d) => d.code)]),
      [
        ['format-list', ['domain-validation-without-tls-domain', 'ignore-starttls', 'basic-auth-cleartext']],
        ['format-list', ['starttls-not-offered', 'open-relay', 'basic-auth-cleartext']],
        ['format-list', []],
      ],
    );
  });
  it('the fixtures are the corpus files, byte for byte', () => {
    for (const f of [SEND, RECEIVE, CERTS]) {
      const name = f.slice(DIR.length + 1);
      let corpus: Buffer;
      try {
        corpus = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'corpus', 'synthetic', name));
      } catch {
        continue;
      }
      assert.ok(corpus.equals(readFileSync(f)), name);
    }
  });
});
