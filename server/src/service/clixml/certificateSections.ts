// A certificate exported with Export-Clixml carries RawData and a ToString made of sections:
//   [Subject]\r\n  CN=…\r\n\r\n[Issuer]\r\n  …\r\n\r\n[Serial Number] … [Not Before] … [Not After] … [Thumbprint]
// (written with XmlConvert escapes, `_x000D__x000A_`). Each section becomes the property Get-ExchangeCertificate
// would print, with the section's exact place in the file, so hover and cross-file matching see it.
import type { XmlNode } from '../xml/tree';
import { decodeMapped } from './xmlConvert';

export interface SectionShape {
  /** The property name (Subject, NotAfter, …). */
  name: string;
  text: string;
  /** The section title inside the brackets, e.g. `Not After`. */
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

const PROPERTY_OF_SECTION: ReadonlyMap<string, string> = new Map([
  ['subject', 'Subject'],
  ['issuer', 'Issuer'],
  ['serial number', 'SerialNumber'],
  ['not before', 'NotBefore'],
  ['not after', 'NotAfter'],
  ['thumbprint', 'Thumbprint'],
]);

const SECTION = /^\[([^\]\r\n]+)\][ \t]*\r?\n((?:[ \t]+\S[^\r\n]*(?:\r?\n|$))+)/gm;

/** The known sections of a certificate's <ToString>; [] when it has none (not a certificate's ToString). */
export function certificateSections(source: string, toString: XmlNode): SectionShape[] {
  if (toString.isEmpty || !toString.text.includes('[')) return [];
  const mapped = decodeMapped(source, toString.contentStart, toString.contentEnd);
  const text = mapped.text;
  const out: SectionShape[] = [];
  SECTION.lastIndex = 0;
  for (let m = SECTION.exec(text); m; m = SECTION.exec(text)) {
    const name = PROPERTY_OF_SECTION.get(m[1].trim().toLowerCase());
    if (!name) continue;
    const bodyStart = m.index + m[0].indexOf(m[2], m[1].length + 2);
    const body = m[2];
    const lead = body.length - body.trimStart().length;
    const value = body.trim();
    if (!value) continue;
    const vs = bodyStart + lead;
    const ve = vs + value.length;
    const ns = m.index + 1;
    out.push({
      name,
      // Continuation lines of a long value (rare) are joined as one line, as Format-List prints it.
      text: value.split(/\r?\n[ \t]*/).join(' '),
      nameStart: mapped.offsets[ns],
      // The offset of the next character is where the last one ends in the source (escapes included).
      nameEnd: mapped.offsets[ns + m[1].length],
      valueStart: mapped.offsets[vs],
      valueEnd: mapped.offsets[ve],
    });
  }
  return out;
}
