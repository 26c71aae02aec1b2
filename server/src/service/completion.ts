// Completion in Format-List dumps: property names at the start of a line (for the object's kind, the ones it
// does not have yet), and values after the separator (booleans, enum and flags members). In every format:
// suppression comments where a comment can start (never where a value belongs), then their directives and ids.
import { enumDef, kindDef, OBJECT_KINDS, propertyDef } from './catalogue';
import { FORMAT_INFO, lineComment } from './formats/info';
import type { PropertyDef } from './catalogue/types';
import type { AnalyzedFile, ObjectsFile } from './document';
import type { ExchangeObject } from './objects/model';
import { RULES } from './rules';
import type { Position, Range } from './types';

export type CompletionKind = 'property' | 'value' | 'enum-member' | 'rule' | 'keyword' | 'snippet';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText?: string;
  /** `insertText` is a snippet (`${1:reason}` placeholders). */
  snippet?: boolean;
  /** What the typed text is matched against, when not the label. */
  filterText?: string;
  /** Ask the editor to complete again once inserted (a property name: its values come next). */
  retrigger?: boolean;
  /** The text the item replaces. */
  range: Range;
  sortText?: string;
}

const MAX_ITEMS = 500;

const DIRECTIVES = ['disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file'];

/** Inside a suppression comment its directives and rule ids; elsewhere what the format offers, and new comments. */
export function completions(file: AnalyzedFile, pos: Position, formatCompletions?: (file: AnalyzedFile, pos: Position) => CompletionItem[]): CompletionItem[] {
  const before = file.lines.lineText(pos.line).slice(0, pos.character);
  const inComment = suppressionCompletions(before, pos);
  if (inComment) return inComment;
  return [...(formatCompletions?.(file, pos) ?? []), ...suppressionSnippets(file, before, pos)];
}

const SNIPPETS: readonly { directive: string; detail: string; body: string }[] = [
  { directive: 'disable-next-line', detail: 'Silence a rule on the next line, with the reason', body: '${1:rule-id} -- ${2:reason}' },
  { directive: 'disable-line', detail: 'Silence a rule on this line, with the reason', body: '${1:rule-id} -- ${2:reason}' },
  { directive: 'disable', detail: 'Silence a rule until the matching enable comment', body: '${1:rule-id} -- ${2:reason}' },
  { directive: 'disable-file', detail: 'Silence a rule in the whole file, with the reason', body: '${1:rule-id} -- ${2:reason}' },
];

/**
 * New suppression comments, in the file's comment syntax, only where a comment can start: on a blank line or
 * after a comment opener. Never after a property's separator, inside a value or an element.
 */
function suppressionSnippets(file: AnalyzedFile, before: string, pos: Position): CompletionItem[] {
  if (file.kind === 'unknown' || file.kind === 'config') return [];
  const m = /^(\s*)((?:<!--|#|\/\/)\s*[\w-]*)?$/.exec(before);
  if (!m) return [];
  const typed = m[2] ?? '';
  const style = FORMAT_INFO[file.kind].comment;
  const range: Range = { start: { line: pos.line, character: m[1].length }, end: pos };
  return SNIPPETS.map((s, i) => {
    const text = lineComment(style, `exchange-transport-${s.directive} \u0000`);
    return {
      label: `exchange-transport-${s.directive}`,
      kind: 'snippet' as const,
      detail: s.detail,
      documentation: `\`${lineComment(style, `exchange-transport-${s.directive} rule-id -- reason`)}\`\n\nA suppression that silences nothing is reported (suppression-unused).`,
      insertText: text.replace(/[\\$}]/g, (c) => `\\${c}`).replace('\u0000', s.body) + '$0',
      snippet: true,
      filterText: typed ? `${text.slice(0, text.indexOf('exchange-transport-'))}exchange-transport-${s.directive}` : `exchange-transport-${s.directive}`,
      range,
      sortText: `~${i}`,
    };
  });
}

/** Format-List dumps: property names at a line start, values after the separator. */
export function objectCompletions(file: ObjectsFile, pos: Position): CompletionItem[] {
  if (file.kind !== 'format-list') return [];
  const before = file.lines.lineText(pos.line).slice(0, pos.character);
  const obj = objectAt(file.objects, pos.line);
  const sep = /^([A-Za-z_][A-Za-z0-9_.-]*)( *):( ?)(.*)$/.exec(before);
  if (sep) return valueCompletions(obj, sep[1], sep[4], pos);
  if (/^[A-Za-z_]*[A-Za-z0-9_.-]*$/.test(before)) return nameCompletions(obj, before, pos, separatorColumn(obj));
  return [];
}

/** Directive names after `exchange-transport-`, rule ids in the directive's list (before ` -- reason`). */
function suppressionCompletions(before: string, pos: Position): CompletionItem[] | undefined {
  const directive = /(?:<!--|#|\/\/|\/\*)\s*exchange-transport-([\w-]*)$/.exec(before);
  if (directive) {
    const range: Range = { start: { line: pos.line, character: pos.character - directive[1].length }, end: pos };
    return DIRECTIVES.map((d) => ({ label: d, kind: 'keyword' as const, detail: 'suppression directive', range }));
  }
  const list = /(?:<!--|#|\/\/|\/\*)\s*exchange-transport-(?:disable-next-line|disable-line|disable-file|disable|enable)\b((?:(?!\s--(?:\s|$)).)*)$/.exec(
    before,
  );
  if (!list) return undefined;
  const word = /[\w-]*$/.exec(list[1])![0];
  const range: Range = { start: { line: pos.line, character: pos.character - word.length }, end: pos };
  return RULES.filter((r) => r.meta.id.startsWith(word)).map((r) => ({
    label: r.meta.id,
    kind: 'rule' as const,
    detail: r.meta.defaultSeverity,
    documentation: r.meta.description,
    range,
  }));
}

/** The object the line belongs to, or the one just above (a new line typed after an object). */
function objectAt(objects: ExchangeObject[], line: number): ExchangeObject | undefined {
  let best: ExchangeObject | undefined;
  for (const o of objects) {
    if (o.range.start.line <= line) best = o;
    if (o.range.start.line > line) break;
  }
  return best && line <= best.range.end.line + 1 ? best : undefined;
}

function separatorColumn(obj: ExchangeObject | undefined): number | undefined {
  const p = obj?.properties[0];
  return p ? p.valueRange.start.character - 2 : undefined;
}

function nameCompletions(obj: ExchangeObject | undefined, typed: string, pos: Position, column: number | undefined): CompletionItem[] {
  const range: Range = { start: { line: pos.line, character: 0 }, end: pos };
  const defs: { def: PropertyDef; kind: string }[] = obj?.kind
    ? kindDef(obj.kind).properties.map((def) => ({ def, kind: kindDef(obj.kind!).label }))
    : OBJECT_KINDS.flatMap((k) => k.properties.map((def) => ({ def, kind: k.label })));
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  for (const { def, kind } of defs) {
    const key = def.name.toLowerCase();
    if (seen.has(key) || obj?.byName.has(key) || !key.startsWith(typed.toLowerCase())) continue;
    seen.add(key);
    const pad = column !== undefined && column > def.name.length ? ' '.repeat(column - def.name.length) : ' ';
    out.push({
      label: def.name,
      kind: 'property',
      detail: `${kind}${def.readOnly ? ' (read-only)' : ''}`,
      documentation: def.summary + (def.security ? `\n\n*TLS and relay:* ${def.security}` : ''),
      insertText: `${def.name}${pad}: `,
      // Booleans and enums: their values are offered at once, after the separator.
      ...(hasValueList(def) ? { retrigger: true } : {}),
      range,
      sortText: `${def.security ? '0' : '1'}${def.name}`,
    });
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function hasValueList(def: PropertyDef): boolean {
  const t = def.type;
  return t.kind === 'bool' || t.kind === 'enum' || t.kind === 'flags' || (t.kind === 'byte-size' && t.unlimited === true);
}

function valueCompletions(obj: ExchangeObject | undefined, name: string, typedValue: string, pos: Position): CompletionItem[] {
  if (!obj?.kind) return [];
  const def = propertyDef(obj.kind, name);
  if (!def) return [];
  const t = def.type;
  // For flags, complete the member after the last comma.
  const lastComma = t.kind === 'flags' ? typedValue.lastIndexOf(',') : -1;
  const partial = lastComma >= 0 ? typedValue.slice(lastComma + 1).trimStart() : typedValue;
  const range: Range = { start: { line: pos.line, character: pos.character - partial.length }, end: pos };
  let values: { label: string; doc?: string }[] = [];
  if (t.kind === 'bool') values = [{ label: 'True' }, { label: 'False' }];
  else if (t.kind === 'enum' || t.kind === 'flags') {
    const e = enumDef(t.enum);
    const already = new Set(typedValue.split(',').map((s) => s.trim().toLowerCase()));
    // A flags value lists members once; the zero member (None) only stands alone.
    values = (e?.members ?? [])
      .filter((m) => t.kind === 'enum' || (!already.has(m.name.toLowerCase()) && !(m.value === 0 && lastComma >= 0)))
      .map((m) => ({ label: m.name, doc: `${m.name} = ${m.value}: ${m.summary}` }));
  } else if (t.kind === 'byte-size' && t.unlimited) values = [{ label: 'Unlimited' }];
  return values
    .filter((v) => v.label.toLowerCase().startsWith(partial.toLowerCase()))
    .map((v) => ({ label: v.label, kind: t.kind === 'bool' ? 'value' : 'enum-member', detail: def.name, documentation: v.doc, range }));
}
