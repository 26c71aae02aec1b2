// CLIXML primitive elements → the text Format-List would print for them.
import type { XmlNode } from '../xml/tree';
import { durationToTimeSpan } from './duration';
import { decodeXmlConvert } from './xmlConvert';

/** Integer elements: an enum's underlying value is one of these, unnamed, inside its <Obj>. */
export const INTEGER_TAGS: ReadonlySet<string> = new Set(['I32', 'I64', 'U32', 'I16', 'U16', 'U64', 'By', 'SB']);

/** Every primitive (non-Obj, non-Ref, non-Nil) element of the CLIXML schema. */
export const SCALAR_TAGS: ReadonlySet<string> = new Set([
  ...INTEGER_TAGS,
  'B',
  'S',
  'Db',
  'D',
  'Sg',
  'DT',
  'G',
  'BA',
  'URI',
  'Version',
  'C',
  'TS',
  'SS',
  'XD',
  'SBK',
]);

/** Display text of a primitive element: `<B>true</B>` → "True", `<TS>PT10M</TS>` → "00:10:00", strings unescaped. */
export function scalarText(node: XmlNode): string {
  const raw = node.text;
  switch (node.name) {
    case 'B':
      return /^true$/i.test(raw) ? 'True' : /^false$/i.test(raw) ? 'False' : raw;
    case 'S':
    case 'URI':
    case 'XD':
    case 'SBK':
      return decodeXmlConvert(raw);
    case 'TS':
      return durationToTimeSpan(raw) ?? raw;
    case 'C': {
      const code = Number(raw);
      return Number.isInteger(code) && code >= 0 && code <= 0xffff ? String.fromCharCode(code) : raw;
    }
    case 'BA':
      return raw.replace(/\s+/g, '');
    // Encrypted with the exporting user's key: Format-List shows only the type.
    case 'SS':
      return 'System.Security.SecureString';
    default:
      return raw;
  }
}

/** The numeric value of an integer element, when it is one and fits a double exactly. */
export function integerValue(node: XmlNode): number | undefined {
  if (!INTEGER_TAGS.has(node.name)) return undefined;
  const n = Number(node.text);
  return Number.isSafeInteger(n) ? n : undefined;
}
