// Lower-case property names, remembered: a dump repeats the same hundred names on every object, and each
// toLowerCase of a mixed-case name allocates a new string.
const LOWER = new Map<string, string>();

export function lowerName(name: string): string {
  let lower = LOWER.get(name);
  if (lower === undefined) {
    // Bounded: names come from user text.
    if (LOWER.size > 10_000) LOWER.clear();
    lower = name.toLowerCase();
    LOWER.set(name, lower);
  }
  return lower;
}
