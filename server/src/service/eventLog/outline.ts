// Outline and folding of event-log text: one symbol per event ("12014 MSExchangeTransport: name"), folded whole.
import type { DocumentSymbol, FoldingRange } from '../types';
import type { EventLogFile, EventRecord } from './model';

const MAX_SYMBOLS = 5000;

export function eventSymbols(file: EventLogFile): DocumentSymbol[] {
  return file.events.slice(0, MAX_SYMBOLS).map((e) => ({
    name: `${e.id ?? '?'} ${e.source ?? ''}`.trim(),
    detail: detail(e),
    kind: 'object' as const,
    range: e.range,
    selectionRange: e.selectionRange,
  }));
}

function detail(e: EventRecord): string | undefined {
  const what = e.known?.name;
  const main = ['connector', 'name', 'edge', 'host', 'fqdn', 'subject', 'certificate', 'thumbprint'].map((f) => e.decoded[f]?.text).find((t) => t);
  const d = [e.level, what, main].filter(Boolean).join(' · ');
  return d || undefined;
}

export function eventFolding(file: EventLogFile): FoldingRange[] {
  return file.events.filter((e) => e.range.end.line > e.range.start.line).map((e) => ({ startLine: e.range.start.line, endLine: e.range.end.line }));
}
