// Human output grouped by file, ESLint "stylish" style: line:col severity message rule-id, and under a finding
// the preferred fix's PowerShell (`--verbose`: every fix and the related locations). The summary never calls a
// file clean when nothing in it could be checked.
import { FILE_KIND_LABELS, type Severity } from '../../service';
import { allFixes, preferredFix } from './fixes';
import type { Formatter } from './types';

const COLORS: Record<Severity | 'dim' | 'bold' | 'reset', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  information: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[90m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const formatStylish: Formatter = (results, { color, verbose, skipped = [] }) => {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const lines: string[] = [];
  const indent = ' '.repeat(9);
  for (const r of results) {
    if (r.diagnostics.length === 0 && r.checked) continue;
    lines.push('', `${c('bold', r.file)}  ${c('dim', `(${FILE_KIND_LABELS[r.kind]})`)}`);
    if (r.diagnostics.length === 0) lines.push(`${indent}${c('dim', 'not checked: nothing in this file is an object this linter checks')}`);
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padStart(7);
      lines.push(`${where}  ${c(d.severity, d.severity.padEnd(11))}  ${d.message}  ${c('dim', d.code)}`);
      if (verbose) {
        for (const f of allFixes(d)) lines.push(`${indent}${c('dim', 'fix:')} ${f}`);
        for (const ri of d.relatedInformation ?? []) {
          const at = `${ri.uri && ri.uri !== r.file ? `${ri.uri}:` : ''}${ri.range.start.line + 1}:${ri.range.start.character + 1}`;
          lines.push(`${indent}${c('dim', `see ${at}:`)} ${ri.message}`);
        }
      } else {
        const fix = preferredFix(d);
        if (fix) lines.push(`${indent}${c('dim', 'fix:')} ${fix}`);
      }
    }
  }
  if (skipped.length > 0) {
    lines.push(
      '',
      c('dim', `${plural(skipped.length, 'file')} in the folders skipped: nothing in them this linter reads${verbose ? ':' : ' (--verbose lists them)'}`),
    );
    if (verbose) for (const s of skipped) lines.push(`  ${c('dim', s)}`);
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = results.length;
  const unchecked = results.filter((r) => !r.checked).length;
  const checked = files - unchecked;
  const notChecked = unchecked ? `, ${plural(unchecked, 'file')} not checked` : '';
  if (total === 0 && unchecked === 0) return [...lines, `${c('bold', `✔ ${plural(files, 'file')} checked, no problems`)}`, ''].join('\n').replace(/^\n/, '');
  if (total === 0) {
    lines.push('', c('warning', c('bold', `${plural(checked, 'file')} checked, no problems${notChecked}`)), '');
    return lines.join('\n');
  }
  const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information + counts.hint} info) in ${plural(checked, 'file')} checked${notChecked}`;
  lines.push('', c(counts.error > 0 ? 'error' : 'warning', c('bold', summary)), '');
  return lines.join('\n');
};
