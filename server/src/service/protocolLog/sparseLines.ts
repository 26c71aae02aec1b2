// The text of a streamed log: only the lines findings point at (and the header and suppression comments), one
// after the other, with a line index that maps them back to their line numbers in the file. Memory stays that of
// the kept lines, whatever the length of the log; suppression comments, baselines and ranges read it as the file.
import { LineIndex } from '../text/lineIndex';
import type { Position, Range } from '../types';

export class SparseLines extends LineIndex {
  /** Line number in the file of each kept line, ascending. */
  private readonly fileLines: number[];
  private readonly byFileLine: Map<number, number>;
  /** The index of the kept lines among themselves (LineIndex's own methods call each other: not overridden here). */
  private readonly kept: LineIndex;

  private constructor(
    text: string,
    fileLines: number[],
    private readonly total: number,
  ) {
    super('');
    this.kept = new LineIndex(text);
    this.fileLines = fileLines;
    this.byFileLine = new Map(fileLines.map((n, k) => [n, k]));
  }

  /** `kept`: line number → text; `total`: the number of lines of the file. */
  static of(kept: ReadonlyMap<number, string>, total: number): { text: string; lines: SparseLines } {
    const numbers = [...kept.keys()].sort((a, b) => a - b);
    const text = numbers.map((n) => kept.get(n)!).join('\n');
    return { text, lines: new SparseLines(text, numbers, Math.max(total, (numbers[numbers.length - 1] ?? -1) + 1)) };
  }

  override get lineCount(): number {
    return this.total;
  }

  /** The kept line's text; an empty string for a line that was not kept. */
  override lineText(line: number): string {
    const k = this.byFileLine.get(line);
    return k === undefined ? '' : this.kept.lineText(k);
  }

  override lineStart(line: number): number {
    const k = this.byFileLine.get(line);
    return k === undefined ? this.offsetBefore(line) : this.kept.lineStart(k);
  }

  override lineEnd(line: number): number {
    const k = this.byFileLine.get(line);
    return k === undefined ? this.offsetBefore(line) : this.kept.lineEnd(k);
  }

  override range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  override positionAt(offset: number): Position {
    const p = this.kept.positionAt(offset);
    return { line: this.fileLines[p.line] ?? p.line, character: p.character };
  }

  override offsetAt(pos: Position): number {
    const k = this.byFileLine.get(pos.line);
    return k === undefined ? this.offsetBefore(pos.line) : this.kept.offsetAt({ line: k, character: pos.character });
  }

  /** Where a line that was not kept would be: the end of the last kept line before it. */
  private offsetBefore(line: number): number {
    let lo = 0;
    let hi = this.fileLines.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.fileLines[mid] < line) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k < 0 ? 0 : this.kept.lineEnd(k);
  }
}
