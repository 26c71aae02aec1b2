// Redacted values: what people put in place of their names before pasting a dump into a forum or a ticket
// (`<domain>`, `mail.<domain>.com`, `XXXX`, `x.x.x.x`, `*****`, `[redacted]`). Such a value is not wrong, it is
// hidden: checks leave it alone and say at most that it could not be checked.

/** A word in angle brackets; `<I>` and `<S>` are the issuer and subject markers of TlsCertificateName. */
const ANGLE = /<(?![IS]>)[A-Za-z][\w .@-]{0,40}>/;
/** Three or more x's as a whole label or word: `XXXX`, `mail.xxx.com`, `EX-XXX`. */
const XS = /(?:^|[^A-Za-z0-9])[xX]{3,}(?=$|[^A-Za-z0-9])/;
/** An address written with x's: `x.x.x.x`, `xxx.xxx.xx.x`, `10.0.x.x`. */
const X_ADDRESS = /(?:^|[^\w.])(?:(?:\d{1,3}|[xX]{1,3})\.){3}(?:\d{1,3}|[xX]{1,3})(?=$|[^\w.])/;
/** Three or more asterisks or hashes (a single `*` is a wildcard in address spaces and domains). */
const STARS = /\*{3,}|#{4,}/;
const WORDS = /\[(?:redacted|removed|hidden|snip)\]|\bredacted\b/i;

/**
 * A character or run every placeholder above holds (`<`, `*`, `#`, `[`, "redacted", three x's, an x beside a dot):
 * most values have none, and are done with after one scan instead of five.
 */
const MAYBE = /[<*#[]|redacted|[xX]{3}|[xX]\.|\.[xX]/i;

/** The placeholder in a value, when it has one (the first found, as written). */
export function placeholderIn(text: string): string | undefined {
  if (!MAYBE.test(text)) return undefined;
  for (const re of [ANGLE, STARS, WORDS]) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  const xs = XS.exec(text);
  if (xs) return xs[0].replace(/^[^xX]/, '');
  const ip = X_ADDRESS.exec(text);
  if (ip && /[xX]/.test(ip[0])) return ip[0].replace(/^[^\dxX]/, '');
  return undefined;
}

export function isRedacted(text: string): boolean {
  return placeholderIn(text) !== undefined;
}
