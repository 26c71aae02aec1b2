import type { Span } from '../script/model';
import { scriptOf, spanRange } from './scriptRules';
import { defineRule } from './types';

/** Enough to show where; a script the grammar cannot read at all would otherwise list every line. */
const MAX_REPORTS = 20;

export const scriptUnreadable = defineRule({
  meta: {
    id: 'script-unreadable',
    defaultSeverity: 'warning',
    category: 'script',
    kinds: ['powershell'],
    description: 'A script, or a part of it, could not be read, so the commands there were not checked.',
    messages: {
      grammarMissing: 'The PowerShell grammar is not loaded, so this script was not checked.',
      unreadable: 'This part of the script could not be read, so the commands in it were not checked.',
    },
  },
  check(ctx) {
    for (const p of ctx.file.syntaxErrors) if (p.id === 'grammarMissing') ctx.report({ range: p.range, messageId: 'grammarMissing' });
    const script = scriptOf(ctx.file);
    // Only scripts that run Exchange cmdlets: any other script open in the editor is none of this linter's business.
    if (!script?.exchange) return;
    for (const s of script.unreadable.slice(0, MAX_REPORTS)) ctx.report({ range: spanRange(ctx.file, visible(ctx.file.text, s)), messageId: 'unreadable' });
  },
});

/** Something the grammar had to assume (a missing `}`) has no width: the line it is missing from shows it. */
function visible(text: string, s: Span): Span {
  if (s.end > s.start) return s;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (lineStart < s.start) return { start: lineStart, end: s.start };
  const lineEnd = text.indexOf('\n', s.start);
  return { start: s.start, end: lineEnd === -1 ? text.length : lineEnd };
}
