// The collector script (collector/Collect-ExchangeTransport.ps1) checked as a real script: it parses, every command
// is a cmdlet the catalogue knows with real parameters and values for Exchange 2013 to SE, the Mailbox part and the
// Edge part each call only what runs on that role, it reads and never changes anything, and it collects no secret.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPowerShell, cmdletDef, parsePowerShell, type CommandProblem } from '../../server/src/service';
import { version } from '../../package.json';
import { runCli, tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = readFileSync(join(ROOT, 'collector', 'Collect-ExchangeTransport.ps1'), 'utf8');
const RELEASES = ['2013', '2016', '2019', 'SE'] as const;

/** `#region Mailbox` ... `#endregion` spans (offsets), by role. */
function regions(text: string): { role: 'mailbox' | 'edge'; start: number; end: number }[] {
  const out: { role: 'mailbox' | 'edge'; start: number; end: number }[] = [];
  const re = /#region (Mailbox|Edge)\b[\s\S]*?#endregion/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ role: m[1] === 'Edge' ? 'edge' : 'mailbox', start: m.index, end: m.index + m[0].length });
  return out;
}

function where(p: CommandProblem): string {
  return `line ${SCRIPT.slice(0, p.start).split('\n').length}: ${p.code}: ${p.message}`;
}

describe('collector script', () => {
  it('parses, and every command is a known cmdlet with real parameters and values on Exchange 2013 to SE', () => {
    const problems = checkPowerShell(SCRIPT, { releases: RELEASES });
    assert.deepEqual(problems.map(where), []);
  });

  it('the Mailbox part and the Edge part call only what runs on their role; the rest runs on both', () => {
    const spans = regions(SCRIPT);
    assert.ok(spans.some((s) => s.role === 'mailbox') && spans.some((s) => s.role === 'edge'), 'both regions are marked');
    for (const role of ['mailbox', 'edge'] as const) {
      const other = spans.filter((s) => s.role !== role);
      const problems = checkPowerShell(SCRIPT, { releases: RELEASES, role }).filter((p) => !other.some((s) => p.start >= s.start && p.end <= s.end));
      assert.deepEqual(problems.map(where), [], `checked as run on ${role}`);
    }
    // The check can fail: the Mailbox part checked as Edge is refused.
    const mailboxAsEdge = checkPowerShell(SCRIPT, { releases: RELEASES, role: 'edge' }).filter((p) => p.code === 'role');
    assert.ok(mailboxAsEdge.some((p) => p.command === 'Test-EdgeSynchronization'));
    assert.ok(mailboxAsEdge.every((p) => spans.some((s) => s.role === 'mailbox' && p.start >= s.start && p.end <= s.end)));
  });

  it('only reads: every Exchange cmdlet it calls is a Get- or a Test-, and the catalogue has it', () => {
    const exchange = parsePowerShell(SCRIPT)
      .commands.map((c) => cmdletDef(c.name))
      .filter((d) => d?.module === 'exchange')
      .map((d) => d!.name);
    assert.ok(exchange.length >= 15, exchange.join());
    assert.deepEqual(
      [...new Set(exchange.filter((n) => !/^(Get|Test)-/.test(n)))],
      [],
      'no Set-, New-, Remove-, Enable-, Start- or Export- cmdlet (Start-EdgeSynchronization is an action)',
    );
    for (const needed of [
      'Get-ExchangeCertificate',
      'Get-SendConnector',
      'Get-ReceiveConnector',
      'Get-ADPermission',
      'Get-TransportService',
      'Test-EdgeSynchronization',
      'Get-Queue',
    ])
      assert.ok(exchange.includes(needed), needed);
  });

  it('collects no secret: no private key, PFX, subscription file, credential or transcript', () => {
    const code = SCRIPT.replace(/<#[\s\S]*?#>/, '');
    for (const forbidden of [
      /Export-ExchangeCertificate/i,
      /Export-PfxCertificate/i,
      /Start-Transcript/i,
      /Get-Credential/i,
      /\.pfx\b/i,
      /EdgeSubscription.*\.xml/i,
      /ESRA/i,
    ])
      assert.doesNotMatch(code, forbidden);
    // PrivateKey only as the two yes/no facts.
    assert.deepEqual(code.match(/\w*PrivateKey\w*/g)?.filter((w) => w !== 'HasPrivateKey' && w !== 'PrivateKeyExportable') ?? [], []);
    // The send connector's credential: its user name only.
    assert.match(code, /AuthenticationCredential\.UserName/);
    assert.match(code, /\$_\.Name -ne 'AuthenticationCredential'/);
  });

  it('personal data only behind switches, and the manifest says which', () => {
    assert.match(SCRIPT, /if \(\$IncludeQueueErrors\) \{\s*\$properties \+= 'LastError'/);
    assert.match(SCRIPT, /if \(\$IncludeProtocolLogs\) \{/);
    assert.match(SCRIPT, /if \(\$IncludeEdgeSyncLogs -and -not \$isEdge\) \{/);
    assert.match(SCRIPT, /personalData\s+= @\(\$PersonalData\)/);
  });

  it('guards Get-ADPermission against a connector without identity (a null identity returns every object)', () => {
    const loop = /foreach \(\$connector in \$receiveConnectors\) \{([\s\S]*?)Get-ADPermission/.exec(SCRIPT);
    assert.ok(loop, 'Get-ADPermission runs per receive connector');
    assert.match(loop[1], /if \(-not \$connector\.Identity\) \{ continue \}/);
  });

  it('queries events by provider and time, and filters the ids afterwards (a query with 20 ids or more fails)', () => {
    const call = /Get-WinEvent -FilterHashtable @\{([^}]*)\}/.exec(SCRIPT);
    assert.ok(call);
    assert.doesNotMatch(call[1], /\bId\b/);
    assert.match(SCRIPT, /Where-Object \{ \$ids -contains \$_\.Id \}/);
  });

  it('refuses outside an elevated Exchange shell, and records its version, culture and UTC offset', () => {
    assert.match(SCRIPT, /IsInRole\(\[System\.Security\.Principal\.WindowsBuiltInRole\]::Administrator\)/);
    assert.match(SCRIPT, /Get-Command -Name Get-ExchangeServer/);
    assert.match(SCRIPT, /EdgeTransportRole/);
    assert.equal(/\$ScriptVersion = '([^']+)'/.exec(SCRIPT)?.[1], version, 'the script carries the package version');
    for (const key of ['version', 'role', 'build', 'culture', 'shortDatePattern', 'utcOffsetMinutes', 'switches', 'files', 'steps'])
      assert.match(SCRIPT, new RegExp(`\\n\\s+${key}\\s+= `), key);
  });
});

describe('writing the collector out', () => {
  it('`collector` prints the shipped script and `--save-collector` writes it, byte for byte; it still checks clean', async () => {
    const shipped = readFileSync(join(ROOT, 'collector', 'Collect-ExchangeTransport.ps1'));
    const printed = await runCli(['collector']);
    assert.equal(printed.code, 0);
    assert.equal(printed.stdout, shipped.toString('utf8'));
    const dir = tempDir();
    for (const args of [
      ['--save-collector', join(dir, 'a.ps1')],
      ['collector', join(dir, 'b.ps1')],
    ]) {
      const r = await runCli(args);
      assert.equal(r.code, 0, r.stderr);
      const written = readFileSync(args[1]);
      assert.ok(written.equals(shipped), args.join(' '));
      assert.deepEqual(checkPowerShell(written.toString('utf8'), { releases: RELEASES }), []);
    }
    const bad = await runCli(['--save-collector', join(dir, 'no', 'such', 'folder', 'c.ps1')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /cannot write/);
  });
});
