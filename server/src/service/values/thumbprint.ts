// Certificate thumbprints: the SHA-1 hash of the certificate as 40 hex digits (Get-ExchangeCertificate Thumbprint).
import { fail, ok, quote, type ValueResult } from './result';

const EXAMPLE = '"9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B"';

/** The thumbprint in upper case. */
export function parseThumbprint(text: string): ValueResult<string> {
  const raw = text.trim();
  if (raw === '') return fail(`The value is empty; expected a thumbprint of 40 hex digits, e.g. ${EXAMPLE}.`);
  if (raw.length > 200) return fail(`${quote(raw)} is not a thumbprint; expected 40 hex digits, e.g. ${EXAMPLE}.`);
  // Copying from the certificate dialog brings an invisible left-to-right mark and spaces between bytes.
  const invisible = /[\u200e\u200f\u202a-\u202e\ufeff]/.test(raw);
  const t = raw.replace(/[\u200e\u200f\u202a-\u202e\ufeff]/g, '');
  if (invisible) {
    return fail(
      `${quote(raw)} contains an invisible formatting character (often copied from the Windows certificate dialog); retype it as 40 hex digits, e.g. ${EXAMPLE}.`,
    );
  }
  if (/^[0-9a-f]{2}(?:[ :-][0-9a-f]{2})+$/i.test(t)) {
    const joined = t.replace(/[ :-]/g, '');
    return fail(
      `${quote(raw)} has separators between the bytes; Exchange writes the thumbprint as one run of hex digits${joined.length === 40 ? `: ${joined.toUpperCase()}` : ''}.`,
    );
  }
  if (!/^[0-9a-f]+$/i.test(t)) return fail(`${quote(raw)} is not a thumbprint; it may hold only the hex digits 0-9 and A-F, 40 of them, e.g. ${EXAMPLE}.`);
  if (t.length === 64)
    return fail(`${quote(raw)} has 64 hex digits, a SHA-256 hash; Exchange identifies certificates by their SHA-1 thumbprint of 40 hex digits.`);
  if (t.length !== 40) return fail(`${quote(raw)} has ${t.length} hex digits; a thumbprint has 40.`);
  return ok(t.toUpperCase());
}
