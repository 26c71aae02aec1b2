// PowerShell scripts that set up transport: `New-`/`Set-` SendConnector, ReceiveConnector, InboundConnector and
// OutboundConnector commands become objects of the shared model, one per command, holding the parameters the
// command sets (with ranges on their values), so the connector rules and hovers work on scripts too. Only what
// the script shows is known: a parameter the command does not set is absent; a value the script computes is
// "present but unknown". Values come from literals, variables assigned a literal and splatted hashtable literals
// (./bind.ts); `Get-SendConnector X | Set-SendConnector ...` changes "X".
import type { ObjectKind } from '../catalogue/types';
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';
import type { ExchangeObject, PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import { parameter, type ScriptCommand, type ScriptModel, type ScriptValue, type Span } from './model';

const CONNECTOR = /^(New|Set)-(SendConnector|ReceiveConnector|InboundConnector|OutboundConnector)$/i;

const KIND: Record<string, ObjectKind> = {
  sendconnector: 'send-connector',
  receiveconnector: 'receive-connector',
  inboundconnector: 'inbound-connector',
  outboundconnector: 'outbound-connector',
};

/** Cmdlet parameters that are not properties of the object (and must not look like misspelt ones). */
export const COMMON_PARAMETERS = new Set([
  'confirm',
  'whatif',
  'force',
  'domaincontroller',
  'erroraction',
  'errorvariable',
  'warningaction',
  'verbose',
  'debug',
  'usage',
  'custom',
  'internet',
  'internal',
  'partner',
  'client',
  'linkeddomaincontroller',
  'organization',
  'outvariable',
]);

/** The previous version of a script: its commands and the objects made of them. */
export interface PreviousObjects {
  commands: readonly ScriptCommand[];
  objects: readonly ExchangeObject[];
  /** The offset before which the text is the same as now (where an edit starts). */
  unchangedBefore: number;
}

/**
 * With the previous version, a command the edit left as it was (the same command of the model), ending before the
 * edit, keeps its object, whose ranges are then read from `lines`.
 */
export function connectorObjects(model: ScriptModel, lines: LineIndex, previous?: PreviousObjects): ExchangeObject[] {
  const kept = previous && keptObjects(previous);
  const objects: ExchangeObject[] = [];
  for (const cmd of model.commands) {
    const made = kept?.get(cmd);
    if (made) {
      for (const p of made.properties) if (p instanceof OffsetProperty) p.relocate(lines);
      objects.push(made);
      continue;
    }
    const m = CONNECTOR.exec(cmd.name);
    if (m) objects.push(connectorObject(cmd, m[1].toLowerCase() === 'new', KIND[m[2].toLowerCase()], lines));
  }
  return objects;
}

/** The previous objects of the commands before the edit, by command (one object per connector command, in order). */
function keptObjects(previous: PreviousObjects): Map<ScriptCommand, ExchangeObject> {
  const kept = new Map<ScriptCommand, ExchangeObject>();
  let k = 0;
  for (const cmd of previous.commands) {
    if (cmd.start >= previous.unchangedBefore) break;
    if (!CONNECTOR.test(cmd.name)) continue;
    const obj = previous.objects[k++];
    if (obj && cmd.end < previous.unchangedBefore) kept.set(cmd, obj);
  }
  return kept;
}

function connectorObject(cmd: ScriptCommand, isNew: boolean, kind: ObjectKind, lines: LineIndex): ExchangeObject {
  const properties: PropertyValue[] = [];
  // The first argument without a name is the Identity (Set-) or the Name (New-).
  const first = cmd.positional[0];
  if (first) properties.push(property(lines, isNew ? 'Name' : 'Identity', first, first));
  else if (!isNew) {
    const piped = pipedIdentity(cmd);
    if (piped) properties.push(property(lines, 'Identity', piped, piped));
  }
  for (const p of cmd.parameters) {
    // A switch written alone (`-RequireTLS`) is $true; its value is the empty place after the name.
    const value: ScriptValue = p.value ?? { start: p.nameSpan.end, end: p.nameSpan.end, text: 'True', unknown: false, form: 'boolean' };
    properties.push(property(lines, p.name, p.nameSpan, value));
  }
  const byName = new Map<string, PropertyValue>();
  for (const p of properties) if (!byName.has(p.name.toLowerCase())) byName.set(p.name.toLowerCase(), p);
  return { kind, format: 'powershell', properties, byName, range: lines.range(cmd.start, cmd.end) };
}

/** `Get-SendConnector "X" | Set-SendConnector ...`: the object the Get- command names. */
function pipedIdentity(cmd: ScriptCommand): ScriptValue | undefined {
  const from = cmd.input?.command;
  if (!from) return undefined;
  const noun = cmd.name.slice(cmd.name.indexOf('-') + 1).toLowerCase();
  if (from.name.toLowerCase() !== `get-${noun}`) return undefined;
  const v = parameter(from, 'Identity')?.value ?? from.positional[0];
  return v && !v.unknown ? v : undefined;
}

function property(lines: LineIndex, name: string, nameSpan: Span, v: ScriptValue): PropertyValue {
  const known = !v.unknown;
  // $null, "" and @() clear a property.
  const empty = known && (v.form === 'null' || (v.form === 'string' && v.text === '') || (v.form === 'list' && v.items?.length === 0));
  const p = new OffsetProperty(name, known && !empty ? v.text : '', empty, lines, nameSpan.start, v.start, v.end, nameSpan.end);
  if (known && v.items) p.list = v.items.map((x) => new OffsetListItem(x.text, lines, x.start, x.end));
  return p;
}
