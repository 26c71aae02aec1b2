// Builds RuleTester annotations from text instead of hand-counted columns: the line, then a comment line whose
// carets sit under `part` (the first occurrence, or the one after `from`), followed by the expectation.
// For long values (a FailureDetail, a LastError, an event description) where counting columns is error-prone.

/** `line` + "\n# ^^^^ expectation", the carets under `part` of `line`. */
export function under(line: string, part: string, expectation: string, opts: { comment?: '#' | '//' | '<!--'; from?: number } = {}): string {
  const comment = opts.comment ?? '#';
  const at = line.indexOf(part, opts.from ?? 0);
  if (at < 0) throw new Error(`"${part}" is not in "${line}"`);
  if (at < comment.length + 1) throw new Error(`"${part}" starts before column ${comment.length + 1}; annotate with <- instead`);
  const close = comment === '<!--' ? ' -->' : '';
  return `${line}\n${comment}${' '.repeat(at - comment.length)}${'^'.repeat(part.length)} ${expectation}${close}`;
}

/** `text` with the annotation added under `part` of the first line that starts with `lineStart` (after `after`). */
export function annotate(
  text: string,
  lineStart: string,
  part: string,
  expectation: string,
  opts: { comment?: '#' | '//' | '<!--'; after?: string } = {},
): string {
  const lines = text.split('\n');
  const from = opts.after ? lines.findIndex((l) => l.includes(opts.after!)) : 0;
  const i = lines.findIndex((l, k) => k >= from && l.startsWith(lineStart) && l.includes(part));
  if (i < 0) throw new Error(`no line starting with "${lineStart}" holds "${part}"`);
  lines[i] = under(lines[i], part, expectation, { comment: opts.comment });
  return lines.join('\n');
}

/** `line` + an arrow annotation for a finding on the whole line (from column 0, which carets cannot mark). */
export function whole(line: string, expectation: string): string {
  return `${line}\n# <${'-'.repeat(line.length - 1)} ${expectation}`;
}

// Annotations for generated fixtures (a subscription whose blob is made at test time): the caret line under the
// line holding `needle`, covering it, in the comment syntax of the file (see ruleTester.ts).
export function annotateUnder(text: string, needle: string, annotation: string, style: 'xml' | 'hash' = 'xml'): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`annotateUnder: no line holds ${needle.slice(0, 40)}`);
  const col = lines[i].indexOf(needle);
  const open = style === 'xml' ? '<!--' : '#';
  if (col < open.length) throw new Error('annotateUnder: the value starts before the comment marker ends');
  const carets = `${open}${' '.repeat(col - open.length)}${'^'.repeat(needle.length)} ${annotation}${style === 'xml' ? ' -->' : ''}`;
  lines.splice(i + 1, 0, carets);
  return lines.join(eol);
}
