// GitHub Actions workflow commands: one ::error / ::warning / ::notice annotation per diagnostic, escaped as
// the runner expects (message: % CR LF; properties also : and ,). Columns are only sent for single-line ranges:
// GitHub refuses col/endColumn when line and endLine differ. The preferred fix's PowerShell goes on a line of its
// own under the message (annotations have no other field for it).
import type { Diagnostic, Severity } from '../../service';
import { preferredFix } from './fixes';
import { displayPath } from './paths';
import type { Formatter } from './types';

const COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(file: string, d: Diagnostic): string {
  const { start, end } = d.range;
  const props: [string, string | number][] = [
    ['file', file],
    ['line', start.line + 1],
  ];
  if (start.line === end.line) props.push(['col', start.character + 1]);
  props.push(['endLine', end.line + 1]);
  if (start.line === end.line) props.push(['endColumn', end.character + 1]);
  props.push(['title', d.code]);
  const fix = preferredFix(d);
  const body = fix ? `${d.message}\nfix: ${fix}` : d.message;
  return `::${COMMANDS[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(body)}`;
}

export const formatGithub: Formatter = (results, options) => {
  const cwd = options.cwd ?? process.cwd();
  const lines = results.flatMap((r) => r.diagnostics.map((d) => annotation(displayPath(r.file, cwd), d)));
  return lines.length ? lines.join('\n') + '\n' : '';
};
