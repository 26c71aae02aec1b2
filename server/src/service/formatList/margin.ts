// What a paste puts in front of every line of a dump: `> ` quoting (e-mail, markdown), and a common indentation
// (4 spaces of a markdown code block or a script comment). The reader skips it on each line, so names start at
// column 0 of the content again and wrapped values keep their indentation relative to it. Ranges stay on the
// file as written.
import type { LineIndex } from '../text/lineIndex';

/** `>`, `> >`, `>>` at the start of a line, with the blank after the last one. */
const QUOTE = /^[ \t]*(?:>[ \t]?)+/;
/** A property line after some indentation: `    RequireTLS : True` (Format-List pads every name: ` :`). */
const INDENTED_PROPERTY = /^([ \t]+)[A-Za-z_][A-Za-z0-9_.-]* +:(?: |\r?$)/;
/** A property line at the content's column 0 (prose such as `Output:` has no padding). */
const PROPERTY = /^[A-Za-z_][A-Za-z0-9_.-]* +:(?: |\r?$)/;

/** Lines looked at to decide (a dump's first objects show its shape). */
const HEAD_LINES = 400;

export interface Margin {
  /** Characters to skip at the start of line `l` (0 for an ordinary dump). */
  at(l: number): number;
  quoted: boolean;
  indent: number;
}

const NONE: Margin = { at: () => 0, quoted: false, indent: 0 };

/** The margin of a pasted dump; an ordinary dump (names at column 0) has none. */
export function pasteMargin(text: string, lines: LineIndex): Margin {
  // Property-like lines by shape: [unquoted, quoted] × at the content's column 0 / indented (by how much).
  const atZero = [0, 0];
  const indents: number[][] = [[], []];
  for (let l = 0, seen = 0; l < lines.lineCount && seen < HEAD_LINES; l++) {
    const line = text.slice(lines.lineStart(l), lines.lineEnd(l));
    if (line.trim() === '') continue;
    seen++;
    const q = QUOTE.exec(line);
    const quoted = q !== null && q[0].includes('>') ? 1 : 0;
    const body = quoted ? line.slice(q![0].length) : line;
    if (PROPERTY.test(body)) atZero[quoted]++;
    else {
      const m = INDENTED_PROPERTY.exec(body);
      if (m) indents[quoted].push(m[1].length);
    }
  }
  const quotedLike = atZero[1] + indents[1].length;
  const quoted = quotedLike >= 2 && quotedLike >= atZero[0];
  // Names at column 0 somewhere: an ordinary dump (its wrapped values are indented, not its names).
  if (!quoted && atZero[0] > 0) return NONE;
  const mode = quoted ? 1 : 0;
  let indent = 0;
  if (atZero[mode] === 0 && indents[mode].length >= 2) {
    const min = Math.min(...indents[mode]);
    if (indents[mode].filter((n) => n === min).length >= 2) indent = min;
  }
  if (!quoted && indent === 0) return NONE;
  return {
    quoted,
    indent,
    at(l: number): number {
      const start = lines.lineStart(l);
      const end = lines.lineEnd(l);
      let i = start;
      if (quoted) {
        const q = QUOTE.exec(text.slice(start, Math.min(end, start + 40)));
        if (q && q[0].includes('>')) i += q[0].length;
      }
      for (let n = 0; n < indent && i < end; n++, i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9) break;
      }
      return i - start;
    },
  };
}
