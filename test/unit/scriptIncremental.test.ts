// An edited script is read again from its previous version (the parse, and the statements the edit did not
// touch): every version must read exactly as a fresh read of its text, whatever the edit breaks or mends.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type LanguageService } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { loadGrammar } from '../helpers/powershellGrammar';

before(loadGrammar);

const NOW = new Date('2024-06-01T00:00:00Z');

/** Connector commands with splats, variables read later (some through other variables), continuations and blocks. */
function script(partners: number): string {
  const out = ['# Partner connectors', 'param([string]$Server = "EX01")', '$relay = "relay1.contoso.com"', '$hosts = $relay, "relay2.contoso.com"', ''];
  for (let i = 0; i < partners; i++) {
    out.push(
      `# Partner ${i}`,
      `$name${i} = "Partner ${i}"`,
      `$tls${i} = @{ RequireTLS = $true; TlsAuthLevel = 'DomainValidation'; TlsDomain = 'mx.partner${i}.example'; SmartHosts = $hosts }`,
      `New-SendConnector -Name $name${i} -Usage Partner -AddressSpaces "SMTP:partner${i}.example;1" \``,
      `    -SmartHosts relay1.contoso.com, relay2.contoso.com -DNSRoutingEnabled $false @tls${i}`,
      `Get-SendConnector $name${i} | Set-SendConnector -MaxMessageSize 35MB -IgnoreSTARTTLS $true -Confirm:$false`,
      `if ($Server -eq "EX0${i}") {`,
      `    Set-ReceiveConnector "$Server\\Partner ${i}" -RemoteIPRanges 10.0.${i}.1, 10.0.${i}.2 -PermissionGroups Partners`,
      '}',
      `function Set-Partner${i} {`,
      '    param([string]$Identity)',
      '    Set-SendConnector -Identity $Identity -IgnoreSTARTTLS $false -Port 25 -ErrorAction Stop',
      '}',
      `Set-SendConnector "Partner ${i}" -SmartHosts $hosts -TlsAuthLevel $level -Port 70000`,
      '',
    );
  }
  return out.join('\n');
}

/** What a read gives, with every range: the script model, the objects, the syntax problems. */
function shape(file: ObjectsFile): unknown {
  return {
    script: file.script,
    objects: file.objects.map((o) => ({
      kind: o.kind,
      range: o.range,
      properties: o.properties.map((p) => ({
        name: p.name,
        text: p.text,
        empty: p.empty,
        nameRange: p.nameRange,
        valueRange: p.valueRange,
        list: p.list?.map((l) => [l.text, l.range]),
      })),
    })),
    syntax: file.syntaxErrors,
  };
}

class Editor {
  private readonly service: LanguageService = createLanguageService();
  private version = 0;
  constructor(public text: string) {
    this.check('the first version');
  }

  /** Replaces `[start, end)` with `insert` and checks the new version against a fresh read. */
  edit(start: number, end: number, insert: string, what: string): void {
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    this.check(what);
  }

  replace(from: string, to: string): void {
    const at = this.text.indexOf(from);
    assert.ok(at >= 0, from);
    this.edit(at, at + from.length, to, `${from} → ${to}`);
  }

  check(what: string): void {
    const input = { uri: 'partners.ps1', text: this.text, version: ++this.version };
    const fresh = createLanguageService();
    const plain = { uri: 'partners.ps1', text: this.text };
    assert.deepStrictEqual(shape(this.service.analyze(input) as ObjectsFile), shape(fresh.analyze(plain) as ObjectsFile), what);
    assert.deepStrictEqual(this.service.validate(input, { now: NOW }), fresh.validate(plain, { now: NOW }), `findings after ${what}`);
  }
}

/** A small deterministic generator (mulberry32): the same edits on every run. */
function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const PIECES = [
  'X',
  ' ',
  '\n',
  '"',
  "'",
  '`',
  ',',
  '$',
  '@',
  '{',
  '}',
  '(',
  ')',
  '#',
  '|',
  ';',
  '-',
  '=',
  ' -Port 25',
  '$tls1',
  '$name0',
  ', 10.0.0.9',
  '@{ Port = 26 }',
  '\n$relay = "other.contoso.com"\n',
  '<#',
  '#>',
  '`\n',
  '\r\n',
  ',10.0.0.8',
];

describe('an edited script reads as a fresh read of its text', () => {
  it('a splatted hashtable changed: the commands that splat it see the new values, the others keep theirs', () => {
    const e = new Editor(script(4));
    e.replace(
      "RequireTLS = $true; TlsAuthLevel = 'DomainValidation'; TlsDomain = 'mx.partner2",
      "RequireTLS = $false; TlsAuthLevel = 'EncryptionOnly'; TlsDomain = 'mx.partner2",
    );
    e.replace('RequireTLS = $false; ', '');
    e.replace("$tls2 = @{ TlsAuthLevel = 'EncryptionOnly';", "$tls2 = @{ IgnoreSTARTTLS = $true; TlsAuthLevel = 'EncryptionOnly';");
    e.replace('@tls3', '@tls2');
    e.replace('$tls1 = @{', '$tls1 = Get-Settings; $x = @{');
  });

  it('an assignment that later commands read changed, added, removed, or made conditional', () => {
    const e = new Editor(script(4));
    e.replace('$relay = "relay1.contoso.com"', '$relay = "relay9.contoso.com"');
    e.replace('$name1 = "Partner 1"', '$name1 = "Renamed 1"');
    e.replace('$name1 = "Renamed 1"\n', '');
    e.replace('# Partner 3\n', '# Partner 3\n$name0 = "Late"\n$level = "CertificateValidation"\n');
    e.replace('$level = "CertificateValidation"', 'if ($x) { $level = "CertificateValidation" }');
    e.replace('$hosts = $relay, "relay2.contoso.com"', '$hosts = (Get-Hosts)');
    e.replace('$hosts = (Get-Hosts)', '$hosts = $relay, "relay2.contoso.com"');
  });

  it('a line continuation broken and mended, a string and a block left open and closed', () => {
    const e = new Editor(script(4));
    const continued = '"SMTP:partner1.example;1" `\n';
    e.replace(continued, '"SMTP:partner1.example;1"\n');
    e.replace('"SMTP:partner1.example;1"\n', continued);
    e.replace('"Partner 2"', '"Partner 2');
    e.replace('$name2 = "Partner 2', '$name2 = "Partner 2"');
    e.replace('if ($Server -eq "EX01") {', 'if ($Server -eq "EX01") {{');
    e.replace('{{', '{');
    e.replace('# Partner 2', '<# Partner 2');
    e.replace('<# Partner 2', '# Partner 2');
  });

  it('an edit inside a statement the grammar cannot read (its recovery differs when parsing incrementally)', () => {
    const e = new Editor(
      [
        "$tls0 = @{- RequireTLS = $true; TlsAuthLevel = 'DomainValidaTlsDomain = 'mx.partner0.exa,mple'; SmartHosts = $hosts }",
        'New-SendConnector -Name $name0 -Usage Partner -AddressSpaces "SMTP:partner0.example;1" `',
        '    -SmartHosts relay1.contoso.com, relay2.contoso.com -DNSRoutingEnabled $false @tls0',
      ].join('\n'),
    );
    e.replace("l = 'Dom", '');
  });

  it('an edit before a statement the grammar cannot read (which it parses again, and may recover otherwise)', () => {
    const e = new Editor(
      [
        "$tls0 = @{ RequireTLS = $true; TlsAuthLevel = 'DomainValidation;'; TlsDomain = 'mx.partner0.example'; SmartHosts = $hosts }",
        'Set-SendConnector "B" -Port (',
        'Get-SendConnector $name2 | Set-SendConnector -MaxMessageSize 35MB -IgnoreSTARTTLS $true -Confirm:$fa,lse',
        'if ($Server -eq "EX02") {',
        '}',
      ].join('\n'),
    );
    e.replace('$tls0', '$tls\n$relay = "other.contoso.com"\n0');
  });

  it('random insertions and deletions, one after the other', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      // Trees are freed when their analysis is collected: let that happen between runs.
      await new Promise((resolve) => setImmediate(resolve));
      const next = random(seed);
      // The last run on Windows line ends.
      const e = new Editor(seed === 6 ? script(3).replace(/\n/g, '\r\n') : script(3));
      for (let i = 0; i < 40; i++) {
        const at = next(e.text.length + 1);
        if (next(3) === 0) {
          const end = Math.min(e.text.length, at + 1 + next(12));
          e.edit(at, end, '', `seed ${seed}, edit ${i}: delete ${JSON.stringify(e.text.slice(at, end))} at ${at}`);
        } else {
          const piece = PIECES[next(PIECES.length)];
          e.edit(at, at, piece, `seed ${seed}, edit ${i}: insert ${JSON.stringify(piece)} at ${at}`);
        }
      }
    }
  });

  it('the same text again, and the whole text replaced', () => {
    const e = new Editor(script(2));
    e.check('the same text again');
    e.edit(0, e.text.length, script(3), 'the whole text replaced');
    e.edit(0, 0, '\n', 'a line break at the start');
    e.edit(e.text.length, e.text.length, 'Set-SendConnector X -Port 1', 'a command at the end');
  });

  it('an edit of the same length that adds a line: what follows stays at its offsets but moves a line down', () => {
    const e = new Editor(script(3));
    e.replace('# Partner 1', '#\n#artner 1');
    e.replace('#\n#artner 1', '# Partner 1');
  });
});

describe('a parse is kept only for a document with versions to come', () => {
  // A tree lives in WebAssembly memory until it is deleted: a CLI run over hundreds of scripts that kept every one
  // aborted ("Aborted()") before the garbage collector freed them.
  it('an editor document keeps its parse; a final one (the CLI, a workspace scan) reads the same and keeps none', () => {
    const service = createLanguageService();
    const text = script(3);
    const editor = service.analyze({ uri: 'file:///a.ps1', text, version: 1 }, { now: NOW }) as ObjectsFile & { scriptSyntax?: unknown };
    const final = service.analyze({ uri: 'file:///b.ps1', text, version: 0, final: true }, { now: NOW }) as ObjectsFile & { scriptSyntax?: unknown };
    assert.ok(editor.scriptSyntax, 'kept for the next version');
    assert.equal(final.scriptSyntax, undefined);
    assert.deepEqual(
      final.objects.map((o) => o.properties.map((p) => [p.name, p.text, p.valueRange])),
      editor.objects.map((o) => o.properties.map((p) => [p.name, p.text, p.valueRange])),
    );
    const codes = (uri: string, input: { version: number; final?: boolean }) =>
      service.validate({ uri, text, ...input }, { now: NOW }).map((d) => `${d.code} ${d.range.start.line}`);
    assert.deepEqual(codes('file:///c.ps1', { version: 0, final: true }), codes('file:///d.ps1', { version: 1 }));
  });
});
