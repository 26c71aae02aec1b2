// Inline suppression comments, the same words in every file kind:
//   <!-- exchange-transport-disable-next-line ignore-starttls: reason -->       (XML: subscriptions, CLIXML;
//                                                  `--` is not allowed in an XML comment, `:` is read everywhere)
//   # exchange-transport-disable-next-line ignore-starttls, open-relay -- reason (dumps, scripts)
//   // exchange-transport-disable-line certificate-expiring -- reason           (JSON with comments)
// Directives: disable-next-line, disable-line, disable / enable (blocks), disable-file. No rule list = all rules.
// A directive that silences nothing is reported, so stale suppressions do not pile up.
import type { LineIndex } from './text/lineIndex';
import type { Range } from './types';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty = every rule. */
  rules: { id: string; range: Range }[];
  reason?: string;
  /** 0-based line of the comment. */
  line: number;
  /** The whole directive (from the marker to the end of its comment). */
  range: Range;
  /** The comment itself, for removing it. */
  commentRange: Range;
}

export const MARKER = 'exchange-transport-';

// The comment opener, then the marker and the directive. Longest directive names first.
const DIRECTIVE_RE = /(<!--|#|\/\/|\/\*)\s*exchange-transport-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n\r]*)/g;

export function findDirectives(text: string, lines: LineIndex): Directive[] {
  if (!text.includes(MARKER)) return [];
  const out: Directive[] = [];
  DIRECTIVE_RE.lastIndex = 0;
  for (let m = DIRECTIVE_RE.exec(text); m; m = DIRECTIVE_RE.exec(text)) {
    const opener = m[1];
    const kind = m[2] as DirectiveKind;
    let rest = m[3];
    const closer = opener === '<!--' ? rest.indexOf('-->') : opener === '/*' ? rest.indexOf('*/') : -1;
    if (closer >= 0) rest = rest.slice(0, closer);
    const restStart = m.index + m[0].length - m[3].length;
    const sep = rest.search(/\s--(\s|$)|:(\s|$)/);
    const list = sep >= 0 ? rest.slice(0, sep) : rest;
    const reason =
      sep >= 0
        ? rest
            .slice(sep)
            .replace(/^\s*(--|:)\s*/, '')
            .trim() || undefined
        : undefined;
    const rules: Directive['rules'] = [];
    const idRe = /[A-Za-z0-9][\w-]*/g;
    for (let r = idRe.exec(list); r; r = idRe.exec(list)) {
      rules.push({ id: r[0], range: lines.range(restStart + r.index, restStart + r.index + r[0].length) });
    }
    const markerStart = m.index + m[0].indexOf('exchange-transport-');
    const commentEnd = closer >= 0 ? restStart + closer + (opener === '<!--' ? 3 : 2) : restStart + m[3].length;
    const line = lines.positionAt(m.index).line;
    out.push({
      kind,
      rules,
      reason,
      line,
      range: lines.range(markerStart, restStart + rest.trimEnd().length),
      commentRange: lines.range(m.index, commentEnd),
    });
  }
  return out;
}

export interface Suppressible {
  code: string;
  range: Range;
}

export interface SuppressionResult<T extends Suppressible> {
  kept: T[];
  /** Directives (or single rule ids in them) that silenced nothing. */
  unused: { directive: Directive; ruleId?: string; range: Range }[];
}

/** Removes suppressed diagnostics and finds the directives that silenced nothing. */
export function applySuppressions<T extends Suppressible>(diagnostics: T[], directives: Directive[]): SuppressionResult<T> {
  if (directives.length === 0) return { kept: diagnostics, unused: [] };
  const used = new Map<Directive, Set<string>>();
  const mark = (d: Directive, code: string) => {
    let s = used.get(d);
    if (!s) used.set(d, (s = new Set()));
    s.add(code);
  };
  const covers = (d: Directive, code: string) => d.rules.length === 0 || d.rules.some((r) => r.id === code);
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  const kept: T[] = [];
  for (const diag of diagnostics) {
    const line = diag.range.start.line;
    let by: Directive | undefined;
    for (const d of sorted) {
      if (!covers(d, diag.code)) continue;
      if (d.kind === 'disable-file' || (d.kind === 'disable-next-line' && d.line + 1 === line) || (d.kind === 'disable-line' && d.line === line)) {
        by = d;
        break;
      }
    }
    if (!by) by = openBlock(sorted, diag.code, line, covers);
    if (by) mark(by, diag.code);
    else kept.push(diag);
  }
  const unused: SuppressionResult<T>['unused'] = [];
  for (const d of sorted) {
    if (d.kind === 'enable') continue;
    const hits = used.get(d);
    if (!hits) {
      unused.push({ directive: d, range: d.range });
      continue;
    }
    for (const r of d.rules) if (!hits.has(r.id)) unused.push({ directive: d, ruleId: r.id, range: r.range });
  }
  return { kept, unused };
}

/** The `disable` block in force for a rule at a line, if any (a later `enable` for the rule closes it). */
function openBlock(sorted: Directive[], code: string, line: number, covers: (d: Directive, code: string) => boolean): Directive | undefined {
  let open: Directive | undefined;
  for (const d of sorted) {
    if (d.line >= line) break;
    if (d.kind === 'disable' && covers(d, code)) open = d;
    else if (d.kind === 'enable' && covers(d, code)) open = undefined;
  }
  return open;
}
