// What rules on Exchange objects share: which objects to look at, and the PowerShell that fixes them.
import { enumDef } from '../catalogue';
import type { ObjectKind } from '../catalogue/types';
import { isObjectsFile, OBJECT_FILE_KINDS, type AnalyzedFile } from '../document';
import { displayName, property, type ExchangeObject, type PropertyValue } from '../objects/model';
import type { Range } from '../types';
import type { Fix, MessageData } from './types';

export const OBJECT_KINDS_OF_FILES = OBJECT_FILE_KINDS;

export function objectsOf(file: AnalyzedFile, kind: ObjectKind): ExchangeObject[] {
  return isObjectsFile(file) ? file.objects.filter((o) => o.kind === kind) : [];
}

/** A PowerShell double-quoted string literal: `"`, `$` and the backtick are escaped. */
export function psQuote(text: string): string {
  return `"${text.replace(/[`"$]/g, (c) => '`' + c)}"`;
}

/** The identity a command names: Identity when printed, else Name; undefined when the dump shows neither. */
export function identityOf(obj: ExchangeObject): string | undefined {
  for (const name of ['Identity', 'Name']) {
    const p = property(obj, name);
    if (p && !p.empty && p.text.trim()) return p.text.trim();
  }
  return undefined;
}

/** What a command names instead of an identity the dump does not show: visibly a blank to fill in. */
export function identityPlaceholder(obj: ExchangeObject): string {
  switch (obj.kind) {
    case 'receive-connector':
      return '<server>\\<connector name>';
    case 'send-connector':
    case 'outbound-connector':
    case 'inbound-connector':
      return '<connector name>';
    case 'exchange-certificate':
      return '<thumbprint>';
    default:
      return '<name>';
  }
}

/**
 * `-Identity "EX01\Default Frontend EX01"`: Identity when printed, else Name. An object with neither gets the
 * placeholder `-Identity "<connector name>"`, never a made-up name (the command is then one to complete).
 */
export function identityArg(obj: ExchangeObject): string {
  const id = identityOf(obj);
  return `-Identity ${id !== undefined ? psQuote(id) : `"${identityPlaceholder(obj)}"`}`;
}

/** `Set-SendConnector -Identity "Internet" -IgnoreSTARTTLS $false` */
export function setCommand(cmdlet: string, obj: ExchangeObject, params: string): string {
  return `${cmdlet} ${identityArg(obj)} ${params}`;
}

/**
 * A fix that runs `<cmdlet> -Identity <object> <params>`, titled by the rule's `fixes[fixId]`. When the object has
 * no Identity or Name, the command names the placeholder and so does the title's `{{name}}`, so the title says the
 * command has a blank to fill in.
 */
export function objectFix<X extends string>(
  fixId: X,
  cmdlet: string,
  obj: ExchangeObject,
  params: string,
  more: { edits?: Fix['edits']; data?: MessageData } = {},
): Fix<X> {
  const unnamed = identityOf(obj) === undefined;
  const data = unnamed ? { ...more.data, name: identityPlaceholder(obj) } : more.data;
  return { fixId, command: setCommand(cmdlet, obj, params), ...(data ? { data } : {}), ...(more.edits ? { edits: more.edits } : {}) };
}

/** Connectors EdgeSync creates and keeps: "EdgeSync - <site> to Internet", "EdgeSync - Inbound to <site>". */
export function isEdgeSyncConnector(obj: ExchangeObject): boolean {
  return /^EdgeSync - /i.test(displayName(obj));
}

export function objectLabel(obj: ExchangeObject, what: string): string {
  return `${what} "${displayName(obj)}"`;
}

/** Flags written in enum order, as Exchange prints them: `"Tls, BasicAuth, BasicAuthRequireTLS"`. */
export function flagsArg(enumName: string, members: Iterable<string>): string {
  const wanted = new Set([...members].map((m) => m.toLowerCase()));
  const def = enumDef(enumName);
  const names = def ? def.members.filter((m) => wanted.has(m.name.toLowerCase()) && m.value !== 0).map((m) => m.name) : [...wanted];
  return `"${names.join(', ')}"`;
}

/** In a script, the edit that gives a parameter a new value (a switch `-RequireTLS` gets `:$false`). */
export function scriptEdit(obj: ExchangeObject, prop: PropertyValue | undefined, newValue: string): { range: Range; newText: string }[] | undefined {
  if (obj.format !== 'powershell' || !prop) return undefined;
  const r = prop.valueRange;
  const isSwitch = r.start.line === r.end.line && r.start.character === r.end.character && !prop.empty;
  return [{ range: r, newText: isSwitch ? `:${newValue}` : newValue }];
}

/** Read-only lists checks use (certificate names in cross-file matching); other read-only lists are display only. */
const READ_ONLY_LISTS_IN_USE = new Set(['certificatedomains', 'sourcetransportservers']);

/**
 * Whether a collection is one the checks read: settable properties and the few read-only ones above. A cut
 * RawData byte list or AccessRules list in `fl *` output changes no finding, so it is not worth one.
 */
export function listMatters(p: PropertyValue): boolean {
  return !p.def?.readOnly || READ_ONLY_LISTS_IN_USE.has(p.name.toLowerCase());
}
