// Outline: one symbol per subscription element under the root (secret values masked), one per object of a dump.
import { kindDef } from './catalogue';
import type { EdgeSubscriptionFile } from './document';
import { displayName, property, type ExchangeObject } from './objects/model';
import { rangeContains, type DocumentSymbol, type Range } from './types';
import { evidenceSymbolName } from './evidence/notes';

const MAX_SYMBOLS = 5000;

export function subscriptionSymbols(file: EdgeSubscriptionFile): DocumentSymbol[] {
  if (!file.subscription) return [];
  const sub = file.subscription;
  const children: DocumentSymbol[] = sub.elements.map((el) => ({
    name: el.name,
    detail: detail(el.info?.type, el.value, sub.certificate?.parsed),
    kind: 'field',
    range: el.elementRange,
    selectionRange: within(el.nameRange, el.elementRange),
  }));
  const name = sub.byName.get('EdgeServerFQDN')?.value || sub.byName.get('EdgeServerName')?.value;
  return [
    {
      name: sub.xml.rootName,
      detail: name ? `Edge ${name}` : undefined,
      kind: 'object',
      range: sub.xml.rootRange,
      selectionRange: within(sub.xml.rootNameRange, sub.xml.rootRange),
      children,
    },
  ];
}

/** The selection range if it lies inside the symbol's range, else the range's start: clients reject a symbol otherwise. */
function within(selection: Range | undefined, range: Range): Range {
  return selection && rangeContains(range, selection.start) && rangeContains(range, selection.end) ? selection : { start: range.start, end: range.start };
}

function detail(type: string | undefined, value: string, cert: { ok: boolean; info?: { subject: string } } | undefined): string | undefined {
  if (type === 'secret') return value ? '(hidden)' : '(empty)';
  if (type === 'certificate') return cert?.ok && cert.info ? cert.info.subject : undefined;
  return value.length > 60 ? value.slice(0, 57) + '...' : value || undefined;
}

/** One symbol per object, named by Name (connectors) or Subject and thumbprint (certificates). */
export function objectSymbols(objects: ExchangeObject[]): DocumentSymbol[] {
  return objects.slice(0, MAX_SYMBOLS).map((obj) => {
    const first = obj.properties[0];
    const nameProp = property(obj, 'Name') ?? property(obj, 'Subject') ?? first;
    const thumb = obj.kind === 'exchange-certificate' ? property(obj, 'Thumbprint') : undefined;
    const name = evidenceSymbolName(obj) ?? displayName(obj) + (thumb && !thumb.empty ? ` (${thumb.text})` : '');
    return {
      name,
      detail: obj.kind ? kindDef(obj.kind).label : 'unrecognised object',
      kind: 'object' as const,
      range: obj.range,
      selectionRange: within(nameProp?.nameRange, obj.range),
    };
  });
}
