// Outline: one symbol per subscription element under the root. Secret values are masked.
import type { AnalyzedFile } from './document';
import type { DocumentSymbol } from './types';

export function documentSymbols(file: AnalyzedFile): DocumentSymbol[] {
  if (file.kind !== 'edge-subscription' || !file.subscription) return [];
  const sub = file.subscription;
  const children: DocumentSymbol[] = sub.elements.map((el) => ({
    name: el.name,
    detail: detail(el.info?.type, el.value, sub.certificate?.parsed),
    kind: 'field',
    range: el.elementRange,
    selectionRange: el.nameRange,
  }));
  const name = sub.byName.get('EdgeServerFQDN')?.value || sub.byName.get('EdgeServerName')?.value;
  return [{ name: sub.xml.rootName, detail: name ? `Edge ${name}` : undefined, kind: 'object', range: sub.xml.rootRange, selectionRange: sub.xml.rootNameRange, children }];
}

function detail(type: string | undefined, value: string, cert: { ok: boolean; info?: { subject: string } } | undefined): string | undefined {
  if (type === 'secret') return value ? '(hidden)' : '(empty)';
  if (type === 'certificate') return cert?.ok && cert.info ? cert.info.subject : undefined;
  return value.length > 60 ? value.slice(0, 57) + '...' : value || undefined;
}
