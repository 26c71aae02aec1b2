// What rules on Exchange objects share: which objects to look at, and the PowerShell that fixes them.
import { enumDef } from '../catalogue';
import type { ObjectKind } from '../catalogue/types';
import { isObjectsFile, OBJECT_FILE_KINDS, type AnalyzedFile } from '../document';
import { displayName, property, type ExchangeObject, type PropertyValue } from '../objects/model';
import type { Range } from '../types';

export const OBJECT_KINDS_OF_FILES = OBJECT_FILE_KINDS;

export function objectsOf(file: AnalyzedFile, kind: ObjectKind): ExchangeObject[] {
  return isObjectsFile(file) ? file.objects.filter((o) => o.kind === kind) : [];
}

/** A PowerShell double-quoted string literal: `"`, `$` and the backtick are escaped. */
export function psQuote(text: string): string {
  return `"${text.replace(/[`"$]/g, (c) => '`' + c)}"`;
}

/** `-Identity "EX01\Default Frontend EX01"`: Identity when printed, else Name. */
export function identityArg(obj: ExchangeObject): string {
  const id = property(obj, 'Identity');
  return `-Identity ${psQuote(id && !id.empty ? id.text : displayName(obj))}`;
}

/** `Set-SendConnector -Identity "Internet" -IgnoreSTARTTLS $false` */
export function setCommand(cmdlet: string, obj: ExchangeObject, params: string): string {
  return `${cmdlet} ${identityArg(obj)} ${params}`;
}

/** Connectors EdgeSync creates and keeps: "EdgeSync - <site> to Internet", "EdgeSync - Inbound to <site>". */
export function isEdgeSyncConnector(obj: ExchangeObject): boolean {
  return /^EdgeSync - /i.test(displayName(obj));
}

/** Where to run the fix for a connector EdgeSync manages. */
export function edgeSyncNote(obj: ExchangeObject): string {
  return isEdgeSyncConnector(obj)
    ? ' This connector is managed by EdgeSync: change it on a Mailbox (Hub) server, not on the Edge, then run Start-EdgeSynchronization (or wait for the next sync, about 3 minutes).'
    : '';
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
