// PowerShell writes characters XML cannot carry (CR, LF, other control characters, lone surrogates, and a
// literal "_x" that would look like an escape) as XmlConvert escapes: `_x000D__x000A_` is CRLF, `_x005F_` is "_".

const ESCAPE = /_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_/g;

/** `_xHHHH_` (and `_xHHHHHHHH_`) escapes → characters. Text without "_x" is returned as is. */
export function decodeXmlConvert(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_m, hex: string) => fromCode(parseInt(hex, 16)));
}

function fromCode(code: number): string {
  return code <= 0xffff ? String.fromCharCode(code) : code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decoded text with, for each of its characters, the offset in the source where it came from. */
export interface MappedText {
  text: string;
  /** offsets[i] = source offset of text[i]; offsets[text.length] = the end of the raw slice. */
  offsets: number[];
}

/**
 * Decodes the raw XML text `source.slice(start, end)` (entities and XmlConvert escapes) and keeps where each
 * character came from, so that a piece of a decoded value (a section of a certificate's ToString) gets an exact
 * range in the file.
 */
export function decodeMapped(source: string, start: number, end: number): MappedText {
  let text = '';
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 38 /* & */) {
      const semi = source.indexOf(';', i);
      if (semi > i && semi < end && semi - i <= 12) {
        const ent = source.slice(i + 1, semi);
        const ch =
          ent.charCodeAt(0) === 35 /* # */ ? fromCode(ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10)) : NAMED[ent];
        if (ch !== undefined && ch !== '\uFFFD') {
          for (let k = 0; k < ch.length; k++) {
            text += ch[k];
            offsets.push(i);
          }
          i = semi + 1;
          continue;
        }
      }
    } else if (c === 95 /* _ */ && source.charCodeAt(i + 1) === 120 /* x */) {
      ESCAPE.lastIndex = i;
      const m = ESCAPE.exec(source);
      if (m && m.index === i && i + m[0].length <= end) {
        const ch = fromCode(parseInt(m[1], 16));
        for (let k = 0; k < ch.length; k++) {
          text += ch[k];
          offsets.push(i);
        }
        i += m[0].length;
        continue;
      }
    }
    text += source[i];
    offsets.push(i);
    i++;
  }
  offsets.push(end);
  return { text, offsets };
}
