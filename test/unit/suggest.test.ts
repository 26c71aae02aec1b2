// "Did you mean": the bounded search (length pruning, early exit, memo) gives the same answers as the plain one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OBJECT_KINDS } from '../../server/src/service/catalogue';
import { boundedDistance, closestName, MAX_SUGGESTED_LENGTH, NameSuggester, suggestWork, suggestionLimit } from '../../server/src/service/text/suggest';

/** The textbook edit distance, for comparison. */
function plainDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** The closest candidate within the limit, first of equals: what closestName did before it was bounded. */
function plainClosest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let score = Infinity;
  for (const c of candidates) {
    const s = plainDistance(name.toLowerCase(), c.toLowerCase());
    if (s < score) [best, score] = [c, s];
  }
  return best !== undefined && score <= suggestionLimit(name) ? best : undefined;
}

const NAMES = OBJECT_KINDS[0].properties.map((p) => p.name);
let seed = 11;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** A name with 1 to 4 random edits (insert, delete, replace, swap case). */
function misspell(name: string): string {
  let s = name;
  for (let k = 1 + Math.floor(rnd() * 4); k > 0; k--) {
    const at = Math.floor(rnd() * s.length);
    const c = 'abcdefghijklmnopqrstuvwxyzTLS'[Math.floor(rnd() * 29)];
    const op = Math.floor(rnd() * 4);
    s =
      op === 0
        ? s.slice(0, at) + c + s.slice(at)
        : op === 1
          ? s.slice(0, at) + s.slice(at + 1)
          : op === 2
            ? s.slice(0, at) + c + s.slice(at + 1)
            : s.slice(0, at) + s.charAt(at).toUpperCase() + s.slice(at + 1);
  }
  return s;
}

describe('bounded did-you-mean', () => {
  it('boundedDistance is the edit distance up to its limit, and above the limit past it', () => {
    for (let i = 0; i < 300; i++) {
      const a = misspell(NAMES[i % NAMES.length]);
      const b = NAMES[(i * 7) % NAMES.length];
      const exact = plainDistance(a, b);
      for (const limit of [0, 2, 5, 40]) {
        const got = boundedDistance(a, b, limit);
        if (exact <= limit) assert.equal(got, exact, `${a} / ${b} at limit ${limit}`);
        else assert.ok(got > limit, `${a} / ${b}: ${got} at limit ${limit}, exact ${exact}`);
      }
    }
  });
  it('closestName answers as the plain search does, for 500 misspellings', () => {
    for (let i = 0; i < 500; i++) {
      const name = misspell(NAMES[Math.floor(rnd() * NAMES.length)]);
      assert.equal(closestName(name, NAMES), plainClosest(name, NAMES), name);
    }
  });
  it('a name too long to be a typo is not compared at all', () => {
    const before = suggestWork.comparisons;
    assert.equal(closestName('A'.repeat(MAX_SUGGESTED_LENGTH + 1), NAMES), undefined);
    assert.equal(suggestWork.comparisons, before);
  });
  it('a NameSuggester compares a name once, and its memory stays within its capacity', () => {
    const s = new NameSuggester(NAMES, 8);
    const before = suggestWork.comparisons;
    assert.equal(s.suggest('IgnoreSTARTTSL'), 'IgnoreSTARTTLS');
    const once = suggestWork.comparisons - before;
    assert.ok(once > 0);
    for (let i = 0; i < 100; i++) s.suggest('ignorestarttsl');
    assert.equal(suggestWork.comparisons - before, once, 'remembered, whatever the case');
    for (let i = 0; i < 50; i++) s.suggest(`Unknown${i}`);
    assert.ok(s.remembered <= 8, `${s.remembered} answers remembered`);
  });
});
