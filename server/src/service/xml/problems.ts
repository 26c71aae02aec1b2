// An XML error (./tree.ts) as a syntax problem with a range: from the reported line and column to the end of that
// line, or the offsets given. The ids are xml-syntax's message ids.
import type { SyntaxProblem } from '../document';
import type { LineIndex } from '../text/lineIndex';
import type { XmlError } from './tree';

/**
 * `showName` says which tag names a message may name: names the format knows, never text the parser took for a
 * name (in a subscription file that can be part of the ESRA password).
 */
export function xmlProblem(e: XmlError, lines: LineIndex, showName: (name: string) => boolean): SyntaxProblem {
  const range = errorRange(e, lines);
  if (e.id === 'doctype') return { id: 'doctype', data: { declaration: e.declaration ?? 'DOCTYPE' }, range };
  if (e.id === 'mismatchedTag')
    return e.expected && showName(e.expected) ? { id: 'mismatchedTag', data: { expected: e.expected }, range } : { id: 'badTag', range };
  return { id: e.id, range };
}

function errorRange(e: XmlError, lines: LineIndex) {
  if (e.line !== undefined) {
    const start = lines.offsetAt({ line: e.line, character: e.column ?? 0 });
    const end = Math.max(lines.lineEnd(lines.positionAt(start).line), start + 1);
    return lines.range(start, end);
  }
  if (e.start >= 0 && e.end > e.start) return lines.range(e.start, e.end);
  return lines.range(0, lines.lineEnd(0));
}

/** The file's first line: where a problem about the whole file goes. */
export function firstLine(lines: LineIndex) {
  return lines.range(0, lines.lineEnd(0));
}
