// Quick fixes. For files that are dumps of live state (and for subscription files, which Exchange writes), the
// repair is PowerShell run against the server: copy it (one finding, all of one rule, or all of the file as one
// script), or keep it in the file as a comment. Files the user edits (scripts, the configuration) are repaired
// in place, one finding or all of a rule at once. Every finding can be suppressed for its line or the file, and
// its rule's page opened; stale suppressions can be removed and misspelt names corrected.
import { isObjectsFile, type AnalyzedFile } from './document';
import { RULE_BY_ID } from './rules';
import { findDirectives } from './suppression';
import { FORMAT_INFO, lineComment } from './formats/info';
import type { Diagnostic, DiagnosticFix, Range } from './types';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix';
  /** The diagnostic the action fixes (by code and range), for the client's lightbulb. */
  diagnostic?: Pick<Diagnostic, 'code' | 'range'>;
  edits?: TextEdit[];
  /**
   * The same edits as snippets (`${1:reason}` placeholders), for clients that take snippet edits: the cursor
   * lands on what the user must still write. Clients without them apply `edits`.
   */
  snippetEdits?: TextEdit[];
  /** Text for the client to copy to the clipboard (a PowerShell fix to run on the server). */
  copy?: string;
  /** A rule id whose documentation page the client opens. */
  showDocs?: string;
  isPreferred?: boolean;
}

/** A comment in the file's own syntax (./formats/info.ts). */
function comment(file: AnalyzedFile, body: string): string {
  return lineComment(file.kind === 'unknown' ? 'hash' : FORMAT_INFO[file.kind].comment, body);
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** An edit that inserts a whole line above `line`, indented like it (Format-List comments start at column 0). */
function insertLineAbove(file: AnalyzedFile, line: number, content: string): TextEdit {
  const lineText = file.lines.lineText(line);
  const indent = file.kind === 'format-list' ? '' : /^\s*/.exec(lineText)![0];
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}${content}${eolOf(file.text)}` };
}

/** Text as literal snippet text (no placeholders in it). */
function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Actions for the diagnostics the editor sends (with the fixes the server attached to them). */
export function codeActions(file: AnalyzedFile, diagnostics: readonly Diagnostic[], all: readonly Diagnostic[] = diagnostics): CodeAction[] {
  const out: CodeAction[] = [];
  const titles = new Set<string>();
  const add = (a: CodeAction) => {
    if (titles.has(a.title)) return;
    titles.add(a.title);
    out.push(a);
  };
  for (const d of diagnostics) {
    if (!RULE_BY_ID.has(d.code)) continue;
    const target = { code: d.code, range: d.range };
    (d.fixes ?? []).forEach((fix, i) => {
      const preferred = i === 0;
      if (fix.edits?.length) {
        // The file itself can be repaired: a script, a misspelt name, the configuration.
        add({ title: fix.title, kind: 'quickfix', diagnostic: target, isPreferred: preferred, edits: fix.edits });
      }
      // A file repaired in place (a script) needs no copy of the command besides.
      if (!fix.command || fix.edits?.length) return;
      add({
        title: copyTitle(fix),
        kind: 'quickfix',
        diagnostic: target,
        isPreferred: preferred,
        copy: fix.command,
      });
      if (isObjectsFile(file) && file.kind === 'format-list') {
        add({
          title: `Insert as a comment: ${fix.command}`,
          kind: 'quickfix',
          diagnostic: target,
          edits: [insertLineAbove(file, d.range.start.line, comment(file, `fix (${d.code}): ${fix.command}`))],
        });
      }
    });
    for (const a of fixAll(file, d, all)) add(a);
    if (d.code === 'suppression-unused') for (const a of removeUnusedSuppression(file, d)) add(a);
    // Configuration problems are fixed, not suppressed.
    if (!d.code.startsWith('suppression-') && d.code !== 'config-invalid' && file.kind !== 'config' && file.kind !== 'unknown') {
      for (const a of suppressions(file, d)) add(a);
    }
    add({ title: `Show documentation for ${d.code}`, kind: 'quickfix', diagnostic: target, showDocs: d.code });
  }
  return out;
}

function copyTitle(fix: DiagnosticFix): string {
  return /^copy\b/i.test(fix.title) ? fix.title : `${fix.title}: copy the PowerShell`;
}

/** The fix each finding would get first: its preferred fix. */
function preferredFix(d: Diagnostic): DiagnosticFix | undefined {
  return d.fixes?.[0];
}

/**
 * Fix all of one rule in the file (edits, when two or more findings of the rule have them), copy all of one
 * rule's commands as one script, and copy every command of the file as one script.
 */
function fixAll(file: AnalyzedFile, d: Diagnostic, all: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const target = { code: d.code, range: d.range };
  const sameRule = all.filter((x) => x.code === d.code);
  const withEdits = sameRule.filter((x) => preferredFix(x)?.edits?.length);
  if (withEdits.length >= 2) {
    const edits = nonOverlapping(withEdits.flatMap((x) => preferredFix(x)!.edits!));
    out.push({ title: `Fix all ${withEdits.length} ${d.code} problems in this file`, kind: 'quickfix', diagnostic: target, edits });
  }
  // Commands to run on a server: for files that are not repaired in place (a script's own edits fix it).
  const runs = (x: Diagnostic) => preferredFix(x)?.command !== undefined && !preferredFix(x)?.edits?.length;
  const ruleCommands = sameRule.filter(runs);
  if (ruleCommands.length >= 2) {
    out.push({
      title: `Copy all ${ruleCommands.length} ${d.code} fixes as one script`,
      kind: 'quickfix',
      diagnostic: target,
      copy: script(file, ruleCommands),
    });
  }
  const fileCommands = all.filter(runs);
  if (fileCommands.length >= 2 && fileCommands.length > ruleCommands.length) {
    out.push({
      title: `Copy all ${fileCommands.length} fixes in this file as one script`,
      kind: 'quickfix',
      diagnostic: target,
      copy: script(file, fileCommands),
    });
  }
  return out;
}

/** Edits in file order, dropping any that overlaps one before it (two findings fixed by the same change). */
function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const key = (p: { line: number; character: number }) => p.line * 1e7 + p.character;
  const sorted = [...edits].sort((a, b) => key(a.range.start) - key(b.range.start));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && key(e.range.start) < key(last.range.end)) continue;
    if (last && key(e.range.start) === key(last.range.start) && e.newText === last.newText) continue;
    out.push(e);
  }
  return out;
}

/** The preferred fix commands of some findings as one PowerShell script, each under what it changes. */
function script(file: AnalyzedFile, findings: readonly Diagnostic[]): string {
  const name = file.uri.split(/[\\/]/).pop() || file.uri;
  const lines = [`# exchange-transport fixes for ${name} (${findings.length}). Read each before you run it.`];
  const seen = new Set<string>();
  for (const d of findings) {
    const fix = preferredFix(d)!;
    if (seen.has(fix.command!)) continue;
    seen.add(fix.command!);
    lines.push('', `# ${d.code}, line ${d.range.start.line + 1}: ${fix.title}`, fix.command!);
  }
  return lines.join('\n') + '\n';
}

/** Suppress for this line (above the finding) and for the whole file; the cursor lands on the reason. */
function suppressions(file: AnalyzedFile, d: Diagnostic): CodeAction[] {
  const target = { code: d.code, range: d.range };
  const lineDirective = (reason: string) => comment(file, `exchange-transport-disable-next-line ${d.code} -- ${reason}`);
  const line = insertLineAbove(file, d.range.start.line, lineDirective('<reason>'));
  const lineSnippet = insertLineAbove(file, d.range.start.line, `${snippetText(lineDirective('\u0000'))}`.replace('\u0000', '${1:reason}'));
  const out: CodeAction[] = [];
  // A comment line inside a command continued with a backtick would end the command: no line suppression there.
  const continued = file.kind === 'powershell' && d.range.start.line > 0 && /`\s*$/.test(file.lines.lineText(d.range.start.line - 1));
  if (!continued) out.push({ title: `Suppress ${d.code} for this line`, kind: 'quickfix', diagnostic: target, edits: [line], snippetEdits: [lineSnippet] });
  // A disable-file comment that names rules already: add this one to its list (its reason stands).
  const existing = findDirectives(file.text, file.lines).find((x) => x.kind === 'disable-file' && x.rules.length > 0);
  if (existing) {
    if (existing.rules.some((r) => r.id === d.code)) return out;
    const at = existing.rules[existing.rules.length - 1].range.end;
    const edit = { range: { start: at, end: at }, newText: `, ${d.code}` };
    out.push({ title: `Suppress ${d.code} for this file`, kind: 'quickfix', diagnostic: target, edits: [edit] });
    return out;
  }
  const top = fileDirectiveLine(file);
  const fileDirective = (reason: string) => comment(file, `exchange-transport-disable-file ${d.code} -- ${reason}`);
  const eol = eolOf(file.text);
  const at = { line: top, character: 0 };
  const range = { start: at, end: at };
  out.push({
    title: `Suppress ${d.code} for this file`,
    kind: 'quickfix',
    diagnostic: target,
    edits: [{ range, newText: fileDirective('<reason>') + eol }],
    snippetEdits: [{ range, newText: snippetText(fileDirective('\u0000')).replace('\u0000', '${1:reason}') + eol }],
  });
  return out;
}

/** Where a file-wide comment goes: the first line, or the line after an XML declaration (which must come first). */
function fileDirectiveLine(file: AnalyzedFile): number {
  const m = /^\uFEFF?\s*<\?xml[^>]*\?>/.exec(file.text.slice(0, 1024));
  return m ? file.lines.positionAt(m[0].length).line + 1 : 0;
}

function removeUnusedSuppression(file: AnalyzedFile, d: Diagnostic): CodeAction[] {
  const directive = findDirectives(file.text, file.lines).find((x) => x.line === d.range.start.line);
  if (!directive) return [];
  const target = { code: d.code, range: d.range };
  const whole = directive.rules.length <= 1 || d.range.start.character === directive.range.start.character;
  if (whole) {
    // Remove the comment; when it is alone on its line, the line too.
    const line = directive.line;
    const lineText = file.lines.lineText(line);
    const onlyComment =
      lineText.trim() === file.text.slice(file.lines.offsetAt(directive.commentRange.start), file.lines.offsetAt(directive.commentRange.end)).trim();
    const range = onlyComment ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } : directive.commentRange;
    return [{ title: 'Remove this unused suppression', kind: 'quickfix', diagnostic: target, isPreferred: true, edits: [{ range, newText: '' }] }];
  }
  // One unused id in a list: remove it and its comma.
  const i = directive.rules.findIndex((r) => r.range.start.character === d.range.start.character);
  const next = directive.rules[i + 1];
  const prev = directive.rules[i - 1];
  const range = next ? { start: d.range.start, end: next.range.start } : { start: prev.range.end, end: d.range.end };
  return [
    {
      title: `Remove ${directive.rules[i].id} from this suppression`,
      kind: 'quickfix',
      diagnostic: target,
      isPreferred: true,
      edits: [{ range, newText: '' }],
    },
  ];
}
