// A property element of CLIXML (<B>, <S>, <Nil>, <Obj>, <Ref>, …) → what the shared model needs: the display
// text Format-List would print, the enum number, the collection items, and the offsets of each.
import type { XmlNode } from '../xml/tree';
import { typeNamesOf, type RefTables } from './refs';
import { integerValue, SCALAR_TAGS, scalarText } from './scalars';
import { decodeXmlConvert } from './xmlConvert';

export interface Span {
  start: number;
  end: number;
}

export interface ItemShape extends Span {
  text: string;
}

export interface ValueShape extends Span {
  text: string;
  empty: boolean;
  /** The enum's underlying number (<I32> next to <ToString>). */
  number?: number;
  /** Set for collections (<LST>, <IE>, <QUE>, <STK>, <DCT>). */
  items?: ItemShape[];
}

const COLLECTION_TAGS: ReadonlySet<string> = new Set(['LST', 'IE', 'QUE', 'STK', 'DCT']);

// Nested collections and references can only go so deep; a cycle of <Ref>s stops here too.
const MAX_DEPTH = 16;

export function child(node: XmlNode, name: string): XmlNode | undefined {
  for (const c of node.children) if (c.name === name) return c;
  return undefined;
}

/**
 * The value of a property element. `at` (a <Ref>'s own offsets) replaces the offsets of the referenced object,
 * which sits elsewhere in the file.
 */
export function valueOf(node: XmlNode, refs: RefTables, at?: Span, depth = 0): ValueShape {
  if (node.name === 'Nil') return { text: '', empty: true, ...where(node, at) };
  if (node.name === 'Ref') {
    const target = refs.objects.get(node.attrs.RefId ?? '');
    if (!target || depth >= MAX_DEPTH) return { text: '', empty: true, ...where(node, at) };
    return valueOf(target, refs, where(node, at), depth + 1);
  }
  if (node.name === 'Obj') return objValue(node, refs, at, depth);
  if (SCALAR_TAGS.has(node.name)) {
    const text = scalarText(node);
    return { text, empty: text === '', ...where({ start: node.contentStart, end: node.contentEnd }, at) };
  }
  // Something this reader does not know (a newer schema element): its text, unchecked.
  const text = decodeXmlConvert(node.text);
  return { text, empty: text === '', ...where({ start: node.contentStart, end: node.contentEnd }, at) };
}

function objValue(obj: XmlNode, refs: RefTables, at: Span | undefined, depth: number): ValueShape {
  const collection = obj.children.find((c) => COLLECTION_TAGS.has(c.name));
  if (collection) {
    const items = depth < MAX_DEPTH ? collectionItems(collection, refs, at, depth) : [];
    return { text: `{${items.map((i) => i.text).join(', ')}}`, empty: false, items, ...where(obj, at) };
  }
  const toString = child(obj, 'ToString');
  let number: number | undefined;
  for (const c of obj.children) {
    if (c.attrs.N === undefined) {
      const n = integerValue(c);
      if (n !== undefined) {
        number = n;
        break;
      }
    }
  }
  if (toString) {
    const text = decodeXmlConvert(toString.text);
    const own = text === '' ? { start: obj.start, end: obj.end } : { start: toString.contentStart, end: toString.contentEnd };
    return { text, empty: text === '', number, ...where(own, at) };
  }
  if (number !== undefined) {
    return { text: String(number), empty: false, number, ...where(obj, at) };
  }
  // A primitive wrapped in an <Obj> with extra members: <Obj><S>text</S><MS>…</MS></Obj>.
  const wrapped = obj.children.find((c) => c.attrs.N === undefined && SCALAR_TAGS.has(c.name));
  if (wrapped) return valueOf(wrapped, refs, at, depth + 1);
  // No display text at all: Format-List prints the type name (e.g. System.Management.Automation.PSCredential).
  const type = typeNamesOf(obj, refs)[0] ?? '';
  return { text: type, empty: type === '', ...where(obj, at) };
}

/** Only the offsets: `at` when a <Ref> decides where the value is, else the element's own. */
function where(own: Span, at: Span | undefined): Span {
  return at ? { start: at.start, end: at.end } : { start: own.start, end: own.end };
}

function collectionItems(collection: XmlNode, refs: RefTables, at: Span | undefined, depth: number): ItemShape[] {
  const items: ItemShape[] = [];
  for (const c of collection.children) {
    if (collection.name === 'DCT') {
      if (c.name !== 'En') continue;
      const key = c.children.find((k) => k.attrs.N === 'Key');
      const value = c.children.find((v) => v.attrs.N === 'Value');
      const k = key ? valueOf(key, refs, undefined, depth + 1).text : '';
      const v = value ? valueOf(value, refs, undefined, depth + 1).text : '';
      items.push({ text: `[${k}, ${v}]`, ...where(c, at) });
      continue;
    }
    const v = valueOf(c, refs, undefined, depth + 1);
    items.push({ text: v.text, ...where(v, at) });
  }
  return items;
}
