// Folding: one range per object of a dump, and the root of a subscription file.
import type { EdgeSubscriptionFile, ObjectsFile } from './document';
import type { FoldingRange } from './types';

export function objectFolding(file: ObjectsFile): FoldingRange[] {
  return file.objects.filter((o) => o.range.end.line > o.range.start.line).map((o) => ({ startLine: o.range.start.line, endLine: o.range.end.line }));
}

export function subscriptionFolding(file: EdgeSubscriptionFile): FoldingRange[] {
  const r = file.subscription?.xml.rootRange;
  return r && r.end.line > r.start.line ? [{ startLine: r.start.line, endLine: r.end.line - 1 }] : [];
}
