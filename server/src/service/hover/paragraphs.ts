// Editors show a position's findings in the same hover as ours (VS Code above it): the hover must not say a
// finding again, nor any paragraph twice.
import type { Diagnostic, Hover, Range } from '../types';

/** Paragraph text without Markdown emphasis, warning signs and spacing, for comparison. */
function plain(text: string): string {
  return (
    text
      // \u26a0 (⚠) escaped: a non-ASCII character in the bundle makes Node keep all of its source two bytes per character.
      .replace(/[*_`\u26a0]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** The hover without repeated paragraphs and without the messages of the findings under it. */
export function withoutRepeats(hover: Hover, findings: readonly Diagnostic[]): Hover {
  const messages = findings.filter((d) => overlaps(d.range, hover.range)).map((d) => plain(d.message));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const paragraph of hover.contents.split('\n\n')) {
    const p = plain(paragraph);
    if (!p) continue;
    if (seen.has(p)) continue;
    if (messages.some((m) => m === p || (p.length >= 20 && m.includes(p)) || (m.length >= 20 && p.includes(m)))) continue;
    seen.add(p);
    kept.push(paragraph);
  }
  return { range: hover.range, contents: kept.join('\n\n') };
}
