// Checks PowerShell (a fix command, a runbook step) against the cmdlet catalogue: every command is a cmdlet the
// catalogue knows, every parameter is one of its parameters (full name, no abbreviation, no ambiguity, used once),
// the parameters can be used together (one parameter set) with the required ones given, each value is of the kind
// the parameter takes (a switch, $true/$false, a number, a size, a time span, one of the listed values, an array
// only where several values are allowed...), the cmdlet and parameters exist in the object's Exchange release and
// on its server role when those are known, every variable read was assigned first, and the text parses.
import { enumDef, propertyDef } from '../catalogue';
import { cmdletDef, findParameter, parameterReleases, CMDLET_RELEASES, type CmdletDef, type CmdletParameter, type CmdletRelease } from '../catalogue/cmdlets';
import type { ExchangeRelease, ObjectKind, ValueType } from '../catalogue/types';
import { parseByteSize, parseFqdn, parseGuid, parseIpAddress, parseItem, parseSmtpDomain, parseSmtpX509Identifier, parseTimeSpan, parseValue } from '../values';
import { parsePowerShell, type PsCommand, type PsElement, type PsValue } from './parse';

export type CommandProblemCode =
  /** The text does not parse (unclosed quote or bracket, unquoted placeholder, stray character). */
  | 'syntax'
  | 'unknown-command'
  | 'unknown-parameter'
  | 'ambiguous-parameter'
  /** A unique prefix: PowerShell accepts it, but a new parameter in a later release can make it ambiguous. */
  | 'abbreviated-parameter'
  | 'duplicate-parameter'
  | 'missing-value'
  /** `-Switch $false`: a switch takes its value after a colon. */
  | 'switch-value'
  /** A positional argument no parameter takes. */
  | 'extra-argument'
  /** Parameters of different parameter sets used together. */
  | 'parameter-set'
  | 'missing-required'
  /** A value of the wrong kind, or not one of the valid values. */
  | 'value'
  /** Not in the object's Exchange release, or no release has all of the command. */
  | 'release'
  /** Not supported on the object's server role (Edge Transport or Mailbox). */
  | 'role'
  | 'undefined-variable';

export interface CommandProblem {
  code: CommandProblemCode;
  /** One sentence. */
  message: string;
  /** Offsets in the checked text. */
  start: number;
  end: number;
  command?: string;
  parameter?: string;
}

export interface CommandCheckOptions {
  /** The releases the object may be on (one when known): a cmdlet or parameter none of them has is reported. */
  releases?: readonly ExchangeRelease[];
  /** The server role the command is meant for, when known. */
  role?: 'edge' | 'mailbox';
  /** Variables defined before the text runs. */
  variables?: readonly string[];
  /** Noun prefixes of imported Exchange Online cmdlets (`Connect-ExchangeOnline -Prefix EXO`: Get-EXOInboundConnector). */
  prefixes?: readonly string[];
  /** Programs the text may run (w32tm, certutil...): accepted by name, their arguments not checked. */
  nativeCommands?: readonly string[];
}

/** Variables PowerShell defines itself (automatic and preference variables), lower case. */
const AUTOMATIC = new Set([
  'true',
  'false',
  'null',
  '_',
  'psitem',
  'args',
  'input',
  'this',
  'error',
  'host',
  'home',
  'pwd',
  'pshome',
  'psscriptroot',
  'pscommandpath',
  'myinvocation',
  'psversiontable',
  'executioncontext',
  'lastexitcode',
  'matches',
  'ofs',
  'psboundparameters',
  'pscmdlet',
  'psculture',
  'psuiculture',
  'shellid',
  'stacktrace',
  '?',
  '^',
  '$',
  'formatenumerationlimit',
  'erroractionpreference',
  'warningpreference',
  'verbosepreference',
  'debugpreference',
  'confirmpreference',
  'whatifpreference',
  'progresspreference',
  'informationpreference',
  'outputencoding',
  'psdefaultparametervalues',
  'maximumhistorycount',
]);

/** Common parameters whose value names a variable the command assigns. */
const VARIABLE_PARAMETERS = new Set(['outvariable', 'errorvariable', 'warningvariable', 'informationvariable', 'pipelinevariable']);

/** The catalogue's object kind for the connector cmdlets: their parameters' values are checked with its grammars. */
const KIND_OF_NOUN: Record<string, ObjectKind> = {
  sendconnector: 'send-connector',
  receiveconnector: 'receive-connector',
  inboundconnector: 'inbound-connector',
  outboundconnector: 'outbound-connector',
};

const RELEASE_NAMES: Record<CmdletRelease, string> = {
  '2010': 'Exchange 2010',
  '2013': 'Exchange 2013',
  '2016': 'Exchange 2016',
  '2019': 'Exchange 2019',
  SE: 'Exchange SE',
  Online: 'Exchange Online',
};

/** A quoted placeholder such as "<thumbprint>" or "C:\<path>\edge.xml": its value is not checked. */
const PLACEHOLDER = /<(?![IS]>)[^<>\r\n]+>/i;

/** Checks a script: every problem found, in text order. Never throws. */
export function checkPowerShell(text: string, options: CommandCheckOptions = {}): CommandProblem[] {
  const script = parsePowerShell(text);
  const problems: CommandProblem[] = script.problems.map((p) => ({ code: 'syntax', message: p.message, start: p.start, end: p.end }));
  const releases = options.releases?.filter((r): r is CmdletRelease => (CMDLET_RELEASES as readonly string[]).includes(r));
  const assigned: { name: string; at: number }[] = [
    ...(options.variables ?? []).map((name) => ({ name: name.replace(/^\$/, '').toLowerCase(), at: -1 })),
    ...script.assignments.map((a) => ({ name: a.name, at: a.start })),
  ];
  const effective = new Map<PsCommand, Set<CmdletRelease>>();
  const natives = new Set((options.nativeCommands ?? []).map((n) => n.toLowerCase().replace(/\.exe$/, '')));

  // A script block given to a parameter that takes text (the ActiveDirectory module's `-Filter {name -eq "x"}`) is
  // text, not code: the commands and variables the reader found inside it are not checked.
  const textSpans: { start: number; end: number }[] = [];
  const inText = (at: number) => textSpans.some((t) => at > t.start && at < t.end);
  for (const cmd of script.commands) {
    const def = lookup(cmd.name, options.prefixes);
    if (!def) continue;
    for (const b of bind(cmd, def, []).named)
      if (b.value?.kind === 'scriptblock' && !/ScriptBlock/i.test(b.param.type) && valueKind(b.param.type) === 'text') textSpans.push(b.value);
  }

  const functions = new Set(script.functions);
  for (const cmd of script.commands) {
    if (inText(cmd.start)) continue;
    const def = lookup(cmd.name, options.prefixes);
    if (!def && natives.has(cmd.name.toLowerCase().replace(/\.exe$/, ''))) continue;
    // The script's own functions, and commands known only at run time (`& $block`, `& "path"`).
    if (!def && (functions.has(cmd.name.toLowerCase()) || /^[$('"]/.test(cmd.name))) continue;
    if (!def) {
      problems.push({
        code: 'unknown-command',
        message: `${show(cmd.name) || 'This command'} is not a cmdlet the catalogue knows.`,
        start: cmd.start,
        end: cmd.nameEnd,
        command: cmd.name,
      });
      continue;
    }
    const bound = bind(cmd, def, problems);
    for (const b of bound.named) {
      if (b.param.common && VARIABLE_PARAMETERS.has(b.param.name.toLowerCase()) && b.value) {
        const name = literalText(b.value);
        if (name) assigned.push({ name: name.replace(/^[+$]/, '').toLowerCase(), at: cmd.start });
      }
    }
    checkSets(cmd, def, bound, problems);
    for (const b of bound.named) if (b.value) checkValue(cmd, def, b.param, b.value, problems);
    if (def.module === 'exchange') effective.set(cmd, checkReleases(cmd, def, bound.named, releases, problems));
    checkRole(cmd, def, bound.named, options.role, problems);
  }

  // An Exchange pipeline runs in one session: its cmdlets must exist in one release (on-premises or online).
  for (const cmd of script.commands) {
    if (cmd.position === 0) continue;
    const mine = effective.get(cmd);
    if (!mine || mine.size === 0) continue;
    for (const before of cmd.pipeline.slice(0, cmd.pipeline.indexOf(cmd))) {
      const theirs = effective.get(before);
      if (theirs && theirs.size > 0 && ![...mine].some((r) => theirs.has(r))) {
        problems.push({
          code: 'release',
          message: `${show(before.name)} and ${show(cmd.name)} are in no common Exchange release, so they cannot share a pipeline.`,
          start: cmd.start,
          end: cmd.nameEnd,
          command: cmd.name,
        });
        break;
      }
    }
  }

  const reported = new Set<string>();
  for (const read of script.reads) {
    if (inText(read.start)) continue;
    if (AUTOMATIC.has(read.name) || read.name.startsWith('env:') || reported.has(read.name)) continue;
    if (assigned.some((a) => a.name === read.name && a.at <= read.start)) continue;
    reported.add(read.name);
    problems.push({ code: 'undefined-variable', message: `$${show(read.name)} is used but never assigned.`, start: read.start, end: read.end });
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

function lookup(name: string, prefixes: readonly string[] | undefined): CmdletDef | undefined {
  const def = cmdletDef(name);
  if (def || !prefixes) return def;
  const m = /^([A-Za-z]+)-(.+)$/.exec(name);
  if (!m) return undefined;
  for (const p of prefixes) {
    if (m[2].toLowerCase().startsWith(p.toLowerCase())) {
      const inner = cmdletDef(`${m[1]}-${m[2].slice(p.length)}`);
      if (inner?.releases?.includes('Online')) return inner;
    }
  }
  return undefined;
}

interface Binding {
  param: CmdletParameter;
  /** Where the parameter was written (or its positional value). */
  start: number;
  end: number;
  value?: PsValue;
}

interface Bound {
  named: Binding[];
  /** The sets still possible after binding. */
  sets: string[];
}

/** Pairs parameters with their values and positional arguments with positional parameters, as PowerShell binds them. */
function bind(cmd: PsCommand, def: CmdletDef, problems: CommandProblem[]): Bound {
  const named: Binding[] = [];
  const positional: { value: PsValue; afterSwitch?: PsElement }[] = [];
  const els = cmd.elements;
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (el.kind === 'argument') {
      const prev = els[i - 1];
      const afterSwitch = prev?.kind === 'parameter' && !prev.colon && named.some((b) => b.start === prev.start && b.param.switch) ? prev : undefined;
      positional.push(afterSwitch ? { value: el.value, afterSwitch } : { value: el.value });
      continue;
    }
    const match = findParameter(def, el.name);
    const next = els[i + 1];
    const takeNext = (): PsValue | undefined => {
      if (el.colon) return el.value;
      if (next?.kind === 'argument') {
        i++;
        return next.value;
      }
      return undefined;
    };
    if ('unknown' in match) {
      const hint = match.suggestion ? ` (did you mean -${match.suggestion.name}?)` : '';
      problems.push({
        code: 'unknown-parameter',
        message: `${def.name} has no parameter -${show(el.name)}${hint}.`,
        start: el.start,
        end: el.start + 1 + el.name.length,
        command: def.name,
        parameter: el.name,
      });
      takeNext();
      continue;
    }
    if ('ambiguous' in match) {
      const names = match.ambiguous.map((p) => `-${p.name}`).join(', ');
      problems.push({
        code: 'ambiguous-parameter',
        message: `-${show(el.name)} could be any of ${names}.`,
        start: el.start,
        end: el.start + 1 + el.name.length,
        command: def.name,
        parameter: el.name,
      });
      takeNext();
      continue;
    }
    const param = match.found;
    if (match.by === 'prefix') {
      problems.push({
        code: 'abbreviated-parameter',
        message: `Write -${param.name} in full, not -${el.name}.`,
        start: el.start,
        end: el.start + 1 + el.name.length,
        command: def.name,
        parameter: param.name,
      });
    }
    if (named.some((b) => b.param === param)) {
      problems.push({
        code: 'duplicate-parameter',
        message: `-${param.name} is given more than once.`,
        start: el.start,
        end: el.end,
        command: def.name,
        parameter: param.name,
      });
    }
    if (param.switch) {
      named.push({ param, start: el.start, end: el.end, ...(el.colon && el.value ? { value: el.value } : {}) });
      continue;
    }
    const value = takeNext();
    if (!value) {
      problems.push({
        code: 'missing-value',
        message: `-${param.name} needs a value.`,
        start: el.start,
        end: el.end,
        command: def.name,
        parameter: param.name,
      });
      named.push({ param, start: el.start, end: el.end });
      continue;
    }
    named.push({ param, start: el.start, end: value.end, value });
  }

  let sets = candidateSets(def, named);
  // Positional arguments go to the unbound positional parameters of the possible sets, lowest position first.
  for (const arg of positional) {
    const free = def.parameters
      .filter((p) => p.position !== undefined && !named.some((b) => b.param === p) && (p.sets === undefined || p.sets.some((s) => sets.includes(s))))
      .sort((a, b) => a.position! - b.position! || preferDefault(def, a) - preferDefault(def, b));
    const param = free[0];
    if (!param) {
      const sw = arg.afterSwitch;
      if (sw?.kind === 'parameter') {
        problems.push({
          code: 'switch-value',
          message: `-${sw.name} is a switch: write -${sw.name}:${show(arg.value.text)}, not -${sw.name} ${show(arg.value.text)}.`,
          start: sw.start,
          end: arg.value.end,
          command: def.name,
          parameter: sw.name,
        });
      } else {
        problems.push({
          code: 'extra-argument',
          message: `${def.name} takes no positional argument ${show(arg.value.text)}.`,
          start: arg.value.start,
          end: arg.value.end,
          command: def.name,
        });
      }
      continue;
    }
    named.push({ param, start: arg.value.start, end: arg.value.end, value: arg.value });
    sets = candidateSets(def, named);
  }
  return { named, sets };
}

function preferDefault(def: CmdletDef, p: CmdletParameter): number {
  return def.defaultSet && p.sets?.includes(def.defaultSet) ? 0 : 1;
}

/** The parameter sets every bound parameter is in ('' stands for the only set of a single-set cmdlet). */
function candidateSets(def: CmdletDef, named: readonly Binding[]): string[] {
  const all = def.sets.length > 0 ? [...def.sets] : [''];
  return all.filter((s) => named.every((b) => b.param.sets === undefined || b.param.sets.includes(s)));
}

function checkSets(cmd: PsCommand, def: CmdletDef, bound: Bound, problems: CommandProblem[]): void {
  if (bound.sets.length === 0) {
    // Name two parameters that share no set.
    const restricted = bound.named.filter((b) => b.param.sets !== undefined);
    let pair: [Binding, Binding] | undefined;
    for (let i = 0; i < restricted.length && !pair; i++)
      for (let j = i + 1; j < restricted.length && !pair; j++)
        if (!restricted[i].param.sets!.some((s) => restricted[j].param.sets!.includes(s))) pair = [restricted[i], restricted[j]];
    const [a, b] = pair ?? [restricted[0], restricted[restricted.length - 1]];
    problems.push({
      code: 'parameter-set',
      message: `${def.name} cannot take -${a.param.name} and -${b.param.name} together (they are in different parameter sets).`,
      start: b.start,
      end: b.end,
      command: def.name,
      parameter: b.param.name,
    });
    return;
  }
  // PowerShell prompts for a missing mandatory parameter. An Exchange fix that stops at a prompt is incomplete; the
  // PowerShell cmdlets fixes use are there to prompt (Get-Credential, Read-Host), so only Exchange cmdlets are held to it.
  if (def.module !== 'exchange') return;
  const fromPipeline = cmd.position > 0;
  const missingIn = (set: string): CmdletParameter[] =>
    def.parameters.filter((p) => {
      if (p.required === undefined) return false;
      const inSet = p.sets === undefined || set === '' || p.sets.includes(set);
      const requiredHere = p.required === true || set === '' || p.required.includes(set);
      if (!inSet || !requiredHere) return false;
      if (bound.named.some((b) => b.param === p)) return false;
      return !(fromPipeline && p.pipeline);
    });
  const missing = bound.sets.map(missingIn).sort((a, b) => a.length - b.length)[0];
  if (missing.length > 0) {
    problems.push({
      code: 'missing-required',
      message: `${def.name} needs ${missing.map((p) => `-${p.name}`).join(', ')}.`,
      start: cmd.start,
      end: cmd.nameEnd,
      command: def.name,
      parameter: missing[0].name,
    });
  }
}

/** The releases the command exists in as written; reports what the object's releases do not have. */
function checkReleases(
  cmd: PsCommand,
  def: CmdletDef,
  named: readonly Binding[],
  releases: readonly CmdletRelease[] | undefined,
  problems: CommandProblem[],
): Set<CmdletRelease> {
  const have = new Set(def.releases ?? CMDLET_RELEASES);
  if (releases && releases.length > 0 && !releases.some((r) => have.has(r))) {
    problems.push({
      code: 'release',
      message: `${def.name} is not in ${releaseList(releases)} (it is in ${releaseList([...have])}).`,
      start: cmd.start,
      end: cmd.nameEnd,
      command: def.name,
    });
    return have;
  }
  for (const b of named) {
    const own = parameterReleases(def, b.param);
    if (!own) continue;
    if (releases && releases.length > 0 && !releases.some((r) => own.includes(r))) {
      problems.push({
        code: 'release',
        message: `-${b.param.name} of ${def.name} is not in ${releaseList(releases)} (it is in ${releaseList(own)}).`,
        start: b.start,
        end: b.end,
        command: def.name,
        parameter: b.param.name,
      });
      continue;
    }
    const before = new Set(have);
    for (const r of [...have]) if (!own.includes(r)) have.delete(r);
    if (have.size === 0) {
      problems.push({
        code: 'release',
        message: `No Exchange release has ${def.name} with all of its parameters: -${b.param.name} is only in ${releaseList(own)}, the rest only in ${releaseList([...before])}.`,
        start: b.start,
        end: b.end,
        command: def.name,
        parameter: b.param.name,
      });
      return before;
    }
  }
  return have;
}

function releaseList(rs: readonly CmdletRelease[]): string {
  const names = CMDLET_RELEASES.filter((r) => rs.includes(r)).map((r) => RELEASE_NAMES[r]);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function checkRole(cmd: PsCommand, def: CmdletDef, named: readonly Binding[], role: 'edge' | 'mailbox' | undefined, problems: CommandProblem[]): void {
  if (!role) return;
  if (role === 'mailbox' && def.edge === 'only') {
    problems.push({ code: 'role', message: `${def.name} runs only on Edge Transport servers.`, start: cmd.start, end: cmd.nameEnd, command: def.name });
  }
  if (role === 'edge' && def.edge === false) {
    problems.push({ code: 'role', message: `${def.name} does not run on Edge Transport servers.`, start: cmd.start, end: cmd.nameEnd, command: def.name });
  }
  for (const b of named) {
    if (role === 'edge' && b.param.edge === false) {
      problems.push({
        code: 'role',
        message: `-${b.param.name} of ${def.name} is not supported on Edge Transport servers.`,
        start: b.start,
        end: b.end,
        command: def.name,
        parameter: b.param.name,
      });
    } else if (role === 'mailbox' && b.param.edge === 'only') {
      problems.push({
        code: 'role',
        message: `-${b.param.name} of ${def.name} works only on Edge Transport servers.`,
        start: b.start,
        end: b.end,
        command: def.name,
        parameter: b.param.name,
      });
    }
  }
}

/** What a value is, as far as it can be known without running anything. */
type Known =
  | { k: 'text'; text: string }
  | { k: 'number'; n: number; text: string }
  | { k: 'bool' }
  | { k: 'null' }
  | { k: 'array'; items: PsValue[] }
  | { k: 'hashtable' }
  | { k: 'scriptblock' }
  /** Only known at run time: a variable, an expression, an expanding string. */
  | { k: 'dynamic' };

function known(v: PsValue): Known {
  switch (v.kind) {
    case 'string':
    case 'bareword':
      return { k: 'text', text: v.value ?? '' };
    case 'number':
      return { k: 'number', n: v.number ?? 0, text: v.text };
    case 'variable':
      if (v.name === 'true' || v.name === 'false') return { k: 'bool' };
      if (v.name === 'null') return { k: 'null' };
      return { k: 'dynamic' };
    case 'array':
      return { k: 'array', items: v.items ?? [] };
    case 'hashtable':
      return { k: 'hashtable' };
    case 'scriptblock':
      return { k: 'scriptblock' };
    default:
      return { k: 'dynamic' };
  }
}

function literalText(v: PsValue): string | undefined {
  return v.kind === 'string' || v.kind === 'bareword' ? v.value : undefined;
}

/** How a parameter's value is checked, from its type. */
type ValueKind =
  'switch' | 'bool' | 'number' | 'unlimited' | 'size' | 'timespan' | 'date' | 'ip' | 'guid' | 'fqdn' | 'domain' | 'x509' | 'secret' | 'list' | 'any' | 'text';

function valueKind(type: string): ValueKind {
  const t = type.replace(/^Nullable`1\[(.*)\]$/, '$1');
  if (t === 'SwitchParameter') return 'switch';
  if (t === 'Boolean') return 'bool';
  if (/^(?:U?Int(?:16|32|64)|Byte|SByte|Double|Single|Decimal)$/.test(t)) return 'number';
  if (t === 'Unlimited') return 'unlimited';
  if (t === 'ByteQuantifiedSize') return 'size';
  if (t === 'EnhancedTimeSpan' || t === 'TimeSpan') return 'timespan';
  if (t === 'DateTime') return 'date';
  if (t === 'IPAddress') return 'ip';
  if (t === 'Guid') return 'guid';
  if (t === 'Fqdn') return 'fqdn';
  if (t === 'SmtpDomain' || t === 'SmtpDomainWithSubdomains') return 'domain';
  if (t === 'SmtpX509Identifier') return 'x509';
  if (t === 'SecureString' || t === 'PSCredential' || t === 'Byte[]') return 'secret';
  if (t === 'MultiValuedProperty' || t.endsWith('[]') || /Collection$/.test(t)) return 'list';
  if (/^(?:Object|PSObject|ScriptBlock|Hashtable|X509Certificate2|IDictionary|PSSessionOption)$/.test(t) || t.startsWith('FlagsExpression')) return 'any';
  return 'text';
}

/** The values an enum-like parameter takes: the reference's list, else the property catalogue's enum of that name. */
function enumValues(p: CmdletParameter): { values: readonly string[]; multiple: boolean } | undefined {
  if (p.values) return { values: p.values, multiple: p.multiple || enumDef(p.type)?.flags === true };
  const e = enumDef(p.type);
  return e ? { values: e.members.map((m) => m.name), multiple: e.flags || p.multiple } : undefined;
}

/** The property catalogue's type for a connector cmdlet's parameter of the same name (finer grammars: ranges, lists). */
function catalogueType(def: CmdletDef, p: CmdletParameter): ValueType | undefined {
  const m = /^(?:Set|New)-(\w+)$/i.exec(def.name);
  const kind = m ? KIND_OF_NOUN[m[1].toLowerCase()] : undefined;
  if (!kind || p.common) return undefined;
  return propertyDef(kind, p.name)?.type;
}

function checkValue(cmd: PsCommand, def: CmdletDef, p: CmdletParameter, v: PsValue, problems: CommandProblem[]): void {
  const problem = valueProblem(def, p, v);
  if (problem) problems.push({ code: 'value', message: problem, start: v.start, end: v.end, command: cmd.name, parameter: p.name });
}

function valueProblem(def: CmdletDef, p: CmdletParameter, v: PsValue): string | undefined {
  const kind = valueKind(p.type);
  const k = known(v);
  const name = `-${p.name}`;
  if (k.k === 'dynamic' || kind === 'any') return undefined;
  if (kind === 'switch' || kind === 'bool') {
    if (k.k === 'bool' || (k.k === 'number' && (k.n === 0 || k.n === 1))) return undefined;
    return `${name} takes $true or $false, not ${show(v.text)}.`;
  }
  if (k.k === 'null') return undefined;
  if (k.k === 'bool') return `${name} takes ${p.type === 'String' ? 'text' : `a ${p.type}`}, not ${v.text}.`;
  if (k.k === 'scriptblock') return kind === 'text' || /ScriptBlock/i.test(p.type) ? undefined : `${name} takes a ${p.type}, not a script block.`;
  if (k.k === 'hashtable') return kind === 'list' ? undefined : `${name} takes a ${p.type}, not a hashtable.`;
  const enumLike = enumValues(p);
  const several = kind === 'list' || enumLike?.multiple === true;
  if (k.k === 'array') {
    if (!several) return `${name} takes one value, not a list.`;
    for (const item of k.items) {
      const inner = itemProblem(def, p, item, enumLike);
      if (inner) return inner;
    }
    return undefined;
  }
  return itemProblem(def, p, v, enumLike);
}

/** One scalar value (or one item of a list). */
function itemProblem(
  def: CmdletDef,
  p: CmdletParameter,
  v: PsValue,
  enumLike: { values: readonly string[]; multiple: boolean } | undefined,
): string | undefined {
  const k = known(v);
  const name = `-${p.name}`;
  if (k.k === 'dynamic' || k.k === 'null') return undefined;
  if (k.k === 'bool') return `${name} takes a ${p.type}, not ${v.text}.`;
  if (k.k !== 'text' && k.k !== 'number') return undefined;
  const text = k.text;
  if (k.k === 'text' && PLACEHOLDER.test(text)) return undefined;
  const kind = valueKind(p.type);

  if (enumLike) {
    const parts = enumLike.multiple ? text.split(',').map((s) => s.trim()) : [text.trim()];
    const bad = parts.find((part) => !enumLike.values.some((x) => x.toLowerCase() === part.toLowerCase()));
    if (bad === undefined) return undefined;
    if (!enumLike.multiple && text.includes(',') && text.split(',').every((s) => enumLike.values.some((x) => x.toLowerCase() === s.trim().toLowerCase())))
      return `${name} takes one value, not ${quoteText(text)}.`;
    return `${quoteText(bad)} is not a valid value of ${name} (valid: ${enumLike.values.join(', ')}).`;
  }

  const catalogue = catalogueType(def, p);
  if (k.k === 'number' && (kind === 'timespan' || catalogue?.kind === 'timespan'))
    return `${name} takes a time span such as "00:10:00"; a number would be read as ticks.`;
  if (catalogue) {
    const problem = catalogueProblem(catalogue, k);
    if (problem) return `${name}: ${problem}`;
    // The grammar settled it, except for the kinds it takes as they come (text, names, dates, credentials).
    if (!['string', 'multiline-string', 'identity', 'credential', 'date'].includes(catalogue.kind)) return undefined;
  }

  switch (kind) {
    case 'number':
      return k.k === 'number' || /^-?\d+$/.test(text.trim()) ? undefined : `${name} takes a number, not ${quoteText(text)}.`;
    case 'unlimited':
      if (k.k === 'number' || /^unlimited$/i.test(text.trim()) || /^\d+$/.test(text.trim())) return undefined;
      if (!parseByteSize(text).problem || !parseTimeSpan(text).problem) return undefined;
      return `${name} takes a number, a size, a time span or Unlimited, not ${quoteText(text)}.`;
    case 'size':
      if (k.k === 'number') return undefined;
      return parseByteSize(text).problem ? `${name} takes a size such as 10MB, not ${quoteText(text)}.` : undefined;
    case 'timespan':
      if (k.k === 'number') return `${name} takes a time span such as "00:10:00"; a number would be read as ticks.`;
      return parseTimeSpan(text).problem ? `${name} takes a time span such as "00:10:00", not ${quoteText(text)}.` : undefined;
    case 'date':
      return k.k === 'number' ? `${name} takes a date, not the number ${show(text)}.` : undefined;
    case 'ip':
      return parseIpAddress(text).problem ? `${name} takes an IP address, not ${quoteText(text)}.` : undefined;
    case 'guid':
      return parseGuid(text).problem ? `${name} takes a GUID, not ${quoteText(text)}.` : undefined;
    case 'fqdn':
      return parseFqdn(text, { allowSingleLabel: true }).problem ? `${name} takes a host name, not ${quoteText(text)}.` : undefined;
    case 'domain':
      return parseSmtpDomain(text, { wildcard: p.type === 'SmtpDomainWithSubdomains' }).problem
        ? `${name} takes a domain name, not ${quoteText(text)}.`
        : undefined;
    case 'x509':
      return parseSmtpX509Identifier(text).problem ? `${name} takes "<I>issuer<S>subject", not ${quoteText(text)}.` : undefined;
    case 'secret':
      return `${name} takes a ${p.type}, which a literal cannot give: use ${p.type === 'PSCredential' ? '(Get-Credential)' : p.type === 'SecureString' ? '(Read-Host -AsSecureString)' : '([System.IO.File]::ReadAllBytes("<path>"))'}.`;
    default:
      return undefined;
  }
}

/** A literal checked with the property catalogue's grammar. */
function catalogueProblem(type: ValueType, k: { k: 'text'; text: string } | { k: 'number'; n: number; text: string }): string | undefined {
  if (type.kind === 'list') {
    return k.k === 'text' ? parseItem(type.item, k.text).problem : undefined;
  }
  if (k.k === 'number') {
    if (type.kind === 'byte-size') return parseByteSize(`${k.n} B`, { min: type.min, max: type.max }).problem;
    if (type.kind !== 'int') return undefined;
    return parseValue(type, String(k.n)).problem;
  }
  if (type.kind === 'date' || type.kind === 'string' || type.kind === 'multiline-string' || type.kind === 'identity' || type.kind === 'credential')
    return undefined;
  return parseValue(type, k.text, { enums: enumDef }).problem;
}

function quoteText(text: string): string {
  return `"${show(text)}"`;
}

/** Source text in a message, cut short: a message stays one short sentence whatever the input. */
function show(text: string, max = 60): string {
  const t = text.replace(/[\r\n]+/g, ' ');
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
