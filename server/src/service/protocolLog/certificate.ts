// The merged certificate row of Exchange 2016 and later: one data field holding subject, issuer, serial number,
// thumbprint, (validity dates,) alternate names, joined by single spaces. Distinguished names hold spaces too, so
// the values are found by their shapes: the thumbprint is the 40-hex-digit word, the serial the hex word before
// it, and the issuer starts at the first `ATTR=` word not preceded by a comma.
import type { CertificateField } from './texts';

const THUMBPRINT_WORD = /(?:^| )([0-9A-Fa-f]{40})(?= |$)/;
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

export function parseMergedCertificate(data: string, fields: readonly CertificateField[]): Partial<Record<CertificateField, string>> {
  const out: Partial<Record<CertificateField, string>> = {};
  const text = data.trim();
  const m = THUMBPRINT_WORD.exec(text);
  if (!m) return out;
  out.thumbprint = m[1];
  const thumbAt = m.index + m[0].length - m[1].length;
  const before = text.slice(0, thumbAt).trimEnd();
  const serialAt = before.lastIndexOf(' ');
  if (serialAt > 0 && /^[0-9A-Fa-f]+$/.test(before.slice(serialAt + 1))) {
    out.serial = before.slice(serialAt + 1);
    const names = splitDistinguishedNames(before.slice(0, serialAt));
    out.subject = names[0];
    if (names[1]) out.issuer = names[1];
  }
  let rest = text.slice(thumbAt + 40).trim();
  if (fields.includes('notBefore')) {
    const words = rest.split(' ');
    if (ISO_DATE.test(words[0] ?? '')) out.notBefore = words.shift();
    if (ISO_DATE.test(words[0] ?? '')) out.notAfter = words.shift();
    rest = words.join(' ');
  }
  if (rest) out.sans = rest;
  return out;
}

/** `CN=a, O=b CN=c, O=d` → [`CN=a, O=b`, `CN=c, O=d`]: the second name starts at an attribute after a plain space. */
export function splitDistinguishedNames(text: string): string[] {
  const re = / (?=[A-Za-z][A-Za-z0-9.]*=)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && text[m.index - 1] !== ',') return [text.slice(0, m.index), text.slice(m.index + 1)];
  }
  return [text];
}
