// Human output grouped by file, ESLint "stylish" style: line:col severity message rule-id.
import { FILE_KIND_LABELS, type Severity } from '../../service';
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

export const formatStylish: Formatter = (results, { color }) => {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const lines: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    lines.push('', `${c('bold', r.file)}  ${c('dim', `(${FILE_KIND_LABELS[r.kind]})`)}`);
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padStart(7);
      lines.push(`${where}  ${c(d.severity, d.severity.padEnd(11))}  ${d.message}  ${c('dim', d.code)}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = results.length;
  if (total === 0) return `${c('bold', `✔ ${files} file${files === 1 ? '' : 's'} checked, no problems`)}\n`;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information + counts.hint} info) in ${files} file${files === 1 ? '' : 's'} checked`;
  lines.push('', c(counts.error > 0 ? 'error' : 'warning', c('bold', summary)), '');
  return lines.join('\n');
};
