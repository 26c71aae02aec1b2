// Every fix command the engine offers is a command Exchange would run: a real cmdlet, real parameters for the
// object's release (and server role, when known), values of the right kind, and it parses. The commands are collected
// from what the engine produces, never listed here, so the test follows the rules as they change:
//  - the fixtures, the examples and the shared corpus (when present: CI has no ../shared), linted as projects;
//  - the rule pages' examples (docs/rules/*.md, the blocks before "Corrected");
//  - the preferred and alternative fixes the RuleTester files annotate (test/rules/*.test.ts), which those tests
//    check against the engine;
//  - generated Format-List dumps: every settable or security-relevant property of each object kind set, one and two
//    at a time, to each kind of value its type allows; and EdgeSubscription files with each element changed.
// Each command goes through the PowerShell checker (server/src/service/powershell/check.ts) with the object's release
// when the dump says which one it is. Fixes that fail today are listed in KNOWN_FAILURES (they belong to the rules'
// owners); a new failure fails the test with the rule id, the command and the reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import {
  checkPowerShell,
  createLanguageService,
  decodeBytes,
  CANDIDATE_EXTENSIONS,
  RULES,
  type CommandProblem,
  type CommandProblemCode,
  type Diagnostic,
  type TextInput,
} from '../../server/src/service';
import { enumDef, kindDef } from '../../server/src/service/catalogue';
import type { ExchangeRelease, ObjectKind, PropertyDef, ValueType } from '../../server/src/service/catalogue/types';
import { isObjectsFile } from '../../server/src/service/document';
import { parseAnnotations } from '../helpers/ruleTester';
import {
  certificate,
  inboundConnector,
  outboundConnector,
  receiveConnector,
  receiveConnector2010,
  renderDump,
  sendConnector,
  sendConnector2007,
  smartHostConnector,
  valueText,
  withProps,
  type Props,
  type Value,
} from '../helpers/dumps';
import { defaultSpec, subscriptionXml, blobFor, ticks, type SubscriptionSpec } from '../helpers/subscription';

const ROOT = join(__dirname, '..', '..');
// ../shared next to the checkout, as the other corpus tests find it (absent in CI and in a worktree: skipped).
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const NOW = new Date('2024-06-01T00:00:00Z');

/** Rules that offered a fix on some input here, with a command or only with edits to the file. */
const OFFERED = new Set<string>();

/** A fix command, where it came from, and what is known of the object it fixes. */
interface Collected {
  rule: string;
  command: string;
  where: string;
  releases?: readonly ExchangeRelease[];
  role?: 'edge' | 'mailbox';
}

/**
 * Fixes that fail the checker today: real bugs, reported to the rules' owners. Matched by rule, problem and a piece
 * of the command, so that a new failure in the same rule still fails the test. Remove an entry when the rule is
 * fixed; an entry no longer seen is only noted, so that a fix landing on another branch does not break this one.
 */
const KNOWN_FAILURES: readonly Known[] = [
  // Unquoted placeholders: PowerShell refuses `<` in an argument ("The '<' operator is reserved for future use").
  // "<I>$($c.Issuer)<S>$($c.Subject)" reads $c, which the fix never assigns (Get-ExchangeCertificate is not part of it).
  // Cmdlets outside the two references (ActiveDirectory module; New-Object, Get-Item, Import-Module), and script
  // blocks as arguments, which the reader does not take yet.
  { rule: 'smtp-certificate-local-root', code: 'unknown-command', in: 'New-Object' },
  { rule: 'smtp-certificate-local-root', code: 'value', in: 'ForEach-Object {' },
  { rule: 'tls-certificate-name-too-long', code: 'unknown-command', in: 'Import-Module ActiveDirectory' },
  // Test-NetConnection (NetTCPIP module) is outside the Exchange reference.
  { rule: 'queue-connection-error', code: 'unknown-command', in: 'Test-NetConnection' },
];

/**
 * The rule pages' "How to fix" blocks that fail today (docs/rules/*.md), by page. Native programs the pages run
 * (w32tm, npx) are accepted as such.
 */
const KNOWN_DOC_FAILURES: readonly Known[] = [
  // A Windows NetSecurity cmdlet: not in the catalogue, which holds Exchange and core PowerShell cmdlets only.
  { rule: 'subscription-nonstandard-port', code: 'unknown-command', in: 'New-NetFirewallRule' },
  // Cmdlets outside the two references and script-block arguments (see KNOWN_FAILURES).
  { rule: 'smtp-certificate-local-root', code: 'unknown-command', in: 'New-Object' },
  { rule: 'smtp-certificate-local-root', code: 'value', in: 'ForEach-Object {' },
  { rule: 'tls-certificate-name-too-long', code: 'unknown-command', in: 'Import-Module' },
  { rule: 'queue-connection-error', code: 'unknown-command', in: 'Test-NetConnection' },
];

const NATIVE_COMMANDS = ['w32tm', 'npx'];

interface Known {
  rule: string;
  code: CommandProblemCode;
  /** A piece of the failing command. */
  in: string;
}

/** Checks each distinct command; the problems not excused by `known`. */
function check(items: readonly Collected[], known: readonly Known[]): { failures: string[]; excused: Set<number>; checked: Map<string, number> } {
  const failures: { c: Collected; p: CommandProblem }[] = [];
  const excused = new Set<number>();
  const checked = new Map<string, number>();
  const seen = new Set<string>();
  for (const c of items) {
    const key = `${c.rule}\n${c.command}\n${c.releases?.join() ?? ''}\n${c.role ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    checked.set(c.rule, (checked.get(c.rule) ?? 0) + 1);
    const options = { nativeCommands: NATIVE_COMMANDS, ...(c.releases ? { releases: c.releases } : {}), ...(c.role ? { role: c.role } : {}) };
    for (const p of checkPowerShell(c.command, options)) {
      const k = known.findIndex((x) => x.rule === c.rule && x.code === p.code && c.command.includes(x.in));
      if (k >= 0) excused.add(k);
      else failures.push({ c, p });
    }
  }
  return { failures: failureReport(failures), excused, checked };
}

/** One entry per rule and problem: the first command that shows it, where it came from, and how many others do. */
function failureReport(failures: readonly { c: Collected; p: CommandProblem }[]): string[] {
  const groups = new Map<string, { c: Collected; p: CommandProblem; count: number }>();
  for (const f of failures) {
    const key = `${f.c.rule}\n${f.p.code}\n${f.p.message}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { ...f, count: 1 });
  }
  return [...groups.values()].map(({ c, p, count }) => {
    const on = c.releases ? ` (object on ${c.releases.join('/')}${c.role ? `, ${c.role}` : ''})` : '';
    const more = count > 1 ? ` (and ${count - 1} more command${count > 2 ? 's' : ''})` : '';
    return `${c.rule}: ${p.code}: ${p.message}\n    ${c.command}\n    from ${c.where}${on}${more}`;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Collecting from linted files

interface Input extends TextInput {
  /** The release the file's name says its objects are on. */
  release?: ExchangeRelease;
  role?: 'edge' | 'mailbox';
}

/** Lints files together (each file's findings and the cross-file ones) and collects the fix commands. */
function collectFromProject(files: readonly Input[], where: (uri: string) => string, now = NOW): Collected[] {
  const out: Collected[] = [];
  const settings = { now };
  // A service of its own, and a version on each file: each file is parsed once for the three calls below.
  const service = createLanguageService();
  const inputs = files.map((f) => ({ ...f, version: 1 }));
  const project = service.checkProject(inputs, settings);
  for (const input of inputs) {
    const diagnostics = service.validate(input, settings, undefined, project.get(input.uri));
    const file = service.analyze(input, settings);
    for (const d of diagnostics) {
      for (const f of d.fixes ?? []) {
        OFFERED.add(d.code);
        if (!f.command) continue;
        const kind = isObjectsFile(file) ? file.objects.find((o) => contains(o.range, d))?.kind : undefined;
        out.push({ rule: d.code, command: f.command, where: where(input.uri), ...objectContext(kind, input) });
      }
    }
  }
  return out;
}

function contains(r: { start: { line: number; character: number }; end: { line: number; character: number } }, d: Diagnostic): boolean {
  const p = d.range.start;
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

/** The releases an object may be on: the file's (when its name says), within its kind's. */
function objectContext(kind: ObjectKind | undefined, input: Input): Pick<Collected, 'releases' | 'role'> {
  if (!kind) return {};
  const kindReleases = kindDef(kind).releases;
  const releases = input.release && kindReleases.includes(input.release) ? [input.release] : kindReleases;
  return { releases, ...(input.role ? { role: input.role } : {}) };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (CANDIDATE_EXTENSIONS.includes(extname(name).toLowerCase()) && !/schema/i.test(name)) out.push(p);
  }
  return out;
}

/** Exchange release and role from a fixture name such as exchange2019-edge-get-sendconnector-fl.txt. */
function fromName(path: string): Pick<Input, 'release' | 'role'> {
  const name = path.toLowerCase();
  const year = /exchange(2007|2010|2013|2016|2019)/.exec(name)?.[1] as ExchangeRelease | undefined;
  const release = year ?? (name.includes('exchange-online') ? 'Online' : undefined);
  const role = /(^|[-\\/])edge/.test(name) ? ('edge' as const) : undefined;
  return { ...(release ? { release } : {}), ...(role ? { role } : {}) };
}

function collectFromFolder(dir: string): Collected[] {
  if (!existsSync(dir)) return [];
  const inputs: Input[] = filesUnder(dir).map((p) => ({ uri: p, text: decodeBytes(readFileSync(p)).text, ...fromName(relative(dir, p)) }));
  return collectFromProject(inputs, (uri) => relative(ROOT, uri));
}

// ---------------------------------------------------------------------------------------------------------------
// Collecting from the rule pages' examples

const FENCE_EXTENSION: Record<string, string> = { text: '.txt', xml: '.xml', json: '.json', powershell: '.ps1' };

/** The example files of a rule page: the fenced blocks of its "Example" section before "Corrected", by name. */
function docExamples(page: string): Record<string, string> {
  const section = /^## Example\s*\n([\s\S]*?)(?=^## )/m.exec(page)?.[1] ?? '';
  const before = section.split(/^Corrected\b/m)[0];
  const files: Record<string, string> = {};
  const re = /(?:`([^`\n]+\.\w+)`:?\s*\n)?```(\w+)\n([\s\S]*?)```/g;
  let n = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const ext = FENCE_EXTENSION[m[2]];
    if (!ext) continue;
    files[m[1] ?? `example${n++}${ext}`] = m[3];
  }
  return files;
}

function collectFromDocs(): Collected[] {
  const dir = join(ROOT, 'docs', 'rules');
  const out: Collected[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    const files = docExamples(readFileSync(join(dir, name), 'utf8'));
    const inputs = Object.entries(files).map(([uri, text]) => ({ uri, text }));
    if (inputs.length) out.push(...collectFromProject(inputs, (uri) => `docs/rules/${name} (${uri})`));
  }
  return out;
}

/** The PowerShell blocks of each rule page's "How to fix" section: commands the page tells admins to run. */
function docFixBlocks(): Collected[] {
  const dir = join(ROOT, 'docs', 'rules');
  const out: Collected[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    const section = /^## How to fix\s*\n([\s\S]*?)(?=^## )/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
    for (const m of section.matchAll(/```powershell\n([\s\S]*?)```/g))
      out.push({ rule: name.replace(/\.md$/, ''), command: m[1], where: `docs/rules/${name}, How to fix` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Collecting from the RuleTester annotations

/** Template-literal escapes, as the annotation sits in the test's source. */
function unescapeTemplate(s: string): string {
  return s.replace(/\\([\\`$])/g, '$1');
}

function collectFromRuleTests(): Collected[] {
  const dir = join(ROOT, 'test', 'rules');
  const out: Collected[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.test.ts'))) {
    const { expected } = parseAnnotations(name, readFileSync(join(dir, name), 'utf8'));
    for (const e of expected) {
      for (const cmd of [...(e.fix !== undefined ? [e.fix] : []), ...(e.fixes ?? [])]) {
        // An annotation built with ${...} is not the command as the engine wrote it.
        if (!cmd.includes('${')) out.push({ rule: e.code, command: unescapeTemplate(cmd), where: `test/rules/${name}` });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Generated dumps: each settable or security-relevant property of each kind, set to each kind of value its type
// allows, alone and in pairs.

/** Extra sample values for some properties, where the type alone does not reach what rules look at. */
const SAMPLES: Record<string, readonly Value[]> = {
  subject: ['CN=Microsoft Exchange Server Auth Certificate', 'CN=EDGE01', 'CN=mail.contoso.com'],
  issuer: ['CN=Microsoft Exchange Server Auth Certificate', 'CN=Contoso Issuing CA'],
  name: ['EdgeSync - Default-First-Site-Name to Internet', 'Outbound to Office 365', 'Default Frontend EX01', 'Client Frontend EX01'],
  signaturealgorithm: ['sha1RSA', 'md5RSA', 'sha256RSA'],
  smarthosts: [{ items: ['mail.protection.outlook.com'] }, { items: ['contoso-com.mail.protection.outlook.com'] }],
  tlsdomain: ['mail.protection.outlook.com', 'mx.fabrikam.com'],
  addressspaces: [{ items: ['SMTP:*.mail.onmicrosoft.com;1'] }],
};

const LIST_ITEMS: Record<string, readonly string[][]> = {
  'address-space': [[], ['SMTP:*;1'], ['SMTP:contoso.com;1', 'SMTP:fabrikam.com;1']],
  'smart-host': [[], ['mx.fabrikam.com'], ['[10.0.0.1]']],
  'ip-binding': [['0.0.0.0:25'], ['[::]:587', '0.0.0.0:587']],
  'ip-range': [[], ['0.0.0.0-255.255.255.255'], ['10.0.0.0/8'], ['192.168.1.10']],
  cidr: [[], ['203.0.113.0/24'], ['203.0.113.0/16']],
  'tls-domain-capability': [[], ['mail.protection.outlook.com:AcceptCloudServicesMail'], ['contoso.com:AcceptOorgProtocol']],
  'smtp-domain': [[], ['contoso.com'], ['*']],
  fqdn: [[], ['EX01'], ['EDGE01', 'EX02']],
  'ip-address': [[], ['10.0.0.1']],
  string: [[], ['x']],
  identity: [[], ['EX01']],
  'enum-member': [[]],
};

function list(items: readonly string[]): Value {
  return { items };
}

/** Values of each kind a property's type allows: every member of an enum, flag combinations, lists, bounds. */
function alternatives(p: PropertyDef, base: Value | undefined): Value[] {
  const t: ValueType = p.type;
  const extra = SAMPLES[p.name.toLowerCase()] ?? [];
  switch (t.kind) {
    case 'bool':
      return ['True', 'False'];
    case 'enum': {
      const e = enumDef(t.enum);
      return [null, ...(e?.members.map((m) => m.name) ?? []), ...extra];
    }
    case 'flags': {
      // Each member alone, all of them, and the base value with each member added or taken away.
      const names = enumDef(t.enum)?.members.map((m) => m.name) ?? [];
      const current =
        base === undefined
          ? []
          : valueText(base)
              .split(',')
              .map((x) => x.trim())
              .filter((x) => x.length > 0);
      const out: Value[] = [...names, names.filter((n) => n !== 'None').join(', ')];
      for (const n of names) {
        if (n === 'None') continue;
        const next = current.includes(n) ? current.filter((x) => x !== n) : [...current, n];
        out.push(next.length ? next.join(', ') : 'None');
      }
      return out;
    }
    case 'list':
      return [...(LIST_ITEMS[t.item] ?? [[]]).map(list), ...extra];
    case 'int':
      return [...new Set([t.min ?? 0, 1, 25, t.max ?? 1000].map(String)), ...(t.unlimited ? ['Unlimited'] : []), ...extra];
    case 'byte-size':
      return ['10 MB (10,485,760 bytes)', ...(t.unlimited ? ['Unlimited'] : [])];
    case 'timespan':
      return ['00:00:01', '00:10:00', '1.00:00:00', ...(t.unlimited ? ['Unlimited'] : [])];
    case 'date':
      return ['1/1/2020 12:00:00 AM', '6/10/2024 12:00:00 AM', '1/1/2030 12:00:00 AM'];
    case 'smtp-x509-identifier':
      return [null, "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com", 'CN=mail.contoso.com', '<I>CN=Other CA<S>CN=other.contoso.com'];
    case 'fqdn':
      return [null, 'mail.contoso.com', 'mx.fabrikam.com', ...extra];
    case 'smtp-domain':
      return [null, 'contoso.com', '*.contoso.com', ...extra];
    case 'ip-address':
      return ['0.0.0.0', '10.0.0.1'];
    case 'credential':
      return [null, 'System.Management.Automation.PSCredential'];
    case 'string':
    case 'multiline-string':
    case 'identity':
      return [null, ...extra];
    default:
      return extra.length ? [...extra] : [];
  }
}

interface Base {
  props: Props;
  kind: ObjectKind;
  release?: ExchangeRelease;
  /** Also change security-relevant properties two at a time. */
  pairs?: boolean;
}

const BASES: Base[] = [
  { props: sendConnector('Internet'), kind: 'send-connector', release: '2019', pairs: true },
  { props: smartHostConnector(), kind: 'send-connector', release: '2019', pairs: true },
  { props: sendConnector2007(), kind: 'send-connector', release: '2007' },
  { props: receiveConnector(), kind: 'receive-connector', release: '2019', pairs: true },
  { props: receiveConnector2010(), kind: 'receive-connector', release: '2010' },
  { props: certificate(), kind: 'exchange-certificate', pairs: true },
  { props: outboundConnector(), kind: 'outbound-connector', release: 'Online', pairs: true },
  { props: inboundConnector(), kind: 'inbound-connector', release: 'Online', pairs: true },
];

/** Objects with one property changed, and with two security-relevant ones changed together (on the main base of each kind). */
function variants(base: Base): Props[] {
  const def = kindDef(base.kind);
  const present = new Set(base.props.map(([n]) => n.toLowerCase()));
  const current = new Map(base.props.map(([n, v]) => [n.toLowerCase(), v]));
  // A property the base does not print is added only if the base's release has it (a 2007 dump stays a 2007 dump).
  const usable = def.properties.filter(
    (p) => (!p.readOnly || p.security) && (present.has(p.name.toLowerCase()) || !base.release || (p.releases ?? def.releases).includes(base.release)),
  );
  const changes = usable.flatMap((p) => {
    const was = current.get(p.name.toLowerCase());
    const seen = new Set([was === undefined ? undefined : valueText(was)]);
    return alternatives(p, was)
      .filter((v) => !seen.has(valueText(v)) && (seen.add(valueText(v)), true))
      .map((v) => ({ p, v }));
  });
  const out: Props[] = changes.map(({ p, v }) => withProps(base.props, { [p.name]: v }));
  if (!base.pairs) return out;
  // Pairs on a base cut down to what the catalogue knows as settable or security-relevant, plus the names: rules
  // read nothing else, and a third of the lines parse in a third of the time.
  const keep = new Set([...usable.map((p) => p.name.toLowerCase()), 'name', 'identity', 'server']);
  const small = base.props.filter(([n]) => keep.has(n.toLowerCase()));
  const security = changes.filter(({ p }) => p.security);
  for (let i = 0; i < security.length; i++)
    for (let j = i + 1; j < security.length; j++) {
      if (security[i].p === security[j].p) continue;
      out.push(withProps(small, { [security[i].p.name]: security[i].v, [security[j].p.name]: security[j].v }));
    }
  return out;
}

/**
 * Objects as `Format-List | Out-File -Width 4096` writes them (renderDump's layout without the ranges it records,
 * which this test does not need and which cost most of the time for thousands of objects).
 */
function formatList(objects: readonly Props[]): string {
  const lines = ['', ''];
  for (const props of objects) {
    const pad = Math.max(...props.map(([n]) => n.length));
    for (const [name, v] of props) {
      const text = valueText(v);
      lines.push(text === '' ? `${name.padEnd(pad)} :` : `${name.padEnd(pad)} : ${text}`);
    }
    lines.push('');
  }
  lines.push('');
  return lines.join('\r\n');
}

function collectGenerated(): Collected[] {
  const out: Collected[] = [];
  for (const base of BASES) {
    const objects = variants(base);
    // Dumps of a few hundred objects: large enough to be quick, small enough to stay far below the size limit.
    for (let i = 0; i < objects.length; i += 300) {
      const text = formatList(objects.slice(i, i + 300));
      const input: Input = { uri: `generated-${base.kind}-${base.release ?? 'any'}-${i}.txt`, text, ...(base.release ? { release: base.release } : {}) };
      out.push(...collectFromProject([input], () => `generated ${base.kind} dump (${base.release ?? 'release unknown'})`));
    }
  }
  // A suppression comment naming a misspelt rule (its fix renames it in place).
  const misspelt = formatList([sendConnector('Legacy Relay')]).replace(
    'IgnoreSTARTTLS',
    '# exchange-transport-disable-next-line ignore-startls -- test\r\nIgnoreSTARTTLS',
  );
  out.push(...collectFromProject([{ uri: 'suppressed.txt', text: misspelt }], () => 'generated dump with a suppression comment'));
  // Subscription files with each element changed, some next to the Edge's certificates and the Hub's connectors.
  const effective = new Date('2024-05-31T23:00:00Z');
  const spec = defaultSpec(effective);
  const changes: SubscriptionSpec[] = [
    {},
    { EffectiveDate: ticks(new Date('2024-05-01T00:00:00Z')) },
    { EffectiveDate: ticks(new Date('2024-06-01T00:03:00Z')) },
    { EffectiveDate: ticks(new Date('2024-06-02T00:00:00Z')) },
    { EffectiveDate: ticks(new Date('2024-05-31T00:03:00Z')), Duration: '864000000000' }, // 3 minutes left
    { Duration: '600000000' },
    { Duration: 'x' },
    { AdamSslPort: '50637' },
    { ESRAUsername: 'CN=someone,CN=Users' },
    { VersionNumber: '1941962752' },
    { SerialNumber: 'Version 15.1 (Build 30225.42)' },
    { EdgeCertificateBlob: blobFor({ notAfter: new Date('2024-01-01T00:00:00Z'), notBefore: new Date('2019-01-01T00:00:00Z') }) },
    { EdgeCertificateBlob: blobFor({ keyBits: 1024, hash: 'sha1' }) },
    { EdgeCertificateBlob: 'AAAA' },
    { EdgeServerFQDN: 'edge99.contoso.com' },
    { EdgeServerName: null },
    { ESRAPassword: undefined },
  ];
  changes.forEach((c, n) => {
    const xml = subscriptionXml({ ...spec, ...c });
    out.push(...collectFromProject([{ uri: `EDGE01-${n}.xml`, text: xml }], () => `generated subscription (${Object.keys(c).join(', ') || 'unchanged'})`));
  });
  // The same subscription next to a certificate dump of the Edge and the Hub's send connectors (cross-file rules).
  const edgeCerts = renderDump([
    certificate({
      Subject: 'CN=EDGE01',
      Issuer: 'CN=EDGE01',
      CertificateDomains: list(['EDGE01', 'edge01.contoso.com']),
      Services: 'SMTP',
      Thumbprint: 'AB'.repeat(20),
    }),
  ]).text;
  const connectors = renderDump([
    withProps(sendConnector('EdgeSync - Default-First-Site-Name to Internet'), { SourceTransportServers: list(['EDGE02']) }),
  ]).text;
  out.push(
    ...collectFromProject(
      [
        { uri: 'EDGE01.xml', text: subscriptionXml(spec) },
        { uri: 'edge01-certificates.txt', text: edgeCerts },
        { uri: 'send-connectors.txt', text: connectors },
      ],
      (uri) => `generated workspace (${uri})`,
    ),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

const SOURCES: Record<string, Collected[]> = {
  fixtures: collectFromFolder(join(ROOT, 'test', 'fixtures')),
  examples: collectFromFolder(join(ROOT, 'examples')),
  corpus: collectFromFolder(CORPUS),
  'rule page examples': collectFromDocs(),
  'RuleTester annotations': collectFromRuleTests(),
  generated: collectGenerated(),
};
const collected: Collected[] = Object.values(SOURCES).flat();

function noteStale(t: { diagnostic(message: string): void }, known: readonly Known[], excused: Set<number>): void {
  known.forEach((k, i) => {
    if (!excused.has(i)) t.diagnostic(`known failure no longer seen, remove it: ${k.rule} ${k.code} ${k.in}`);
  });
}

describe('fix commands', () => {
  it('finds fix commands in each of its sources', (t) => {
    t.diagnostic(
      Object.entries(SOURCES)
        .map(([name, items]) => `${name}: ${items.length}`)
        .join(', '),
    );
    for (const [name, items] of Object.entries(SOURCES)) if (name !== 'corpus') assert.ok(items.length > 0, `no fix command found in the ${name}`);
  });

  it('every rule with fix titles offers a fix on these inputs, and every rule that offers commands has them checked', (t) => {
    const withCommands = new Set(collected.map((c) => c.rule));
    for (const r of withCommands) OFFERED.add(r);
    const titled = RULES.filter((r) => r.meta.fixes && Object.keys(r.meta.fixes).length > 0).map((r) => r.meta.id);
    const missing = titled.filter((id) => !OFFERED.has(id));
    const editsOnly = [...OFFERED].filter((id) => !withCommands.has(id)).sort();
    t.diagnostic(`${collected.length} fix commands from ${withCommands.size} rules; fixes that only edit the file: ${editsOnly.join(', ') || 'none'}`);
    assert.deepEqual(missing, [], `rules with fix titles that offered no fix on any input here: ${missing.join(', ')}`);
    // Every command collected is checked below; a rule with fix titles and no command must be one that edits files.
    for (const id of titled) assert.ok(withCommands.has(id) || editsOnly.includes(id), `${id}: no fix command checked`);
  });

  it('every fix command is a real cmdlet with real parameters and values of the right kind, and it parses', (t) => {
    const { failures, excused, checked } = check(collected, KNOWN_FAILURES);
    t.diagnostic(
      `${[...checked.values()].reduce((a, b) => a + b, 0)} distinct commands checked, by rule: ${[...checked].map(([r, n]) => `${r} ${n}`).join(', ')}`,
    );
    noteStale(t, KNOWN_FAILURES, excused);
    assert.equal(failures.length, 0, `${failures.length} fix command problems:\n${failures.join('\n')}`);
  });

  it("the rule pages' How to fix commands pass the same checks", (t) => {
    const blocks = docFixBlocks();
    assert.ok(blocks.length > 0, 'no How to fix block found in docs/rules');
    const { failures, excused } = check(blocks, KNOWN_DOC_FAILURES);
    noteStale(t, KNOWN_DOC_FAILURES, excused);
    assert.equal(failures.length, 0, `${failures.length} problems in How to fix blocks:\n${failures.join('\n')}`);
  });
});
