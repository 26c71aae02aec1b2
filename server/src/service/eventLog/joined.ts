// Text spread over several places of a file (a description over many lines, a Format-List value wrapped at the
// console width) joined into one string that remembers where each character came from.
import type { LineIndex } from '../text/lineIndex';
import type { JoinedText } from './model';

export interface Piece {
  start: number;
  end: number;
}

/** Joins pieces of `text`, putting `separators[i]` before piece i + 1. */
export function joinPieces(text: string, lines: LineIndex, pieces: readonly Piece[], separators: readonly string[]): JoinedText {
  let joined = '';
  const starts: { at: number; file: number; length: number }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) joined += separators[i - 1] ?? '\n';
    starts.push({ at: joined.length, file: pieces[i].start, length: pieces[i].end - pieces[i].start });
    joined += text.slice(pieces[i].start, pieces[i].end);
  }
  const offsetAt = (index: number): number => {
    for (let i = starts.length - 1; i >= 0; i--) {
      if (index >= starts[i].at) return starts[i].file + Math.min(index - starts[i].at, starts[i].length);
    }
    return starts[0]?.file ?? 0;
  };
  // The range runs from the first to the last non-blank character.
  const first = joined.search(/\S/);
  let last = joined.length - 1;
  while (last >= 0 && /\s/.test(joined[last])) last--;
  const range = first >= 0 ? lines.range(offsetAt(first), offsetAt(last) + 1) : undefined;
  return { text: joined, offsetAt, range };
}

/** The file range of [from, to) of a joined text. */
export function joinedRange(j: JoinedText, lines: LineIndex, from: number, to: number): import('../types').Range {
  if (to <= from) {
    const at = j.offsetAt(from);
    return lines.range(at, at);
  }
  return lines.range(j.offsetAt(from), j.offsetAt(to - 1) + 1);
}
