// Turns file bytes into text the way Windows tools write them: UTF-8 with or without BOM,
// UTF-16 LE/BE with BOM (PowerShell 5.1 `>` and Out-File), and BOM-less UTF-16 LE by its NUL pattern.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes look like binary data rather than text (NULs in a UTF-8 file). */
  binary: boolean;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false };
  }
  if (looksLikeUtf16Le(bytes)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', binary: false };
  }
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding, binary: nul > 0 };
}

/** ASCII text written as UTF-16 LE without BOM: every odd byte of the first few hundred is 0. */
function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] !== 0 || bytes[i] === 0) return false;
  }
  return true;
}

/** Replaces a leading U+FEFF with a space, so parsers ignore it while offsets stay those of the editor's text. */
export function blankBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}
