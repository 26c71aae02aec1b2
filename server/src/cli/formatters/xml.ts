// Escaping for XML 1.0 text and attribute values.

// Characters XML 1.0 cannot hold at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;' };

/** Element content (`]]>` cannot occur since `>` is escaped; CR as a reference so parsers keep it). */
export function xmlText(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(/[&<>\r]/g, (c) => TEXT[c]);
}

/** Attribute value in double or single quotes; tabs and line breaks as references so parsers keep them. */
export function xmlAttr(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c]);
}
