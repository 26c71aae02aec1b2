// Writes server/src/service/catalogue/cmdlets.json: the cmdlets this project's fixes, runbooks and collector use,
// with their parameters (type, parameter sets, required, position, pipeline input, aliases), the Exchange releases
// each one exists in, the valid values the reference lists, and what it says about Edge Transport servers.
// Read from Microsoft's cmdlet references: Exchange (MicrosoftDocs/office-docs-powershell,
// `exchange/exchange-ps/ExchangePowerShell/<Cmdlet>.md`) and, for the few Windows PowerShell 5.1 cmdlets fixes and
// runbooks wrap Exchange commands in (Get-Credential, Read-Host, Where-Object...), MicrosoftDocs/PowerShell-Docs
// (`reference/5.1/<Module>/<Cmdlet>.md`). Only facts are kept (names, types, applicability, value names), never prose.
//
//   node --import tsx scripts/cmdlets.ts <office-docs-powershell mirror> <PowerShell-Docs mirror> <windows-powershell-docs mirror>
//
// Run by hand when the lists below or the references change; the JSON records the commits it was read at.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXCHANGE = { repository: 'MicrosoftDocs/office-docs-powershell', folder: 'exchange/exchange-ps/ExchangePowerShell' };
const POWERSHELL = { repository: 'MicrosoftDocs/PowerShell-Docs', folder: 'reference/5.1' };
const WINDOWS = { repository: 'MicrosoftDocs/windows-powershell-docs', folder: 'docset/winserver2019-ps' };
const OUT = join(__dirname, '..', 'server', 'src', 'service', 'catalogue', 'cmdlets.json');

/**
 * The cmdlets kept: those rule fixes, the runbooks and the collector use (../shared/domain/collector-and-runbooks.md
 * A2 and B1-B6), with their Get/Set/New/Remove siblings where a fix may need them. Keep the file small: add a cmdlet
 * when something of ours calls it.
 */
const EXCHANGE_CMDLETS = [
  // Connectors
  ...['Get', 'Set', 'New', 'Remove'].flatMap((v) => ['SendConnector', 'ReceiveConnector', 'InboundConnector', 'OutboundConnector'].map((n) => `${v}-${n}`)),
  // Certificates
  ...['Get', 'New', 'Enable', 'Import', 'Export', 'Remove'].map((v) => `${v}-ExchangeCertificate`),
  // Edge subscriptions and EdgeSync
  'New-EdgeSubscription',
  'Get-EdgeSubscription',
  'Remove-EdgeSubscription',
  'Start-EdgeSynchronization',
  'Test-EdgeSynchronization',
  'Get-EdgeSyncServiceConfig',
  'Set-EdgeSyncServiceConfig',
  'New-EdgeSyncServiceConfig',
  // OAuth and hybrid
  'Get-AuthConfig',
  'Set-AuthConfig',
  'Get-AuthServer',
  'Get-PartnerApplication',
  'Get-HybridConfiguration',
  'Set-HybridConfiguration',
  'Connect-ExchangeOnline',
  // Relay permissions
  'Get-ADPermission',
  'Add-ADPermission',
  'Remove-ADPermission',
  // Servers and transport services
  'Get-ExchangeServer',
  'Get-MailboxServer',
  'Get-TransportService',
  'Set-TransportService',
  'Get-TransportServer',
  'Set-TransportServer',
  'Get-FrontendTransportService',
  'Set-FrontendTransportService',
  'Get-MailboxTransportService',
  'Set-MailboxTransportService',
  'Get-TransportConfig',
  'Set-TransportConfig',
  'Test-ServiceHealth',
  'Get-EventLogLevel',
  'Get-SettingOverride',
  // Organisation and domains
  'Get-OrganizationConfig',
  'Get-AcceptedDomain',
  'Set-AcceptedDomain',
  'Get-RemoteDomain',
  'Set-RemoteDomain',
  // Queues and tracking
  'Get-Queue',
  'Retry-Queue',
  'Resume-Queue',
  'Suspend-Queue',
  'Get-Message',
  'Get-MessageTrackingLog',
];

/**
 * Cmdlets that do not run on Edge Transport servers, which the references do not say: the Mailbox-only rows of
 * ../shared/domain/collector-and-runbooks.md A2 (EdgeSync is driven from the Mailbox servers; hybrid and OAuth are
 * not on Edge, B6), read from CSS-Exchange's collectors.
 */
const MAILBOX_ONLY = [
  'Get-EdgeSyncServiceConfig',
  'Set-EdgeSyncServiceConfig',
  'New-EdgeSyncServiceConfig',
  'Test-EdgeSynchronization',
  'Start-EdgeSynchronization',
  'Get-FrontendTransportService',
  'Set-FrontendTransportService',
  'Get-MailboxTransportService',
  'Set-MailboxTransportService',
  'Get-MailboxServer',
  'Get-HybridConfiguration',
  'Set-HybridConfiguration',
  'Get-AuthConfig',
  'Set-AuthConfig',
];

/** Windows PowerShell 5.1 cmdlets (the Exchange Management Shell's host) that fixes and runbooks use, by module. */
const POWERSHELL_CMDLETS: Record<string, string[]> = {
  'Microsoft.PowerShell.Core': ['Where-Object', 'ForEach-Object', 'Invoke-Command', 'New-PSSession', 'Import-Module', 'Get-Command', 'Out-Null'],
  'Microsoft.PowerShell.Security': ['Get-Credential'],
  'Microsoft.PowerShell.Utility': [
    'Read-Host',
    'Get-Date',
    'Select-Object',
    'Sort-Object',
    'Format-List',
    'Format-Table',
    'Out-File',
    'Export-Clixml',
    'Import-Clixml',
    'ConvertTo-Json',
    'Export-Csv',
    'Write-Host',
    'Write-Output',
    'Write-Warning',
    'Import-PSSession',
    'New-Object',
    'Add-Type',
    'Get-Culture',
    'Get-FileHash',
    'Out-String',
  ],
  'Microsoft.PowerShell.Management': [
    'Get-Content',
    'Test-Path',
    'Get-ChildItem',
    'Remove-Item',
    'Get-ItemProperty',
    'Get-Service',
    'Restart-Service',
    'Get-EventLog',
    'Get-Item',
    'New-Item',
    'Set-Content',
    'Copy-Item',
    'Join-Path',
    'Split-Path',
    'Get-Location',
  ],
  'Microsoft.PowerShell.Diagnostics': ['Get-WinEvent'],
  'Microsoft.PowerShell.Host': ['Start-Transcript'],
  'Microsoft.PowerShell.Archive': ['Compress-Archive'],
};

/**
 * Windows Server modules (MicrosoftDocs/windows-powershell-docs, the Windows Server 2019 reference: Exchange 2016 to
 * SE run there or later) that rule pages and runbooks call: the AD LDS schema change of KB 4052493 (ActiveDirectory),
 * the EdgeSync port (NetSecurity, NetTCPIP), the collector's cipher suites (TLS, Windows Server 2016 and later) and
 * the OWA/ECP application pools the OAuth runbook recycles (WebAdministration).
 */
const WINDOWS_CMDLETS: Record<string, string[]> = {
  ActiveDirectory: ['Get-ADObject', 'Set-ADObject', 'Get-ADRootDSE'],
  NetSecurity: ['New-NetFirewallRule'],
  NetTCPIP: ['Test-NetConnection'],
  TLS: ['Get-TlsCipherSuite'],
  WebAdministration: ['Restart-WebAppPool'],
};

/** The releases the catalogue knows, by the names the reference's "Applicable:" lines use. */
const RELEASES: Record<string, string> = {
  'exchange server 2010': '2010',
  'exchange server 2013': '2013',
  'exchange server 2016': '2016',
  'exchange server 2019': '2019',
  'exchange server se': 'SE',
  'exchange online': 'Online',
};
const RELEASE_ORDER = ['2010', '2013', '2016', '2019', 'SE', 'Online'];

/** What the reference says about Edge Transport servers, per cmdlet and per parameter. */
const EDGE_ONLY = [
  /available or effective only on Edge Transport servers/i,
  /functional only on Edge Transport servers/i,
  /only use this parameter when you're running this command on an Edge Transport server/i,
];
const NOT_ON_EDGE = [/parameter isn't supported on Edge Transport servers/i, /can't use this parameter on (?:an )?Edge Transport servers?/i];
const RUNS_ON_EDGE = [
  /On Edge Transport servers, you need to be a member of the local Administrators group to run this cmdlet/i,
  /on Mailbox servers and Edge Transport servers/i,
];

interface ParameterOut {
  type: string;
  /** Only when they differ from the cmdlet's. */
  releases?: string[];
  /** Only when the cmdlet has several sets and this parameter is not in all of them. */
  sets?: string[];
  /** True when required in every set it is in; else the sets it is required in. */
  required?: true | string[];
  position?: number;
  pipeline?: true;
  aliases?: string[];
  /** The valid values the reference lists. */
  values?: string[];
  /** The reference says several values may be given (a flags enum). */
  multiple?: true;
  /** false: not supported on Edge Transport servers; 'only': only there. */
  edge?: false | 'only';
}

interface CmdletOut {
  /** Exchange cmdlets only; a PowerShell cmdlet exists wherever the shell runs. */
  releases?: string[];
  sets?: string[];
  defaultSet?: string;
  /** true: the reference says it runs on Edge Transport servers; 'only': only there; false: not there (MAILBOX_ONLY). */
  edge?: boolean | 'only';
  /** Built-in aliases the reference lists (`fl` for Format-List). */
  aliases?: string[];
  parameters: Record<string, ParameterOut>;
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function releasesOf(line: string): string[] {
  const out = new Set<string>();
  for (const part of line.split(',')) {
    const r =
      RELEASES[
        part
          .trim()
          .toLowerCase()
          .replace(/^(?:applicable:\s*)+/, '')
      ];
    if (r) out.add(r);
  }
  return RELEASE_ORDER.filter((r) => out.has(r));
}

/** `System.Management.Automation.SwitchParameter` → `SwitchParameter` (the Exchange reference writes short names). */
function shortType(type: string): string {
  return type.replace(/\b(?:\w+\.)+(\w+)/g, '$1');
}

/** `Path (Default) - FileSystem provider` → `Path`: PowerShell-Docs marks the default set and repeats a set per provider. */
function setName(heading: string): string {
  return heading
    .replace(/\s+-\s+.*providers?$/i, '')
    .replace(/\s*\(Default\)$/i, '')
    .trim();
}

/** `## NAME` sections of a page, by name. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of text.split(/^## /m).slice(1)) {
    const nl = p.indexOf('\n');
    out.set(p.slice(0, nl).trim().toUpperCase(), p.slice(nl + 1));
  }
  return out;
}

/** The prose of a section without its code blocks. */
function prose(text: string): string {
  return text.replace(/```[\s\S]*?```/g, '');
}

const VALUES_INTRO = /\b(?:valid|possible|supported|acceptable) values (?:are|for this parameter are)(?: as follows| the following)?:\s*$/i;
const VALUES_INLINE =
  /\b(?:valid|possible|supported|acceptable) values (?:are|for this parameter are):? ((?:`?[\w$.]+`?, )+(?:and |or )?`?[\w$.]+`?)\.(?:\s|$)/i;

/**
 * Valid values listed in a parameter's description: a "Valid values are:" line followed by `- Value` / `- Value: ...`
 * bullets, or an inline "Valid values are A, B, and C." Lists whose bullets are not single names are not taken.
 */
function validValues(description: string): string[] | undefined {
  const lines = description.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (VALUES_INTRO.test(lines[i])) {
      const items: string[] = [];
      for (let j = i + 1; j < lines.length; j++) {
        const line = lines[j];
        if (line.trim() === '' || /^\s/.test(line)) continue; // blank, continuation or nested bullet
        if (!/^[-*] /.test(line)) break;
        // `- Name`, `- Name: ...`, `- Name (...)`; a CamelCase name may be followed by its explanation directly.
        const m = /^[-*] (?:`|\*\*)?(\$?[A-Za-z0-9][\w.]*)(?:`|\*\*)?(?::|\s*$|\s+\()/.exec(line) ?? /^[-*] ([A-Z][a-z]+[A-Z]\w*) [A-Z]/.exec(line);
        if (!m) return undefined;
        items.push(m[1]);
      }
      if (items.length > 0) return unique(items);
    }
    const inline = VALUES_INLINE.exec(lines[i]);
    if (inline) {
      const items = inline[1].split(/,\s*(?:and |or )?/).map((s) => s.replace(/`/g, '').trim());
      if (items.every((s) => /^\$?[A-Za-z0-9][\w.]*$/.test(s))) return unique(items);
    }
  }
  return undefined;
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((s) => (seen.has(s.toLowerCase()) ? false : (seen.add(s.toLowerCase()), true)));
}

function yamlFields(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line.trim());
    if (m) out.set(m[1].toLowerCase(), m[2].trim());
  }
  return out;
}

const warnings: string[] = [];

function parsePage(name: string, text: string, exchange: boolean): CmdletOut {
  text = text.replace(/\r\n/g, '\n');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const releases = exchange ? releasesOf(/^applicable:(.*)$/m.exec(front)?.[1] ?? '') : undefined;
  if (exchange && releases!.length === 0) warnings.push(`${name}: no Exchange release in its front matter`);
  const secs = sections(text);

  // Parameter sets: the `### Name` headings of the syntax section (none when there is a single set).
  const headings = [...(secs.get('SYNTAX') ?? '').matchAll(/^### (.+)$/gm)].map((m) => m[1]);
  const sets = [...new Set(headings.map(setName))];
  const defaultSet = headings.find((h) => /\(Default\)/i.test(h));

  const about = prose((secs.get('SYNOPSIS') ?? '') + (secs.get('DESCRIPTION') ?? ''));
  const cmdlet: CmdletOut = { ...(releases ? { releases } : {}), parameters: {} };
  if (sets.length > 1) cmdlet.sets = sets;
  if (defaultSet && sets.length > 1) cmdlet.defaultSet = setName(defaultSet);
  if (exchange && EDGE_ONLY.some((re) => re.test(about))) cmdlet.edge = 'only';
  else if (exchange && RUNS_ON_EDGE.some((re) => re.test(about))) cmdlet.edge = true;

  // "Windows PowerShell includes the following aliases for `Format-List`:" and a list of `fl`...
  const notes = secs.get('NOTES') ?? '';
  const aliasList = /following aliases for `[^`]+`:\s*\n((?:\s*- `[^`]+`\s*\n)+)/.exec(notes)?.[1];
  if (aliasList) cmdlet.aliases = [...aliasList.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  cmdlet.parameters = parameters(name, secs.get('PARAMETERS') ?? '', releases, sets);
  return cmdlet;
}

/** The `### -Name` sections of a PARAMETERS section (or of the common parameters page). */
function parameters(name: string, section: string, releases: string[] | undefined, sets: string[]): Record<string, ParameterOut> {
  const exchange = releases !== undefined;
  const out: Record<string, ParameterOut> = {};
  for (const part of section.split(/^### /m).slice(1)) {
    const nl = part.indexOf('\n');
    const heading = part.slice(0, nl).trim();
    if (!heading.startsWith('-')) continue; // CommonParameters
    const pname = heading.slice(1);
    const body = part.slice(nl + 1);
    const blocks = [...body.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => yamlFields(m[1]));
    if (blocks.length === 0) {
      warnings.push(`${name} -${pname}: no yaml block`);
      continue;
    }
    const type = shortType(blocks[0].get('type') ?? '');
    const p: ParameterOut = { type };
    if (releases) {
      const line = /^> Applicable:(.*)$/m.exec(body)?.[1];
      const own = line !== undefined ? releasesOf(line) : releases;
      if (own.join() !== releases.join()) p.releases = own;
    }

    const psets = new Set<string>();
    const requiredIn = new Set<string>();
    let inAll = false;
    let alwaysRequired = true;
    for (const b of blocks) {
      if (shortType(b.get('type') ?? '') !== type) warnings.push(`${name} -${pname}: types differ between blocks`);
      const names = (b.get('parameter sets') ?? '(All)')
        .split(',')
        .map(setName)
        .filter((s) => s.length > 0);
      const required = /^true$/i.test(b.get('required') ?? '');
      for (const s of names) {
        if (s === '(All)') inAll = true;
        else psets.add(s);
        if (required) requiredIn.add(s);
      }
      if (!required) alwaysRequired = false;
      const pos = b.get('position') ?? 'Named';
      if (/^\d+$/.test(pos)) {
        const n = Number(pos);
        if (p.position !== undefined && p.position !== n) warnings.push(`${name} -${pname}: positions differ between sets`);
        p.position ??= n;
      }
      if (/^true/i.test(b.get('accept pipeline input') ?? '')) p.pipeline = true;
      const aliases = (b.get('aliases') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      if (aliases.length) p.aliases = aliases;
    }
    if (!inAll && sets.length > 1 && psets.size > 0 && psets.size < sets.length) p.sets = [...psets];
    for (const s of psets) if (sets.length > 1 && !sets.includes(s)) warnings.push(`${name} -${pname}: set ${s} is not in the syntax`);
    if (requiredIn.size > 0) p.required = alwaysRequired ? true : [...requiredIn];

    const description = prose(body).replace(/^> Applicable:.*$/m, '');
    if (type !== 'Boolean' && type !== 'SwitchParameter') {
      const accepted = blocks[0].get('accepted values');
      const values = accepted ? unique(accepted.split(',').map((v) => v.trim())) : validValues(description);
      if (values) p.values = values;
    }
    if (/\bmultiple values\b|flag-based enumeration/i.test(description) && !/\[\]$|MultiValuedProperty/.test(type)) p.multiple = true;
    if (exchange && EDGE_ONLY.some((re) => re.test(description))) p.edge = 'only';
    else if (exchange && NOT_ON_EDGE.some((re) => re.test(description))) p.edge = false;
    out[pname] = p;
  }
  return out;
}

/**
 * The common parameters every cmdlet has, from about_CommonParameters ("## Common parameters"; the risk mitigation
 * ones, WhatIf and Confirm, are on each cmdlet's own page when it has them). Those the page says came with
 * PowerShell 7 are left out: the Exchange Management Shell is Windows PowerShell 5.1.
 */
function commonParameters(dir: string, commit: string): Record<string, ParameterOut> {
  const text = git(dir, ['show', `${commit}:${POWERSHELL.folder}/Microsoft.PowerShell.Core/About/about_CommonParameters.md`]).replace(/\r\n/g, '\n');
  const section = sections(text).get('COMMON PARAMETERS') ?? '';
  const all = parameters('common', section, undefined, []);
  for (const part of section.split(/^### -/m).slice(1)) {
    const name = part.slice(0, part.indexOf('\n')).trim();
    if (/added in\s+PowerShell\s+[67]/i.test(prose(part))) delete all[name];
  }
  if (Object.keys(all).length < 10) throw new Error(`about_CommonParameters: only ${Object.keys(all).length} common parameters found`);
  return all;
}

function read(dir: string, paths: Map<string, string>, exchange: boolean): { commit: string; cmdlets: Record<string, CmdletOut> } {
  const commit = git(dir, ['rev-parse', 'HEAD^{commit}']).trim();
  const cmdlets: Record<string, CmdletOut> = {};
  for (const [name, path] of [...paths].sort(([a], [b]) => a.localeCompare(b)))
    cmdlets[name] = parsePage(name, git(dir, ['show', `${commit}:${path}`]), exchange);
  return { commit, cmdlets };
}

/** One cmdlet per line: small, and a change to a reference shows as a diff of the cmdlets it touched. */
function section(source: object, cmdlets: Record<string, CmdletOut>): string {
  const lines = Object.entries(cmdlets).map(([name, c]) => `${JSON.stringify(name)}:${JSON.stringify(c)}`);
  return `{"source":${JSON.stringify(source)},"cmdlets":{\n${lines.join(',\n')}\n}}`;
}

function main(): void {
  const [exchangeDir, powershellDir, windowsDir] = process.argv.slice(2);
  if (!exchangeDir || !powershellDir || !windowsDir) {
    console.error(
      'usage: node --import tsx scripts/cmdlets.ts <office-docs-powershell clone or mirror> <PowerShell-Docs clone or mirror> <windows-powershell-docs clone or mirror>',
    );
    process.exit(2);
  }
  const ex = read(exchangeDir, new Map([...new Set(EXCHANGE_CMDLETS)].map((n) => [n, `${EXCHANGE.folder}/${n}.md`])), true);
  for (const name of MAILBOX_ONLY) {
    const c = ex.cmdlets[name];
    if (!c) throw new Error(`${name} is in MAILBOX_ONLY but not in EXCHANGE_CMDLETS`);
    if (c.edge) throw new Error(`${name}: the reference says it runs on Edge Transport servers`);
    c.edge = false;
  }
  const ps = read(
    powershellDir,
    new Map(Object.entries(POWERSHELL_CMDLETS).flatMap(([module, names]) => names.map((n): [string, string] => [n, `${POWERSHELL.folder}/${module}/${n}.md`]))),
    false,
  );
  const win = read(
    windowsDir,
    new Map(Object.entries(WINDOWS_CMDLETS).flatMap(([module, names]) => names.map((n): [string, string] => [n, `${WINDOWS.folder}/${module}/${n}.md`]))),
    false,
  );
  const common = commonParameters(powershellDir, ps.commit);
  const json =
    `{"exchange":${section({ ...EXCHANGE, commit: ex.commit }, ex.cmdlets)},\n` +
    `"powershell":${section({ ...POWERSHELL, commit: ps.commit }, ps.cmdlets)},\n` +
    `"windows":${section({ ...WINDOWS, commit: win.commit }, win.cmdlets)},\n` +
    `"common":${JSON.stringify(common)}}\n`;
  JSON.parse(json);
  writeFileSync(OUT, json);
  for (const w of warnings) console.warn(`warning: ${w}`);
  const count = (c: Record<string, CmdletOut>) => Object.values(c).reduce((n, x) => n + Object.keys(x.parameters).length, 0);
  console.log(
    `Exchange: ${Object.keys(ex.cmdlets).length} cmdlets, ${count(ex.cmdlets)} parameters (${ex.commit}); ` +
      `PowerShell: ${Object.keys(ps.cmdlets).length} cmdlets, ${count(ps.cmdlets)} parameters (${ps.commit}); ` +
      `Windows: ${Object.keys(win.cmdlets).length} cmdlets, ${count(win.cmdlets)} parameters (${win.commit}); ${json.length} bytes`,
  );
}

main();
