// Quick fixes. For files that are dumps of live state (and for subscription files, which Exchange writes),
// the repair is PowerShell run against the server: copy it, or keep it in the file as a comment. Every
// finding can be suppressed for its line; stale suppressions can be removed and misspelt names corrected.
import { isObjectsFile, type AnalyzedFile } from './document';
import { RULE_BY_ID } from './rules';
import { findDirectives } from './suppression';
import { FORMAT_INFO, lineComment } from './formats/info';
import type { Diagnostic, Range } from './types';

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
  /** Text for the client to copy to the clipboard (a PowerShell fix to run on the server). */
  copy?: string;
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

/** Actions for the diagnostics the editor sends (with the fixes the server attached to them). */
export function codeActions(file: AnalyzedFile, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!RULE_BY_ID.has(d.code)) continue;
    const target = { code: d.code, range: d.range };
    (d.fixes ?? []).forEach((fix, i) => {
      const preferred = i === 0;
      if (fix.edits?.length) {
        // The file itself can be repaired: a script, a misspelt name, the configuration.
        out.push({ title: fix.title, kind: 'quickfix', diagnostic: target, isPreferred: preferred, edits: fix.edits });
      }
      if (!fix.command) return;
      const title = fix.edits?.length ? `Copy the fix: ${fix.command}` : fix.title;
      out.push({
        title,
        kind: 'quickfix',
        diagnostic: target,
        isPreferred: preferred && !fix.edits?.length,
        copy: fix.command,
      });
      if (isObjectsFile(file) && file.kind === 'format-list') {
        out.push({
          title: `Insert as a comment: ${fix.command}`,
          kind: 'quickfix',
          diagnostic: target,
          edits: [insertLineAbove(file, d.range.start.line, comment(file, `fix (${d.code}): ${fix.command}`))],
        });
      }
    });
    if (d.code === 'suppression-unused') out.push(...removeUnusedSuppression(file, d));
    if (d.code === 'config-invalid') continue;
    if (!d.code.startsWith('suppression-') && file.kind !== 'unknown') {
      out.push({
        title: `Suppress ${d.code} for this line`,
        kind: 'quickfix',
        diagnostic: target,
        edits: [insertLineAbove(file, d.range.start.line, comment(file, `exchange-transport-disable-next-line ${d.code} -- <reason>`))],
      });
    }
  }
  return out;
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
