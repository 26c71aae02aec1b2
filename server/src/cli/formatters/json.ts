// The machine-readable output: exactly one JSON array, one element per file, LSP-style 0-based ranges.
import type { Formatter } from './types';

export const formatJson: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      file: r.file,
      kind: r.kind,
      diagnostics: r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range })),
    })),
    null,
    2,
  ) + '\n';
