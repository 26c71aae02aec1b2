// An event's catalogue entry and the values its description carries: matched on the English description, or
// taken from the insertion strings (XML <Data>, ReplacementStrings) when the text is localised or cut.
import type { LineIndex } from '../text/lineIndex';
import { knownEvent } from './catalogue';
import { joinedRange } from './joined';
import type { DecodedValue, EventRecord } from './model';

export function decodeEvent(e: EventRecord, lines: LineIndex): void {
  if (e.id === undefined) return;
  const known = knownEvent(e.id, e.source, e.description.text);
  if (!known) return;
  e.known = known;
  const m = known.pattern?.exec(e.description.text);
  const groups = m?.indices?.groups;
  for (const [i, f] of (known.fields ?? []).entries()) {
    const at = groups?.[f.name];
    if (m && at) {
      const raw = e.description.text.slice(at[0], at[1]);
      e.decoded[f.name] = { text: collapse(raw), range: joinedRange(e.description, lines, at[0], at[1]), from: 'description' };
      continue;
    }
    const ins = e.insertions[i];
    if (ins) e.decoded[f.name] = { text: collapse(ins.text), range: ins.range, from: 'insertion' } satisfies DecodedValue;
  }
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
