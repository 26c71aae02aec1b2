// LineIndex: the same lines whichever way it finds them (the indexOf path for \n and \r\n, the character loop when a
// lone \r is present), checked against String.split on every line break form.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/service/text/lineIndex';

function expectedLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function check(text: string): void {
  const index = new LineIndex(text);
  const lines = expectedLines(text);
  assert.equal(index.lineCount, lines.length, JSON.stringify(text));
  lines.forEach((line, i) => assert.equal(index.lineText(i), line, `line ${i} of ${JSON.stringify(text)}`));
  // Every offset maps to a position and back.
  for (let o = 0; o <= text.length; o++) {
    const p = index.positionAt(o);
    assert.ok(p.line < lines.length);
    if (p.character <= lines[p.line].length) assert.equal(index.offsetAt(p), o, `offset ${o} of ${JSON.stringify(text)}`);
  }
}

describe('LineIndex', () => {
  it('\\n, \\r\\n, a lone \\r, mixed, empty lines, a break at the end and none at all', () => {
    for (const text of ['', 'a', 'a\nb', 'a\r\nb\r\n', 'a\rb', 'a\r\n\r\nb\n\nc\r', '\r\n', '\n\n', 'x\r\r\ny\n\rz', 'Name : A\r\nServer : EX01\r\n'])
      check(text);
  });

  it('random texts of the four characters that matter', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = next() % 40;
      for (let i = 0; i < length; i++) text += ['a', '\r', '\n', ' '][next() % 4];
      check(text);
    }
  });
});
