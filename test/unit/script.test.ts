// PowerShell scripts: the New-/Set- connector commands they run are checked like dumps, and the quick fix
// edits the script itself.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, type Diagnostic, type TextEdit } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { loadGrammar } from '../helpers/powershellGrammar';

before(loadGrammar);

const service = createLanguageService();
const SCRIPT = readFileSync('test/fixtures/scripts/setup-relay.ps1', 'utf8');
const lint = (text: string) => service.validate({ uri: 'setup.ps1', text }, { now: new Date('2024-06-01T00:00:00Z') });
const at = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}`;

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    const l = e.range.start.line;
    lines[l] = lines[l].slice(0, e.range.start.character) + e.newText + lines[e.range.end.line].slice(e.range.end.character);
  }
  return lines.join('\n');
}

describe('reading commands', () => {
  // Read in the tests, once the grammar is loaded.
  const read = () => service.analyze({ uri: 'setup.ps1', text: SCRIPT }) as ObjectsFile;
  it('one object per New-/Set- connector command, of the right kind', () => {
    const file = read();
    assert.equal(file.kind, 'powershell');
    assert.deepEqual(
      file.objects.map((o) => o.kind),
      ['send-connector', 'receive-connector', 'send-connector', 'send-connector'],
    );
  });
  it('joins backtick continuations, reads lists, switches, positional identities and leaves variables unknown', () => {
    const [relay, anonymous, internet, variable] = read().objects;
    assert.equal(relay.byName.get('name')?.text, 'Legacy Relay');
    assert.deepEqual(
      relay.byName.get('smarthosts')?.list?.map((i) => i.text),
      ['relay1.contoso.com', 'relay2.contoso.com'],
    );
    assert.equal(relay.byName.get('ignorestarttls')?.text, 'True');
    assert.equal(relay.byName.get('authenticationcredential')?.empty, false, '(Get-Credential) is a value, unknown');
    assert.equal(anonymous.byName.get('identity')?.text, 'EX01\\Anonymous Relay');
    assert.equal(internet.byName.get('identity')?.text, 'Internet');
    assert.equal(internet.byName.get('requiretls')?.text, 'False', '-RequireTLS:$false');
    assert.equal(variable.byName.get('ignorestarttls')?.text, '', '$flag is not known');
  });
  it('ignores commands in comments', () => {
    const f = service.analyze({ uri: 'c.ps1', text: '# Set-SendConnector X -IgnoreSTARTTLS $true\n' }) as ObjectsFile;
    assert.equal(f.objects.length, 0);
  });
});

describe('findings on the values the script sets', () => {
  it('reports the TLS and relay problems on their values', () => {
    assert.deepEqual(lint(SCRIPT).map(at), [
      'basic-auth-cleartext@3:28',
      'ignore-starttls@3:97',
      'starttls-not-offered@4:59',
      'open-relay@4:131',
      'tls-auth-level-without-require-tls@5:41',
      'invalid-value@5:83',
    ]);
  });
  it('says nothing about values it cannot know ($variables) or cmdlet parameters (-Usage, -Confirm)', () => {
    const out = lint(
      'Set-SendConnector -Identity $name -IgnoreSTARTTLS $flag -Confirm:$false\nNew-SendConnector -Name X -Usage Internet -AddressSpaces "SMTP:*;1"\n',
    );
    assert.deepEqual(out, []);
  });
  it('a suppression comment works in scripts', () => {
    const text = SCRIPT.replace(
      'Set-SendConnector Internet',
      '# exchange-transport-disable-next-line tls-auth-level-without-require-tls, invalid-value -- staged change\nSet-SendConnector Internet',
    );
    assert.ok(!lint(text).some((d) => d.code === 'tls-auth-level-without-require-tls' || d.code === 'invalid-value'));
  });
});

describe('quick fixes edit the script', () => {
  it('fixing every finding that has a script edit leaves only the ones without', () => {
    let text = SCRIPT;
    for (let round = 0; round < 5; round++) {
      const diags = lint(text);
      const withEdit = diags.find((d) => d.fixes?.some((f) => f.edits?.length));
      if (!withEdit) break;
      const action = service.codeActions({ uri: 'setup.ps1', text }, [withEdit]).find((a) => a.edits && a.isPreferred);
      assert.ok(action?.edits, withEdit.code);
      text = apply(text, action.edits);
    }
    assert.match(text, /-SmartHostAuthMechanism BasicAuthRequireTLS/);
    assert.match(text, /-IgnoreSTARTTLS \$false/);
    assert.match(text, /-AuthMechanism "Tls, ExternalAuthoritative"/);
    // The connector Set-SendConnector changes is not in the file, so its scope is unknown: the preferred fix clears
    // the level rather than requiring TLS (which stops mail on a connector to every Internet domain).
    assert.match(text, /-TlsAuthLevel \$null -RequireTLS:\$false/);
    assert.deepEqual(
      lint(text).map((d) => d.code),
      ['open-relay', 'invalid-value'],
      'what needs a decision stays',
    );
  });
  it('a switch parameter gets a value', () => {
    const text = 'Set-SendConnector Internet -TlsAuthLevel EncryptionOnly -RequireTLS:$false -IgnoreSTARTTLS\n';
    const d = lint(text).find((x) => x.code === 'ignore-starttls')!;
    assert.deepEqual(d.fixes?.[0].edits?.[0].newText, ':$false');
  });
  it('hover on a parameter shows the catalogue entry', () => {
    const line = SCRIPT.split('\n')[3];
    const h = service.hover({ uri: 'setup.ps1', text: SCRIPT }, { line: 3, character: line.indexOf('IgnoreSTARTTLS') + 3 });
    assert.match(h?.contents ?? '', /IgnoreSTARTTLS.*send connector "Legacy Relay"/);
  });
});
