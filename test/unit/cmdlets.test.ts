// The cmdlet catalogue (server/src/service/catalogue/cmdlets.json, read from Microsoft's cmdlet references by
// scripts/cmdlets.ts), the PowerShell reader and the command checker. Facts asserted here are the reference's, at the
// commits the JSON records; the checker cases are the mistakes a fix or a runbook step can make.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkPowerShell,
  cmdletDef,
  cmdletDefs,
  findParameter,
  parsePowerShell,
  cmdletSources,
  type CommandCheckOptions,
  type CommandProblemCode,
  type CmdletDef,
  type CmdletParameter,
} from '../../server/src/service';
import { HOSTILE_VALUES } from '../helpers/hostileValues';

const JSON_FILE = join(__dirname, '..', '..', 'server', 'src', 'service', 'catalogue', 'cmdlets.json');

function cmdlet(name: string): CmdletDef {
  const def = cmdletDef(name);
  assert.ok(def, `${name} is not in the catalogue`);
  return def;
}

function param(cmd: string, name: string): CmdletParameter {
  const def = cmdlet(cmd);
  const m = findParameter(def, name);
  assert.ok('found' in m && m.by === 'name', `${cmd} has no parameter -${name}`);
  return m.found;
}

/** The problem codes of a script, in text order. */
function codes(text: string, options: CommandCheckOptions = {}): CommandProblemCode[] {
  return checkPowerShell(text, options).map((p) => p.code);
}

describe('cmdlet catalogue', () => {
  it('records the references and commits it was read from', () => {
    assert.equal(cmdletSources().exchange.repository, 'MicrosoftDocs/office-docs-powershell');
    assert.equal(cmdletSources().exchange.commit, '93336da2bca96c31c0fc8acc52658a30ef8a6c94');
    assert.equal(cmdletSources().exchange.folder, 'exchange/exchange-ps/ExchangePowerShell');
    assert.equal(cmdletSources().powershell.repository, 'MicrosoftDocs/PowerShell-Docs');
    assert.match(cmdletSources().powershell.commit, /^[0-9a-f]{40}$/);
    assert.equal(cmdletSources().windows.repository, 'MicrosoftDocs/windows-powershell-docs');
    assert.equal(cmdletSources().windows.folder, 'docset/winserver2019-ps');
    assert.match(cmdletSources().windows.commit, /^[0-9a-f]{40}$/);
  });

  it('holds facts, not prose: names, types, releases and value names, and stays small', () => {
    const text = readFileSync(JSON_FILE, 'utf8');
    assert.ok(text.length < 128 * 1024, `cmdlets.json is ${text.length} bytes; keep it to the cmdlets something of ours calls`);
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (strings.push(k), walk(x));
    };
    walk(JSON.parse(text));
    const sentences = strings.filter((s) => /\s\S+\s/.test(s));
    assert.deepEqual(sentences, []);
  });

  it('has every cmdlet the collector and the runbooks call', () => {
    // ../shared/domain/collector-and-runbooks.md, A2 and B1-B6.
    const needed = [
      'Get-ExchangeServer',
      'Get-SendConnector',
      'Get-ReceiveConnector',
      'Get-ADPermission',
      'Get-ExchangeCertificate',
      'Get-TransportService',
      'Get-FrontendTransportService',
      'Get-MailboxTransportService',
      'Get-TransportConfig',
      'Get-AcceptedDomain',
      'Get-RemoteDomain',
      'Get-EdgeSubscription',
      'Get-EdgeSyncServiceConfig',
      'Test-EdgeSynchronization',
      'Get-Queue',
      'Get-HybridConfiguration',
      'Get-AuthConfig',
      'Connect-ExchangeOnline',
      'Get-InboundConnector',
      'Get-OutboundConnector',
      'Import-ExchangeCertificate',
      'Enable-ExchangeCertificate',
      'New-EdgeSubscription',
      'Start-EdgeSynchronization',
      'Remove-ExchangeCertificate',
      'Set-SendConnector',
      'Set-ReceiveConnector',
      'Set-InboundConnector',
      'Set-OutboundConnector',
      'New-ExchangeCertificate',
      'Set-AuthConfig',
      'Get-Credential',
      'Read-Host',
      'Get-Date',
      'Export-Clixml',
      'Format-List',
      'Out-File',
      'Get-WinEvent',
    ];
    assert.deepEqual(
      needed.filter((n) => !cmdletDef(n)),
      [],
    );
  });

  it('types parameters as the reference does, switches included', () => {
    assert.equal(param('Set-SendConnector', 'IgnoreSTARTTLS').type, 'Boolean');
    assert.equal(param('Set-SendConnector', 'IgnoreSTARTTLS').switch, false);
    assert.equal(param('Set-SendConnector', 'Force').switch, true);
    assert.deepEqual(param('Set-SendConnector', 'Confirm').aliases, ['cf']);
    assert.equal(param('Set-SendConnector', 'TlsCertificateName').type, 'SmtpX509Identifier');
    assert.equal(param('Set-ReceiveConnector', 'RemoteIPRanges').type, 'MultiValuedProperty');
    assert.equal(param('Set-ReceiveConnector', 'ConnectionTimeout').type, 'EnhancedTimeSpan');
    assert.equal(param('Get-Credential', 'Credential').type, 'PSCredential');
  });

  it('knows which releases have each cmdlet and parameter', () => {
    assert.deepEqual(cmdlet('Set-SendConnector').releases, ['2010', '2013', '2016', '2019', 'SE']);
    assert.deepEqual(cmdlet('Set-InboundConnector').releases, ['Online']);
    assert.deepEqual(cmdlet('Get-TransportConfig').releases, ['2010', '2013', '2016', '2019', 'SE', 'Online']);
    assert.deepEqual(param('Set-SendConnector', 'CloudServicesMailEnabled').releases, ['2013', '2016', '2019', 'SE']);
    assert.deepEqual(param('Set-SendConnector', 'LinkedReceiveConnector').releases, ['2010']);
    assert.equal(param('Set-SendConnector', 'IgnoreSTARTTLS').releases, undefined, "the cmdlet's releases");
    assert.equal(cmdlet('Get-Credential').releases, undefined, 'a PowerShell cmdlet is wherever the shell is');
  });

  it('knows parameter sets, required and positional parameters', () => {
    assert.deepEqual(cmdlet('Get-ExchangeCertificate').sets, ['Identity', 'Instance', 'Thumbprint']);
    assert.deepEqual(param('Get-ExchangeCertificate', 'Server').sets, ['Instance', 'Thumbprint']);
    assert.equal(param('Get-ExchangeCertificate', 'Thumbprint').position, 1);
    assert.deepEqual(param('Test-EdgeSynchronization', 'VerifyRecipient').sets, ['SingleValidation']);
    assert.equal(param('Enable-ExchangeCertificate', 'Services').required, true);
    assert.equal(param('Set-SendConnector', 'Identity').pipeline, true);
    assert.equal(cmdlet('Get-Credential').defaultSet, 'CredentialSet');
  });

  it('keeps the valid values the reference lists', () => {
    assert.deepEqual(param('Set-SendConnector', 'TlsAuthLevel').values, ['EncryptionOnly', 'CertificateValidation', 'DomainValidation']);
    assert.equal(param('Set-ReceiveConnector', 'AuthMechanism').multiple, true);
    assert.deepEqual(param('Set-ReceiveConnector', 'TransportRole').values, ['FrontendTransport', 'HubTransport']);
    assert.deepEqual(param('New-ExchangeCertificate', 'KeySize').values, ['1024', '2048', '4096']);
  });

  it('keeps what the reference says about Edge Transport servers', () => {
    assert.equal(param('Set-SendConnector', 'DomainController').edge, false);
    assert.equal(param('Get-TransportService', 'Identity').edge, false);
    assert.equal(param('New-EdgeSubscription', 'FileName').edge, 'only');
    assert.equal(cmdlet('Get-ReceiveConnector').edge, true);
    assert.equal(cmdlet('Get-SendConnector').edge, undefined, 'the reference does not say');
    // From the domain facts (collector-and-runbooks.md A2), not the reference: EdgeSync, hybrid and OAuth cmdlets.
    assert.equal(cmdlet('Get-HybridConfiguration').edge, false);
    assert.equal(cmdlet('Test-EdgeSynchronization').edge, false);
    assert.deepEqual(codes('Test-EdgeSynchronization -ExcludeRecipientTest', { role: 'edge' }), ['role']);
    assert.deepEqual(codes('Test-EdgeSynchronization -ExcludeRecipientTest', { role: 'mailbox' }), []);
  });

  it('adds the common parameters of Windows PowerShell 5.1 to every cmdlet', () => {
    const ea = param('Set-SendConnector', 'ErrorAction');
    assert.equal(ea.common, true);
    assert.deepEqual(ea.aliases, ['ea']);
    assert.ok(ea.values?.includes('SilentlyContinue'));
    assert.equal(param('Format-List', 'Verbose').switch, true);
    assert.ok('unknown' in findParameter(cmdlet('Set-SendConnector'), 'ProgressAction'), 'ProgressAction came with PowerShell 7.4');
  });

  it('resolves names and aliases case-insensitively, and prefixes only when one parameter has them', () => {
    assert.equal(cmdletDef('set-sendconnector')?.name, 'Set-SendConnector');
    assert.equal(cmdletDef('fl')?.name, 'Format-List');
    assert.equal(cmdletDef('?')?.name, 'Where-Object');
    const sc = cmdlet('Set-SendConnector');
    const exact = findParameter(sc, 'requiretls');
    assert.ok('found' in exact && exact.found.name === 'RequireTLS' && exact.by === 'name');
    const alias = findParameter(sc, 'cf');
    assert.ok('found' in alias && alias.found.name === 'Confirm' && alias.by === 'alias');
    const prefix = findParameter(sc, 'IgnoreS');
    assert.ok('found' in prefix && prefix.found.name === 'IgnoreSTARTTLS' && prefix.by === 'prefix');
    const ambiguous = findParameter(sc, 'Tls');
    assert.ok('ambiguous' in ambiguous);
    assert.deepEqual(ambiguous.ambiguous.map((p) => p.name).sort(), ['TlsAuthLevel', 'TlsCertificateName', 'TlsDomain']);
    const typo = findParameter(sc, 'RequireTSL');
    assert.ok('unknown' in typo && typo.suggestion?.name === 'RequireTLS');
  });

  it('every parameter set a parameter names is one of its cmdlet', () => {
    const bad: string[] = [];
    for (const def of cmdletDefs())
      for (const p of def.parameters) for (const s of p.sets ?? []) if (!def.sets.includes(s)) bad.push(`${def.name} -${p.name}: ${s}`);
    assert.deepEqual(bad, []);
  });
});

describe('PowerShell reader', () => {
  it('reads statements, assignments, pipelines and nested commands', () => {
    const text =
      '$c = Get-ExchangeCertificate -Thumbprint "AB12"; Get-SendConnector | Set-SendConnector -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)" -AuthenticationCredential (Get-Credential)';
    const s = parsePowerShell(text);
    assert.deepEqual(s.problems, []);
    assert.deepEqual(
      s.commands.map((c) => [c.name, c.position]),
      [
        ['Get-ExchangeCertificate', 0],
        ['Get-SendConnector', 0],
        ['Set-SendConnector', 1],
        ['Get-Credential', 0],
      ],
    );
    assert.deepEqual(
      s.assignments.map((a) => a.name),
      ['c'],
    );
    assert.deepEqual(
      s.reads.map((r) => text.slice(r.start, r.end)),
      ['$c', '$c'],
    );
    const set = s.commands[2];
    assert.deepEqual(
      set.elements.map((e) => (e.kind === 'parameter' ? `-${e.name}` : e.value.kind)),
      ['-TlsCertificateName', 'expandable', '-AuthenticationCredential', 'expression'],
    );
  });

  it('reads quoting as PowerShell does: escapes, doubled quotes, verbatim strings', () => {
    const [cmd] = parsePowerShell(`Write-Output "a\`"b" 'it''s' "x""y" \`$notvar plain`).commands;
    assert.deepEqual(
      cmd.elements.map((e) => (e.kind === 'argument' ? [e.value.kind, e.value.value] : [])),
      [
        ['string', 'a"b'],
        ['string', "it's"],
        ['string', 'x"y'],
        ['bareword', '$notvar'],
        ['bareword', 'plain'],
      ],
    );
  });

  it('reads switches with a colon value, arrays and numbers', () => {
    const [cmd] = parsePowerShell('Set-ReceiveConnector X -RemoteIPRanges 10.0.0.1, 10.0.0.2 -Confirm:$false -MaxMessageSize 10MB').commands;
    const [, ranges, values, confirm, , size] = cmd.elements;
    assert.equal(ranges.kind, 'parameter');
    assert.ok(values.kind === 'argument' && values.value.kind === 'array' && values.value.items?.length === 2);
    assert.ok(confirm.kind === 'parameter' && confirm.colon && confirm.value?.kind === 'variable' && confirm.value.name === 'false');
    assert.ok(size.kind === 'argument' && size.value.kind === 'number' && size.value.number === 10 * 1024 * 1024);
  });

  it('follows line continuations and skips comments', () => {
    const s = parsePowerShell('Set-SendConnector -Identity X `\n  -RequireTLS $true # why\n<# a\nblock #>Get-SendConnector');
    assert.deepEqual(s.problems, []);
    assert.deepEqual(
      s.commands.map((c) => [c.name, c.elements.length]),
      [
        ['Set-SendConnector', 4],
        ['Get-SendConnector', 0],
      ],
    );
  });

  it('reports what does not parse, and never throws', () => {
    const problems = (t: string) => parsePowerShell(t).problems.map((p) => t.slice(p.start, p.end));
    assert.deepEqual(problems('Set-SendConnector -Identity "X'), ['"X']);
    assert.deepEqual(problems("Get-Date -Format 'x"), ["'x"]);
    assert.deepEqual(problems('Set-SendConnector -Identity (Get-SendConnector'), ['(']);
    assert.deepEqual(problems('Set-SendConnector -TlsDomain <domain>'), ['<domain>']);
    assert.deepEqual(problems('Get-SendConnector |'), ['|']);
    assert.deepEqual(problems('Get-SendConnector )'), [')']);
    assert.deepEqual(problems('Get-SendConnector && Get-ReceiveConnector'), ['&&']);
    assert.deepEqual(problems('Get-SendConnector | $x'), ['$x']);
    const deep = parsePowerShell('('.repeat(5000) + 'Get-Date' + ')'.repeat(5000));
    assert.ok(deep.problems.length > 0, 'too deep to read');
    assert.doesNotThrow(() => parsePowerShell('"$(' + '"$('.repeat(300)));
  });
});

describe('command checker', () => {
  it('accepts the commands the runbooks and fixes are made of', () => {
    const good = [
      'Set-SendConnector -Identity "Legacy Relay" -IgnoreSTARTTLS $false',
      'Set-ReceiveConnector -Identity "EX01\\Client Frontend EX01" -AuthMechanism "Tls, Integrated, BasicAuth, BasicAuthRequireTLS"',
      'Set-ReceiveConnector -Identity "EX01\\Relay" -AuthMechanism Tls,ExternalAuthoritative -RemoteIPRanges "10.0.0.0/24","192.168.1.10"',
      'Set-SendConnector -Identity "Relay via ISP" -SmartHostAuthMechanism BasicAuthRequireTLS -AuthenticationCredential (Get-Credential)',
      'Set-SendConnector -Identity "X" -TlsAuthLevel $null -TlsDomain "<domain>"',
      'Set-SendConnector "Internet" -MaxMessageSize 35MB -ConnectionInactivityTimeOut 00:15:00 -SmartHosts "mx.fabrikam.com","[10.0.0.1]"',
      '$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"\nSet-ReceiveConnector -Identity "EX01\\Default Frontend EX01" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"',
      'Enable-ExchangeCertificate -Server "<srv>" -Thumbprint "<new>" -Services SMTP',
      'Get-ExchangeCertificate -Thumbprint "<old>" | New-ExchangeCertificate',
      "Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('<pfx>')) -Password (Read-Host -AsSecureString)",
      'New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes("C:\\Temp\\edge.xml")) -Site "Default-First-Site-Name"',
      'Start-EdgeSynchronization -TargetServer "EDGE01" -ForceFullSync; Test-EdgeSynchronization -TargetServer "EDGE01" -ExcludeRecipientTest',
      'Test-EdgeSynchronization -VerifyRecipient user@contoso.com',
      'Set-AuthConfig -NewCertificateThumbprint "<t>" -NewCertificateEffectiveDate (Get-Date).AddHours(48)',
      'Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate',
      'Add-ADPermission -Identity "EX01\\Relay" -User "NT AUTHORITY\\ANONYMOUS LOGON" -ExtendedRights "Ms-Exch-SMTP-Accept-Any-Recipient"',
      '(Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint',
      '(Get-AuthConfig).CurrentCertificateThumbprint | Get-ExchangeCertificate | fl Subject,Thumbprint,NotAfter',
      'Get-ReceiveConnector -Server EX01 | Where-Object { $_.AuthMechanism -like "*ExternalAuthoritative*" } | Format-List Name,RemoteIPRanges',
      '$FormatEnumerationLimit = -1; Get-SendConnector | Format-List * | Out-File -FilePath send.txt -Width 4096 -Encoding UTF8',
      'Get-SendConnector | Export-Clixml -Path send.xml -Depth 3 -Encoding UTF8',
      'Set-OutboundConnector -Identity "Outbound to Contoso" -TlsSettings DomainValidation -TlsDomain mail.contoso.com',
      'Set-InboundConnector -Identity "Inbound from Contoso" -RequireTls $true -TlsSenderCertificateName "mail.contoso.com"',
      'Get-SendConnector -Identity X -ErrorAction SilentlyContinue -OutVariable found; $found',
      'foreach ($rc in (Get-ReceiveConnector)) { Get-ADPermission -Identity $rc.Identity }',
    ];
    for (const g of good) assert.deepEqual(checkPowerShell(g), [], g);
  });

  it('finds unknown commands and parameters, with the name meant when it is a typo', () => {
    assert.deepEqual(codes('Set-SendConector -Identity X'), ['unknown-command']);
    const [typo] = checkPowerShell('Set-SendConnector -Identity X -RequireTSL $true');
    assert.equal(typo.code, 'unknown-parameter');
    assert.match(typo.message, /-RequireTLS/);
    assert.deepEqual(codes('Set-SendConnector -Identity X -Tls DomainValidation'), ['ambiguous-parameter']);
    assert.deepEqual(codes('Set-SendConnector -Identity X -IgnoreSTART $false'), ['abbreviated-parameter']);
    assert.deepEqual(codes('Set-SendConnector -Identity X -RequireTLS $true -requiretls $false'), ['duplicate-parameter']);
    assert.deepEqual(codes('w32tm /resync', { nativeCommands: ['w32tm'] }), []);
  });

  it('pairs values with parameters as PowerShell binds them', () => {
    assert.deepEqual(codes('Set-SendConnector -Identity X -RequireTLS'), ['missing-value']);
    assert.deepEqual(codes('Set-SendConnector -Identity X -Force $true'), ['switch-value']);
    assert.deepEqual(codes('Set-SendConnector -Identity X -Force:$true'), []);
    assert.deepEqual(codes('Set-SendConnector X Y'), ['extra-argument']);
    assert.deepEqual(codes('Set-SendConnector "Internet" -RequireTLS $true'), [], 'the identity is positional');
  });

  it('checks parameter sets and required parameters', () => {
    assert.deepEqual(codes('Get-ExchangeCertificate -Identity "EX01\\AB12" -Server EX01'), ['parameter-set']);
    assert.deepEqual(codes('Test-EdgeSynchronization -VerifyRecipient user@contoso.com -ExcludeRecipientTest'), ['parameter-set']);
    assert.deepEqual(codes('Get-ExchangeCertificate "AB12" -Server EX01'), [], 'the positional value is the thumbprint');
    assert.deepEqual(codes('Enable-ExchangeCertificate -Thumbprint "AB12"'), ['missing-required']);
    assert.deepEqual(codes('Set-SendConnector -RequireTLS $true'), ['missing-required']);
    assert.deepEqual(codes('Get-SendConnector | Set-SendConnector -RequireTLS $true'), [], 'the identity comes down the pipeline');
  });

  it('checks the kind of each value', () => {
    const v = (t: string) => codes(t);
    assert.deepEqual(v('Set-SendConnector -Identity X -RequireTLS true'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -RequireTLS "$true"'), [], 'an expanding string is known only at run time');
    assert.deepEqual(v('Set-SendConnector -Identity X -Port 25'), []);
    assert.deepEqual(v('Set-SendConnector -Identity X -Port abc'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -Port 70000'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -ConnectionInactivityTimeOut 600'), ['value'], 'a number would be ticks');
    assert.deepEqual(v('Set-SendConnector -Identity X -ConnectionInactivityTimeOut 1:00'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -TlsAuthLevel Domain'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -TlsAuthLevel DomainValidation,EncryptionOnly'), ['value'], 'one value only');
    assert.deepEqual(v('Set-ReceiveConnector -Identity X -AuthMechanism Tls,Bogus'), ['value']);
    assert.deepEqual(v('Set-ReceiveConnector -Identity X -RemoteIPRanges 10.0.0.0/33'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -AddressSpaces "SMTP:*;1"'), []);
    assert.deepEqual(v('Set-SendConnector -Identity X -SourceIPAddress 10.0.0.300'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -TlsCertificateName "<S>CN=mail.contoso.com"'), []);
    assert.deepEqual(v('Set-SendConnector -Identity X -TlsCertificateName "CN=mail.contoso.com"'), ['value'], 'not <I>issuer<S>subject');
    assert.deepEqual(v('Set-SendConnector -Identity X -AuthenticationCredential "user"'), ['value']);
    assert.deepEqual(v('Import-ExchangeCertificate -FileData "C:\\a.pfx"'), ['value']);
    assert.deepEqual(v('New-ExchangeCertificate -KeySize 3000'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -Comment $true'), ['value']);
    assert.deepEqual(v('Set-SendConnector -Identity X -TlsDomain "<name on the certificate>"'), [], 'a quoted placeholder is not checked');
  });

  it("checks the object's release, and that one release has the whole command", () => {
    assert.deepEqual(codes('Set-InboundConnector -Identity X -RequireTls $true', { releases: ['2019'] }), ['release']);
    assert.deepEqual(codes('Set-SendConnector -Identity X -RequireTLS $true', { releases: ['Online'] }), ['release']);
    assert.deepEqual(codes('Set-ReceiveConnector -Identity X -TlsCertificateName "<I>a<S>b"', { releases: ['2010'] }), ['release']);
    assert.deepEqual(codes('Set-ReceiveConnector -Identity X -TlsCertificateName "<I>a<S>b"', { releases: ['2010', '2013'] }), [], 'the object may be on 2013');
    assert.deepEqual(codes('Set-SendConnector -Identity X -RequireTLS $true', { releases: ['2007'] }), [], 'the reference has nothing on 2007');
    assert.deepEqual(codes('Set-SendConnector -Identity X -LinkedReceiveConnector "a" -TlsCertificateName "<I>a<S>b"'), ['release']);
    assert.deepEqual(codes('Get-SendConnector | Set-InboundConnector -RequireTls $true'), ['release']);
  });

  it('checks the server role when it is known', () => {
    assert.deepEqual(codes('Set-SendConnector -Identity X -RequireTLS $true -DomainController dc01.contoso.com', { role: 'edge' }), ['role']);
    assert.deepEqual(codes('(Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint', { role: 'edge' }), ['role']);
    assert.deepEqual(codes('New-EdgeSubscription -FileName "C:\\Temp\\edge.xml"', { role: 'mailbox' }), ['role']);
    assert.deepEqual(codes('New-EdgeSubscription -FileName "C:\\Temp\\edge.xml"', { role: 'edge' }), []);
  });

  it('finds variables read before they are assigned', () => {
    assert.deepEqual(codes('Set-SendConnector -Identity X -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"'), ['undefined-variable']);
    assert.deepEqual(codes('Set-SendConnector -Identity X -TlsCertificateName $n', { variables: ['n'] }), []);
    assert.deepEqual(codes('$n = "<I>a<S>b"; Set-SendConnector -Identity X -TlsCertificateName $n'), []);
  });

  it('accepts prefixed Exchange Online cmdlets when told the prefix', () => {
    assert.deepEqual(codes('Get-EXOInboundConnector', { prefixes: ['EXO'] }), []);
    assert.deepEqual(codes('Get-EXOInboundConnector'), ['unknown-command']);
  });

  // The timeout only guards against a hang; what is asserted is that hostile text gives problems, not an exception.
  it('answers 100k-character garbage, alone or as an argument, without throwing', { timeout: 60_000 }, () => {
    for (const v of HOSTILE_VALUES) {
      for (const text of [v, `Set-SendConnector -Identity X -TlsDomain ${v}`, `Set-SendConnector -Identity "${v}"`]) {
        const problems = checkPowerShell(text);
        assert.ok(Array.isArray(problems));
        for (const p of problems) assert.ok(p.message.length <= 300, `a long message for ${v.slice(0, 20)}...: ${p.message.slice(0, 80)}`);
      }
    }
  });

  it('takes script blocks where a cmdlet takes them, and a script block given as text is not code', () => {
    assert.deepEqual(codes('Get-ExchangeCertificate | Where-Object { $_.Services -match "SMTP" } | ForEach-Object { $_.Thumbprint }'), []);
    assert.deepEqual(codes('Set-SendConnector -Identity X -Port { 25 }'), ['value']);
    // The ActiveDirectory module's -Filter is a string: `name` inside it is no command, `$x` no variable.
    assert.deepEqual(codes('Get-ADObject -Filter {name -eq $x} -SearchBase "CN=Schema"'), []);
    // Code in a script block is checked.
    assert.deepEqual(codes('Get-SendConnector | ForEach-Object { Set-SendConnector -Identity $_.Identity -RequireTLS 1x }'), ['value']);
  });

  it("knows the script's own functions, its param block, and commands run by reference", () => {
    const script = [
      'param([string]$OutputPath = (Get-Location).Path, [ValidateRange(1, 30)] [int]$LogAge = 2, [switch]$NoZip)',
      'function Invoke-Step { param([string]$Name, [scriptblock]$Action) & $Action }',
      "Invoke-Step -Name 'x' -Action { Get-SendConnector | Out-File -FilePath (Join-Path -Path $OutputPath -ChildPath 'a.txt') }",
      '$protocols = foreach ($v in @(1, 2)) { $v * $LogAge }',
    ].join('\n');
    assert.deepEqual(codes(script), []);
    assert.deepEqual(parsePowerShell(script).functions, ['invoke-step']);
    assert.deepEqual(codes('Invoke-Missing -Name x'), ['unknown-command']);
  });

  it('reports a problem once, at the offending text', () => {
    const text = 'Set-SendConnector -Identity X -TlsDomain <domain on the certificate>';
    const [p] = checkPowerShell(text);
    assert.equal(p.code, 'syntax');
    assert.equal(text.slice(p.start, p.end), '<domain on the certificate>');
  });
});
