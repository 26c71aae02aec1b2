// Event-log text → the analysed file: events parsed and decoded, the culture date order of the file settled.
import type { AnalyzedFileBase } from '../document';
import type { ReadOptions } from '../formats/registry';
import { inferDateOrder } from '../values/cultureDate';
import { decodeEvent } from './decode';
import type { EventLogFile } from './model';
import { parseEvents } from './parse';

export function readEventLogFile(base: AnalyzedFileBase, options: ReadOptions): EventLogFile {
  const parsed = parseEvents(base.text, base.lines);
  for (const e of parsed.events) decodeEvent(e, base.lines);
  const inferred = inferDateOrder(parsed.events.flatMap((e) => (e.date && !e.date.empty ? [e.date.text] : [])));
  const setting = options.dateOrder;
  return {
    ...base,
    kind: 'event-log-text',
    events: parsed.events,
    comments: parsed.comments,
    syntaxErrors: parsed.problems,
    dateOrder: setting !== 'auto' ? setting : (inferred ?? 'mdy'),
    dateOrderSource: setting !== 'auto' ? 'setting' : inferred ? 'inferred' : 'default',
  };
}
