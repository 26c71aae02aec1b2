// What the script rules share: the script's model, parameters found as PowerShell binds them, and edits.
import { cmdletDef, findParameter } from '../catalogue/cmdlets';
import type { AnalyzedFile } from '../document';
import type { ScriptCommand, ScriptModel, ScriptParameter, Span } from '../script/model';
import type { Range } from '../types';

export function scriptOf(file: AnalyzedFile): ScriptModel | undefined {
  return file.kind === 'powershell' ? file.script : undefined;
}

export function spanRange(file: AnalyzedFile, s: Span): Range {
  return file.lines.range(s.start, s.end);
}

/** A command's parameter by its full name, written in full, abbreviated or as an alias (as PowerShell binds it). */
export function argument(cmd: ScriptCommand, name: string): ScriptParameter | undefined {
  const def = cmdletDef(cmd.name);
  const wanted = name.toLowerCase();
  return cmd.parameters.find((p) => {
    if (p.name.toLowerCase() === wanted) return true;
    if (!def) return false;
    const m = findParameter(def, p.name);
    return 'found' in m && m.found.name.toLowerCase() === wanted;
  });
}

/** A switch that is on: written alone, or `-Name:$true`. */
export function switchOn(p: ScriptParameter | undefined): boolean {
  if (!p) return false;
  if (!p.value) return true;
  return !p.value.unknown && p.value.form === 'boolean' && p.value.text === 'True';
}

/** The edit that removes a parameter (with its value and the blanks before it). */
export function removeEdit(file: AnalyzedFile, p: ScriptParameter): { range: Range; newText: string } {
  let start = p.span.start;
  while (start > 0 && (file.text[start - 1] === ' ' || file.text[start - 1] === '\t')) start--;
  return { range: file.lines.range(start, p.span.end), newText: '' };
}

/** The edit that removes a statement, with its line when nothing else is on it. */
export function removeStatementEdit(file: AnalyzedFile, s: Span): { range: Range; newText: string } {
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  let lineEnd = text.indexOf('\n', s.end);
  if (lineEnd === -1) lineEnd = text.length;
  const alone = text.slice(lineStart, s.start).trim() === '' && /^[\s;]*$/.test(text.slice(s.end, lineEnd));
  if (alone) return { range: file.lines.range(lineStart, Math.min(lineEnd + 1, text.length)), newText: '' };
  return { range: file.lines.range(s.start, s.end), newText: '' };
}
