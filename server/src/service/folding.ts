// Folding: one range per object of a dump, and the root of a subscription file.
import { isObjectsFile, type AnalyzedFile } from './document';
import type { FoldingRange } from './types';

export function foldingRanges(file: AnalyzedFile): FoldingRange[] {
  if (isObjectsFile(file)) {
    return file.objects.filter((o) => o.range.end.line > o.range.start.line).map((o) => ({ startLine: o.range.start.line, endLine: o.range.end.line }));
  }
  if (file.kind === 'edge-subscription' && file.subscription) {
    const r = file.subscription.xml.rootRange;
    return r.end.line > r.start.line ? [{ startLine: r.start.line, endLine: r.end.line - 1 }] : [];
  }
  return [];
}
