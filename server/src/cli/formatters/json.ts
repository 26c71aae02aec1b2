// The machine-readable output: exactly one JSON array, one element per file, LSP-style 0-based ranges. Each
// finding carries its fixes as data (title, PowerShell command, edits to the file); `checked` says whether any
// check could run on the file. With --verbose, files skipped in folders are listed too (kind unknown, unchecked).
import type { DiagnosticFix } from '../../service';
import type { Formatter } from './types';

function fix(f: DiagnosticFix) {
  return { title: f.title, command: f.command ?? null, edits: f.edits ?? [] };
}

export const formatJson: Formatter = (results, { verbose, skipped = [] }) =>
  JSON.stringify(
    [
      ...results.map((r) => ({
        file: r.file,
        kind: r.kind,
        checked: r.checked,
        diagnostics: r.diagnostics.map((d) => ({
          code: d.code,
          severity: d.severity,
          message: d.message,
          range: d.range,
          fixes: (d.fixes ?? []).map(fix),
        })),
      })),
      ...(verbose ? skipped.map((file) => ({ file, kind: 'unknown', checked: false, diagnostics: [] })) : []),
    ],
    null,
    2,
  ) + '\n';
