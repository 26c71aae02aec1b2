// PowerShell scripts that set up transport: `New-`/`Set-` SendConnector, ReceiveConnector, InboundConnector and
// OutboundConnector commands become objects of the shared model, one per command, holding the parameters the
// command sets (with ranges on their values), so the connector rules and hovers work on scripts too. Only what
// the command says is known: a parameter it does not set is absent, a variable or expression is "present but
// unknown". This reads commands, not the PowerShell language: no evaluation, no pipelines into these cmdlets.
import type { ObjectKind } from '../catalogue/types';
import { OffsetListItem, OffsetProperty } from '../objects/lazyRanges';
import type { ExchangeObject, PropertyValue } from '../objects/model';
import type { LineIndex } from '../text/lineIndex';

const COMMAND = /(^|[\s;|({])((?:New|Set)-(SendConnector|ReceiveConnector|InboundConnector|OutboundConnector))(?=[\s`;|)}]|$)/gim;

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

interface Value {
  text: string;
  start: number;
  end: number;
  unknown: boolean;
  items?: { text: string; start: number; end: number }[];
}

export function parseScript(text: string, lines: LineIndex): ExchangeObject[] {
  const objects: ExchangeObject[] = [];
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(text); m; m = COMMAND.exec(text)) {
    const start = m.index + m[1].length;
    if (inComment(text, start)) continue;
    const kind = KIND[m[3].toLowerCase()];
    const isNew = /^new-/i.test(m[2]);
    const obj = parseCommand(text, lines, start + m[2].length, kind, isNew);
    objects.push({ ...obj, range: lines.range(start, obj.end) });
    COMMAND.lastIndex = Math.max(COMMAND.lastIndex, obj.end);
  }
  return objects;
}

function inComment(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(lineStart, at).includes('#');
}

function parseCommand(text: string, lines: LineIndex, from: number, kind: ObjectKind, isNew: boolean): Omit<ExchangeObject, 'range'> & { end: number } {
  const properties: PropertyValue[] = [];
  let i = from;
  let positional = true;
  for (;;) {
    i = skipBlanks(text, i);
    const c = text[i];
    if (i >= text.length || c === '\n' || c === '\r' || c === ';' || c === '|' || c === '}' || c === ')' || c === '#') break;
    if (c === '-' && /[A-Za-z]/.test(text[i + 1] ?? '')) {
      const name = /^-([A-Za-z][A-Za-z0-9]*)(:?)/.exec(text.slice(i, i + 80))!;
      const nameStart = i + 1;
      const nameEnd = nameStart + name[1].length;
      i = nameEnd + name[2].length;
      const after = skipBlanks(text, i);
      const next = text[after];
      // A switch (`-RequireTLS`) when the next thing is another parameter or the end of the command.
      const isSwitch =
        !name[2] &&
        (after >= text.length ||
          next === '\n' ||
          next === '\r' ||
          next === ';' ||
          next === '|' ||
          next === '#' ||
          (next === '-' && /[A-Za-z]/.test(text[after + 1] ?? '')));
      const value: Value = isSwitch ? { text: 'True', start: nameEnd, end: nameEnd, unknown: false } : readValue(text, after);
      if (!isSwitch) i = value.end;
      properties.push(property(lines, name[1], nameStart, value));
      positional = false;
      continue;
    }
    // The first bare argument is the Identity (Set-) or the Name (New-).
    const value = readValue(text, i);
    if (value.end === i) break;
    if (positional) properties.push(property(lines, isNew ? 'Name' : 'Identity', i, value, true));
    positional = false;
    i = value.end;
  }
  const byName = new Map<string, PropertyValue>();
  for (const p of properties) if (!byName.has(p.name.toLowerCase())) byName.set(p.name.toLowerCase(), p);
  return { kind, format: 'powershell', properties, byName, end: i };
}

function skipBlanks(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    // A backtick at the end of a line continues the command.
    if (c === '`' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\r' ? 3 : 2;
      continue;
    }
    return i;
  }
}

/** One argument: a literal, a quoted string, a comma list of them, or an expression/variable (unknown). */
function readValue(text: string, start: number): Value {
  const items: { text: string; start: number; end: number; unknown: boolean }[] = [];
  let i = start;
  for (;;) {
    const item = readAtom(text, i);
    if (item.end === i) break;
    items.push(item);
    i = skipBlanks(text, item.end);
    if (text[i] === ',') {
      i = skipBlanks(text, i + 1);
      continue;
    }
    i = item.end;
    break;
  }
  if (items.length === 0) return { text: '', start, end: start, unknown: true };
  if (items.length === 1) return { ...items[0] };
  return {
    text: `{${items.map((x) => x.text).join(', ')}}`,
    start: items[0].start,
    end: items[items.length - 1].end,
    unknown: items.some((x) => x.unknown),
    items,
  };
}

function readAtom(text: string, i: number): { text: string; start: number; end: number; unknown: boolean } {
  const c = text[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '`' && c === '"' ? 2 : 1;
    const raw = text.slice(i + 1, j);
    // A double-quoted string with $variables is not a literal.
    return { text: raw, start: i + 1, end: Math.min(j + 1, text.length), unknown: c === '"' && /\$[\w{(]/.test(raw) };
  }
  if (c === '$') {
    const word = /^\$(true|false|null)\b/i.exec(text.slice(i, i + 6));
    if (word)
      return {
        text: word[1].toLowerCase() === 'null' ? '' : word[1][0].toUpperCase() + word[1].slice(1).toLowerCase(),
        start: i,
        end: i + word[0].length,
        unknown: false,
      };
    const v = /^\$[\w:]+(\.[\w]+)*/.exec(text.slice(i, i + 200));
    return { text: '', start: i, end: i + (v ? v[0].length : 1), unknown: true };
  }
  if (c === '(' || c === '@') {
    // (Get-Credential), @{Add="Tls"}, @("a","b"): evaluated at run time; skipped as a balanced group.
    const open = c === '@' ? text[i + 1] : c;
    const close = open === '{' ? '}' : ')';
    let depth = 0;
    let j = c === '@' ? i + 1 : i;
    for (; j < text.length; j++) {
      if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) {
        j++;
        break;
      }
    }
    return { text: '', start: i, end: j, unknown: true };
  }
  const bare = /^[^\s,;|#(){}"'`]+/.exec(text.slice(i, i + 2000));
  if (!bare || bare[0].startsWith('-')) return { text: '', start: i, end: i, unknown: false };
  return { text: bare[0], start: i, end: i + bare[0].length, unknown: false };
}

function property(lines: LineIndex, name: string, nameStart: number, v: Value, positional = false): PropertyValue {
  // A positional argument has no name in the file: its name range is its value.
  const p = new OffsetProperty(
    name,
    v.unknown ? '' : v.text,
    !v.unknown && v.text === '',
    lines,
    positional ? v.start : nameStart,
    v.start,
    v.end,
    positional ? v.end : nameStart + name.length,
  );
  if (v.items && !v.unknown) p.list = v.items.map((x) => new OffsetListItem(x.text, lines, x.start, x.end));
  return p;
}
