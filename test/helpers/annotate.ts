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
