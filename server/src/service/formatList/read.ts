// Format-List text → typed objects: the parse (./parse.ts), then what a paste tells beyond the property lines.
// The kind of a partial dump comes from its names and from the cmdlet on the command line above it; the object
// that command asked for (`Get-ReceiveConnector "Default EX01" | fl auth*`) names an object that printed no Name
// or Identity; a collection a custom Select joined with commas is read as a collection.
import { detectObjectKindByKeys, isMultilineProperty, propertyDef } from '../catalogue';
import type { ObjectKind } from '../catalogue/types';
import { OffsetProperty } from '../objects/lazyRanges';
import type { ExchangeObject } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';
import type { PastedCommand } from './command';
import { joinedItems, parseFormatList, type FlComment } from './parse';

export interface FormatListRead {
  objects: ExchangeObject[];
  comments: FlComment[];
  commands: PastedCommand[];
}

export function readFormatList(text: string, lines: LineIndex): FormatListRead {
  const parsed = parseFormatList(text, lines, { isMultiline: isMultilineProperty });
  const perCommand = new Map<number, number>();
  for (const c of parsed.commandOf) if (c !== undefined) perCommand.set(c, (perCommand.get(c) ?? 0) + 1);
  parsed.objects.forEach((obj, i) => {
    const c = parsed.commandOf[i];
    const cmd = c === undefined ? undefined : parsed.commands[c];
    if (cmd) obj.pastedCommand = { text: cmd.text, cmdlet: cmd.cmdlet, range: lines.range(cmd.start, cmd.end) };
    // The object the command asked for is this one when the command printed nothing else.
    if (cmd && perCommand.get(c!) === 1) nameFromCommand(obj, cmd, lines);
    obj.kind = detectObjectKindByKeys(obj.byName, cmd?.kind);
    if (obj.kind) readJoinedLists(obj, obj.kind);
  });
  return { objects: parsed.objects, comments: parsed.comments, commands: parsed.commands };
}

const THUMBPRINT = /^[0-9A-Fa-f]{40}$/;

/**
 * The Identity (or, for a certificate, the Thumbprint) given on the command line, for an object that printed
 * neither it nor a Name: looked up like a property (messages and fixes name the object by it), placed on the
 * argument in the command line, and not listed among the object's properties (it was not in the output).
 */
function nameFromCommand(obj: ExchangeObject, cmd: PastedCommand, lines: LineIndex): void {
  const id = cmd.identity;
  if (!id) return;
  const certificate = cmd.kind === 'exchange-certificate';
  const name = certificate && THUMBPRINT.test(id.text) ? 'Thumbprint' : 'Identity';
  if (obj.byName.has(name.toLowerCase()) || (!certificate && obj.byName.has('name'))) return;
  obj.byName.set(name.toLowerCase(), new OffsetProperty(name, id.text, false, lines, id.start, id.start, id.end, id.end));
}

/** Capabilities follow their domain after commas of their own: `contoso.com:AcceptOorgProtocol,AllowSubmit`. */
const CAPABILITY_PIECE = (piece: string) => !piece.includes(':');

function readJoinedLists(obj: ExchangeObject, kind: ObjectKind): void {
  for (const p of obj.properties) {
    if (p.list || p.empty) continue;
    const type = propertyDef(kind, p.name)?.type;
    if (type?.kind !== 'list') continue;
    const items = joinedItems(p, type.item === 'tls-domain-capability' ? CAPABILITY_PIECE : undefined);
    if (items) p.list = items;
  }
}
