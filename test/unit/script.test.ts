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

describe('the grammar reads what regular expressions could not', () => {
  const objects = (text: string) => (service.analyze({ uri: 'x.ps1', text }) as ObjectsFile).objects;
  const prop = (text: string, name: string, i = 0) => objects(text)[i]?.byName.get(name.toLowerCase());
  const at = (text: string, p: { valueRange: { start: { line: number; character: number }; end: { character: number } } } | undefined) =>
    p && text.split('\n')[p.valueRange.start.line].slice(p.valueRange.start.character, p.valueRange.end.character);

  it('splatting: the hashtable literal gives the parameters, with ranges on its values', () => {
    const text = "$p = @{ RequireTLS = $true; 'Port' = 587; SmartHosts = 'a.contoso.com', 'b.contoso.com' }\nSet-SendConnector X @p\n";
    assert.equal(prop(text, 'RequireTLS')?.text, 'True');
    assert.equal(at(text, prop(text, 'RequireTLS')), '$true');
    assert.equal(prop(text, 'Port')?.text, '587');
    assert.deepEqual(
      prop(text, 'SmartHosts')?.list?.map((i) => i.text),
      ['a.contoso.com', 'b.contoso.com'],
    );
    assert.equal(prop(text, 'Identity')?.text, 'X');
  });
  it('variables assigned a literal earlier, the last one before the use', () => {
    const text = '$name = "Outbound"\n$flag = $true\nSet-SendConnector $name -IgnoreSTARTTLS $flag\n$name = \'Other\'\nSet-SendConnector $name -Port 25\n';
    assert.equal(prop(text, 'Identity')?.text, 'Outbound');
    assert.equal(prop(text, 'IgnoreSTARTTLS')?.text, 'True');
    assert.equal(at(text, prop(text, 'IgnoreSTARTTLS')), '$flag', 'the range is the use, which a fix edits');
    assert.equal(prop(text, 'Identity', 1)?.text, 'Other');
  });
  it('what the script computes stays present but unknown', () => {
    for (const text of [
      'param($Flag)\nSet-SendConnector X -IgnoreSTARTTLS $Flag\n',
      'foreach ($Flag in $true, $false) { Set-SendConnector X -IgnoreSTARTTLS $Flag }\n',
      'if ($a) { $Flag = $true }\nSet-SendConnector X -IgnoreSTARTTLS $Flag\n',
      '$Flag = Get-Flag\nSet-SendConnector X -IgnoreSTARTTLS $Flag\n',
      'Set-SendConnector X -IgnoreSTARTTLS (Test-Path C:\\flag)\n',
      'Set-SendConnector X -IgnoreSTARTTLS "$Flag"\n',
    ]) {
      const p = prop(text, 'IgnoreSTARTTLS');
      assert.ok(p && p.text === '' && !p.empty, text);
    }
    assert.deepEqual(lint('Set-SendConnector X @settings -RequireTLS $false\n'), [], 'an unknown splat hides nothing it could set');
  });
  it('backtick continuations, pipelines, and commands in functions, branches and script blocks', () => {
    assert.equal(prop('Set-SendConnector `\n  -Identity X `\n  -Port 25\n', 'Port')?.text, '25');
    assert.equal(prop('Get-SendConnector "X" | Set-SendConnector -IgnoreSTARTTLS $true\n', 'Identity')?.text, 'X');
    assert.equal(prop('Get-SendConnector | Where-Object Enabled | Set-SendConnector -Port 25\n', 'Identity'), undefined, 'every connector: no identity');
    const nested = 'function F {\n  if ($x) { Set-SendConnector A -Port 1 }\n}\n$list | ForEach-Object { New-ReceiveConnector -Name B -Bindings 0.0.0.0:25 }\n';
    assert.deepEqual(
      objects(nested).map((o) => o.kind),
      ['send-connector', 'receive-connector'],
    );
  });
  it('comma lists the grammar splits (bare words after a comma and a blank) are one value', () => {
    const text = 'Set-ReceiveConnector "EX01\\Relay" -RemoteIPRanges 10.0.0.1, 10.0.0.2,10.0.0.3 -Port 25\n';
    assert.deepEqual(
      prop(text, 'RemoteIPRanges')?.list?.map((i) => i.text),
      ['10.0.0.1', '10.0.0.2', '10.0.0.3'],
    );
    assert.equal(prop(text, 'Port')?.text, '25', 'the rest of the command is read');
  });
});

describe('an edited script is read again incrementally', () => {
  it('each version reads as a fresh read of its text would', () => {
    const editor = createLanguageService();
    let text = SCRIPT;
    const edits: [string, string][] = [
      ['-IgnoreSTARTTLS $true', '-IgnoreSTARTTLS $false'],
      ['Set-SendConnector Internet', '$p = @{ RequireTLS = $true }\nSet-SendConnector Internet @p'],
      ['-Port 70000', '-Port 25 `\n  -Confirm:$false'],
      ['"EX01\\Anonymous Relay"', '"EX01\\Anonymous Relay'],
      ['"EX01\\Anonymous Relay', '"EX01\\Anonymous Relay"'],
      ['# Set up', 'Remove-EdgeSubscription EDGE01\n# Set up'],
    ];
    const shape = (f: ObjectsFile) =>
      JSON.stringify({
        objects: f.objects.map((o) => o.properties.map((p) => [p.name, p.text, p.valueRange])),
        commands: f.script?.commands,
        unreadable: f.script?.unreadable,
      });
    edits.forEach(([from, to], version) => {
      assert.ok(text.includes(from), from);
      text = text.replace(from, to);
      const incremental = editor.analyze({ uri: 'setup.ps1', text, version }) as ObjectsFile;
      const fresh = createLanguageService().analyze({ uri: 'setup.ps1', text }) as ObjectsFile;
      assert.equal(shape(incremental), shape(fresh), `after ${to}`);
    });
  });
});
