// Name order without ICU: String.prototype.localeCompare loads ICU's collation data, about 3 MB of the language
// server's memory, to sort a folder listing or a few connector names.

/** Case-insensitive order; between names that differ only in case, lower case first, as localeCompare does ("a" < "A" < "b"). */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a === b ? 0 : a > b ? -1 : 1;
}
