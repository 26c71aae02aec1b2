// Syntax tree → what each top-level statement of a script holds: its commands with their arguments, its
// assignments and the variables it declares, its unreadable parts. Nothing is resolved here (./bind.ts does): the
// result depends only on the statement's text, so the next version of an edited script reuses it for every
// statement whose text did not change. Offsets are relative to the statement's start.
//
// The tree gives the structure (statements, pipelines, commands, their elements, lists, hashtables); leaf values
// (strings, numbers, $variables, bare words) are read from the text of the node the tree delimits, which saves
// walking the grammar's chains of single-child expression nodes.
import type { Node } from 'web-tree-sitter';
import type { Span, ValueForm } from './model';

export interface RawValue extends Span {
  form: ValueForm | 'variable';
  text: string;
  unknown: boolean;
  items?: RawValue[];
  entries?: { key: string; keySpan: Span; value: RawValue }[];
  /** form 'variable': the lower-case name without scope (`$script:Name` → `name`). */
  variable?: string;
}

export type RawElement =
  | { kind: 'parameter'; name: string; nameSpan: Span; start: number; end: number; colon: boolean }
  | { kind: 'value'; value: RawValue }
  | { kind: 'splat'; variable: string; start: number; end: number };

export interface RawCommand extends Span {
  name: string;
  nameSpan: Span;
  elements: RawElement[];
  /** The start of the command piped into this one, or the expression piped into it. */
  pipedFrom?: number;
  pipedValue?: RawValue;
  statement: Span;
}

export interface RawDefinition {
  /** Lower-case name without scope. */
  variable: string;
  at: number;
  /** A plain `$x = <value>` that is a statement of its own (not in a block, a loop or a branch). */
  plain: boolean;
  /** The assigned value, for a plain assignment. */
  value?: RawValue;
}

export interface UnitExtract {
  commands: RawCommand[];
  definitions: RawDefinition[];
  unreadable: Span[];
}

export const EMPTY_UNIT: UnitExtract = { commands: [], definitions: [], unreadable: [] };

/** Nodes that only wrap one other node: a value is read through them. */
const WRAPPERS = new Set([
  'pipeline',
  'pipeline_chain',
  'logical_expression',
  'bitwise_expression',
  'comparison_expression',
  'additive_expression',
  'multiplicative_expression',
  'format_expression',
  'range_expression',
  'array_literal_expression',
  'unary_expression',
  'parenthesized_expression',
  'sub_expression',
  'array_expression',
  'statement_list',
]);

const FOUND = ['command', 'assignment_expression', 'script_parameter', 'foreach_statement'];

export function extractUnit(unit: Node, text: string): UnitExtract {
  if (unit.type === 'comment') return EMPTY_UNIT;
  const base = unit.startIndex;
  const out: UnitExtract = { commands: [], definitions: [], unreadable: [] };
  for (const node of unit.descendantsOfType(FOUND)) {
    switch (node.type) {
      case 'command': {
        const cmd = readCommand(node, text, base);
        if (cmd) out.commands.push(cmd);
        break;
      }
      case 'assignment_expression':
        out.definitions.push(readAssignment(node, unit, text, base));
        break;
      default: {
        // A script or function parameter, a foreach variable: set at run time.
        const v = node.namedChildren.find((c) => c.type === 'variable');
        const name = v && variableName(text.slice(v.startIndex, v.endIndex));
        if (name) out.definitions.push({ variable: name, at: v.startIndex - base, plain: false });
      }
    }
  }
  if (unit.hasError) collectErrors(unit, base, out.unreadable);
  return out;
}

function readCommand(node: Node, text: string, base: number): RawCommand | undefined {
  const nameNode = node.childForFieldName('command_name');
  if (!nameNode) return undefined;
  const cmd: RawCommand = {
    name: text.slice(nameNode.startIndex, nameNode.endIndex),
    nameSpan: { start: nameNode.startIndex - base, end: nameNode.endIndex - base },
    start: node.startIndex - base,
    end: node.endIndex - base,
    elements: [],
    statement: statementOf(node, base),
  };
  const elements = node.childForFieldName('command_elements');
  if (elements) readElements(elements, text, base, cmd.elements);
  // Trailing blanks are part of the elements; the command ends with its last element.
  const last = cmd.elements[cmd.elements.length - 1];
  cmd.end = last ? Math.max(cmd.nameSpan.end, last.kind === 'value' ? last.value.end : last.end) : cmd.nameSpan.end;
  const parent = node.parent;
  if (parent?.type === 'pipeline_chain') {
    const before = node.previousNamedSibling;
    if (before?.type === 'command') cmd.pipedFrom = before.startIndex - base;
    else if (before && before.type !== 'redirections') cmd.pipedValue = readValue(before, text, base);
  }
  return cmd;
}

/** The statement a command is part of: its pipeline, and an assignment of the pipeline's output. */
function statementOf(node: Node, base: number): Span {
  let top: Node = node;
  for (let p = node.parent; p && (p.type === 'pipeline_chain' || p.type === 'pipeline' || p.type === 'assignment_expression'); p = p.parent) top = p;
  return { start: top.startIndex - base, end: top.endIndex - base };
}

function readElements(elements: Node, text: string, base: number, out: RawElement[]): void {
  for (const el of elements.namedChildren) {
    switch (el.type) {
      case 'command_argument_sep':
      case 'redirection':
      case 'stop_parsing':
      case 'argument_list':
        continue;
      case 'command_parameter': {
        const raw = text.slice(el.startIndex, el.endIndex);
        const dashes = /^-+/.exec(raw)?.[0].length ?? 1;
        out.push({
          kind: 'parameter',
          name: raw.slice(dashes),
          nameSpan: { start: el.startIndex + dashes - base, end: el.endIndex - base },
          start: el.startIndex - base,
          end: el.endIndex - base,
          colon: text[el.endIndex] === ':',
        });
        continue;
      }
      default: {
        const t = text.slice(el.startIndex, el.endIndex);
        if (/^@\w+$/.test(t)) {
          out.push({ kind: 'splat', variable: t.slice(1).toLowerCase(), start: el.startIndex - base, end: el.endIndex - base });
          continue;
        }
        const previous = out[out.length - 1];
        // `a, b`: the grammar reads the second item as an argument of its own, starting with the comma (which the
        // parser's copy of the text may have moved after the blanks: see ./grammar.ts).
        const lead = /^[\s,]*/.exec(t)![0].length;
        if (previous?.kind === 'value' && /^\s*,\s*$/.test(text.slice(previous.value.end + base, el.startIndex + lead))) {
          const item = leafValue(t.slice(lead), el.startIndex + lead - base, el.type === 'generic_token');
          previous.value = appendItem(previous.value, item);
          continue;
        }
        // `EX01\Default` Frontend`: an escaped blank joins two words into one argument.
        if (previous?.kind === 'value' && previous.value.form === 'bare' && /`$/.test(text.slice(previous.value.start + base, previous.value.end + base))) {
          const joined = text.slice(previous.value.start + base, el.endIndex);
          previous.value = { ...previous.value, end: el.endIndex - base, text: unescapeBare(joined) };
          continue;
        }
        out.push({ kind: 'value', value: readValue(el, text, base) });
      }
    }
  }
}

function appendItem(list: RawValue, item: RawValue): RawValue {
  const items = list.form === 'list' && list.items ? [...list.items, item] : [list, item];
  return listValue(items, list.start, item.end);
}

function listValue(items: RawValue[], start: number, end: number): RawValue {
  const unknown = items.some((i) => i.unknown || i.form === 'variable');
  return { form: 'list', start, end, unknown, text: unknown ? '' : `{${items.map((i) => i.text).join(', ')}}`, items };
}

/** A value the tree delimits: a literal read from its text, or a list, hashtable or expression read from the tree. */
export function readValue(node: Node, text: string, base: number): RawValue {
  const leaf = leafValue(text.slice(node.startIndex, node.endIndex), node.startIndex - base, node.type === 'generic_token');
  if (!leaf.unknown || leaf.form === 'variable') return leaf;
  let n = node;
  while (WRAPPERS.has(n.type) && n.namedChildCount === 1) n = n.firstNamedChild!;
  if (n !== node) {
    const inner = leafValue(text.slice(n.startIndex, n.endIndex), n.startIndex - base, n.type === 'generic_token');
    // A literal found inside wrappers (`("a")`) keeps the range of the literal itself.
    if (!inner.unknown || inner.form === 'variable') return inner;
  }
  const start = node.startIndex - base;
  const end = node.endIndex - base;
  switch (n.type) {
    case 'array_literal_expression':
      return listValue(
        n.namedChildren.map((c) => readValue(c, text, base)),
        start,
        end,
      );
    case 'array_expression':
    case 'sub_expression':
      // `@()`: an empty list.
      if (n.namedChildCount === 0 && n.type === 'array_expression') return { form: 'list', start, end, unknown: false, text: '{}', items: [] };
      break;
    case 'hash_literal_expression':
      return readHashtable(n, text, base, start, end);
  }
  return { form: 'expression', start, end, unknown: true, text: '' };
}

function readHashtable(n: Node, text: string, base: number, start: number, end: number): RawValue {
  const entries: NonNullable<RawValue['entries']> = [];
  const body = n.namedChildren.find((c) => c.type === 'hash_literal_body');
  for (const entry of body?.namedChildren ?? []) {
    if (entry.type !== 'hash_entry') continue;
    const keyNode = entry.namedChildren.find((c) => c.type === 'key_expression');
    const valueNode = entry.lastNamedChild;
    if (!keyNode || !valueNode || valueNode === keyNode) continue;
    const key = leafValue(text.slice(keyNode.startIndex, keyNode.endIndex), keyNode.startIndex - base, true);
    if (key.unknown) continue;
    const quoted = /^['"]/.test(text[keyNode.startIndex]) ? 1 : 0;
    entries.push({
      key: key.text,
      keySpan: { start: keyNode.startIndex - base + quoted, end: keyNode.endIndex - base - quoted },
      value: readValue(valueNode, text, base),
    });
  }
  return { form: 'hashtable', start, end, unknown: false, text: '', entries };
}

const SINGLE_QUOTED = /^'(?:[^'\u2018\u2019]|'')*'$/;
// No `$` that expands a variable or a sub-expression, no unescaped quote.
const DOUBLE_QUOTED = /^"(?:[^"`$]|`[\s\S]|""|\$(?![\w{(:?^$]))*"$/;
const VARIABLE = /^\$(?:\{([^}]+)\}|((?:script|global|local|private|using):)?(\w+))$/i;
const NUMBER = /^[+-]?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:[kmgtp]b)?$/i;

/** A leaf value from its text: a quoted string, $true/$false/$null, a $variable, a number, a bare word. */
export function leafValue(t: string, start: number, bare: boolean): RawValue {
  const end = start + t.length;
  if (SINGLE_QUOTED.test(t)) return { form: 'string', start, end, unknown: false, text: t.slice(1, -1).replace(/''/g, "'") };
  if (DOUBLE_QUOTED.test(t)) return { form: 'string', start, end, unknown: false, text: unescapeDouble(t.slice(1, -1)) };
  const lower = t.toLowerCase();
  if (lower === '$true' || lower === '$false') return { form: 'boolean', start, end, unknown: false, text: lower === '$true' ? 'True' : 'False' };
  if (lower === '$null') return { form: 'null', start, end, unknown: false, text: '' };
  const v = VARIABLE.exec(t);
  if (v) {
    const scope = v[2]?.toLowerCase();
    // $using: and the environment are outside the script.
    const known = scope !== 'using:' && !/^env:/i.test(v[1] ?? '');
    return { form: 'variable', start, end, unknown: true, text: '', ...(known ? { variable: (v[1] ?? v[3]).toLowerCase() } : {}) };
  }
  if (NUMBER.test(t)) return { form: 'number', start, end, unknown: false, text: t };
  if (bare && t && !/[$"'@(){}]/.test(t[0])) return { form: 'bare', start, end, unknown: false, text: unescapeBare(t) };
  return { form: 'expression', start, end, unknown: true, text: '' };
}

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function unescapeDouble(s: string): string {
  if (!s.includes('`') && !s.includes('""')) return s;
  return s.replace(/`([\s\S])|""/g, (_, c: string | undefined) => (c === undefined ? '"' : (ESCAPES[c] ?? c)));
}

function unescapeBare(s: string): string {
  return s.includes('`') ? s.replace(/`([\s\S])/g, '$1') : s;
}

function readAssignment(node: Node, unit: Node, text: string, base: number): RawDefinition {
  const left = node.namedChildren.find((c) => c.type === 'left_assignment_expression');
  const op = node.namedChildren.find((c) => c.type === 'assignement_operator');
  const valueNode = node.childForFieldName('value');
  // `[string]$x = ...`: the variable is the last thing on the left.
  const leftText = left ? text.slice(left.startIndex, left.endIndex).replace(/^(\s*\[[^\]]*(?:\[\])?\]\s*)+/, '') : '';
  const name = variableName(leftText.trim());
  const at = (left?.startIndex ?? node.startIndex) - base;
  if (!name) return { variable: '', at, plain: false };
  // A statement of its own: the assignment is the whole unit (not inside a block, a branch or a loop).
  const plain = op !== undefined && text.slice(op.startIndex, op.endIndex) === '=' && node.startIndex === unit.startIndex && node.endIndex === unit.endIndex;
  return plain && valueNode ? { variable: name, at, plain, value: readValue(valueNode, text, base) } : { variable: name, at, plain: false };
}

function variableName(t: string): string | undefined {
  const v = VARIABLE.exec(t);
  return v ? (v[1] ?? v[3]).toLowerCase() : undefined;
}

/** The parts the grammar could not read: ERROR nodes, and tokens it had to assume (MISSING). */
function collectErrors(node: Node, base: number, out: Span[]): void {
  if (node.type === 'ERROR' || node.isMissing) {
    // The blank the grammar assumes between `a,b` is a quirk of its own, not a problem of the script.
    if (!(node.isMissing && node.type === ' ')) out.push({ start: node.startIndex - base, end: node.endIndex - base });
    return;
  }
  for (const c of node.children) if (c.hasError || c.isMissing) collectErrors(c, base, out);
}
