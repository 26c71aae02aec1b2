// "Did you mean" for misspelt names: the closest candidate by edit distance, if close enough. The work is bounded:
// candidates whose length alone rules them out are skipped, each comparison stops once it cannot beat the best so
// far, names too long to be a typo get no suggestion, and a NameSuggester remembers its answers.

/** Work done so far, for tests that bound it by counting (never by timing). */
export const suggestWork = { comparisons: 0 };

/** No known name is near this long: a longer name is not a typo of one, and is not compared at all. */
export const MAX_SUGGESTED_LENGTH = 80;

/** How far a name may be from a candidate: case differences count as close; otherwise a third of the name. */
export function suggestionLimit(name: string): number {
  return Math.max(2, Math.floor(name.length / 3));
}

export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/** The edit distance of `a` and `b` when it is at most `limit`; otherwise some value above `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
      if (prev[j] < rowMin) rowMin = prev[j];
    }
    // Every later cell is at least the smallest of this row: past the limit, nothing can come back under it.
    if (rowMin > limit) return limit + 1;
  }
  return prev[b.length];
}

/** The closest candidate within the limit (the first of equally close ones), or undefined. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  // Only a strictly closer candidate replaces the best one, so each comparison may stop at bestScore - 1.
  let bestScore = suggestionLimit(name) + 1;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    if (cl === lower) return c;
    if (Math.abs(cl.length - lower.length) >= bestScore) continue;
    suggestWork.comparisons++;
    const score = boundedDistance(lower, cl, bestScore - 1);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * closestName over a fixed list of candidates, remembering each answer: a dump repeats the same unknown names on
 * every object, and each is compared with the candidates once. The memory is capped (cleared when full).
 */
export class NameSuggester {
  private readonly candidates: readonly string[];
  private readonly memo = new Map<string, string | null>();

  constructor(
    candidates: Iterable<string>,
    private readonly capacity = 4096,
  ) {
    this.candidates = [...candidates];
  }

  /** How many answers are remembered. */
  get remembered(): number {
    return this.memo.size;
  }

  suggest(name: string): string | undefined {
    const key = name.toLowerCase();
    const known = this.memo.get(key);
    if (known !== undefined) return known ?? undefined;
    const guess = closestName(name, this.candidates);
    if (this.memo.size >= this.capacity) this.memo.clear();
    this.memo.set(key, guess ?? null);
    return guess;
  }
}
