// TlsCertificateName (SmtpX509Identifier): `<I>issuer<S>subject`, issuer optional, per Exchange's pattern
// ^(<I>([^<]+))?(<S>(.+)). HealthChecker expects the full `<I>…<S>…` form.
import { fail, ok, quote, type ValueResult } from './result';

export interface SmtpX509Identifier {
  /** The issuer DN after <I>, when written. */
  issuer?: string;
  /** The subject DN after <S>. */
  subject: string;
}

const EXAMPLE = '"<I>CN=R11, O=Let\'s Encrypt, C=US<S>CN=mail.contoso.com"';

export function parseSmtpX509Identifier(text: string): ValueResult<SmtpX509Identifier> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; a certificate name is written as <I>issuer<S>subject, e.g. ${EXAMPLE}.`);
  if (t.length > 8192) return fail(`${quote(t)} is too long to be a certificate name; expected <I>issuer<S>subject, e.g. ${EXAMPLE}.`);

  let rest = t;
  let issuer: string | undefined;
  if (rest.startsWith('<I>')) {
    const lt = rest.indexOf('<', 3);
    issuer = (lt < 0 ? rest.slice(3) : rest.slice(3, lt)).trim();
    if (issuer === '') return fail(`${quote(t)} has an empty issuer after <I>; write the issuer's distinguished name, e.g. ${EXAMPLE}.`);
    if (lt < 0) return fail(`${quote(t)} has an issuer but no <S>subject part; write <I>issuer<S>subject, e.g. ${EXAMPLE}.`);
    rest = rest.slice(lt);
    if (!rest.startsWith('<S>')) {
      return fail(`${quote(t)} has an issuer that contains "<" or is not followed by <S>; write <I>issuer<S>subject, e.g. ${EXAMPLE}.`);
    }
  }
  if (!rest.startsWith('<S>')) {
    if (/^<[is]>/i.test(t)) {
      return fail(`${quote(t)} writes the markers in lower case; Exchange expects <I> and <S> in capitals, e.g. ${EXAMPLE}.`);
    }
    if (/(^|[,\s])(CN|O|OU|C|L|S|ST|DC)=/i.test(t)) {
      return fail(`${quote(t)} is a bare distinguished name; Exchange expects the issuer and subject marked as <I>issuer<S>subject, e.g. ${EXAMPLE}.`);
    }
    return fail(`${quote(t)} is not a certificate name; Exchange expects <I>issuer<S>subject (X.500 names, not a host name), e.g. ${EXAMPLE}.`);
  }
  // `.+` in Exchange's pattern stops at the end of the line.
  const nl = rest.search(/[\r\n]/);
  const subject = (nl < 0 ? rest.slice(3) : rest.slice(3, nl)).trim();
  if (subject === '') return fail(`${quote(t)} has an empty subject after <S>; write the subject's distinguished name, e.g. ${EXAMPLE}.`);
  return ok(issuer === undefined ? { subject } : { issuer, subject });
}

export function formatSmtpX509Identifier(id: SmtpX509Identifier): string {
  return `${id.issuer !== undefined ? `<I>${id.issuer}` : ''}<S>${id.subject}`;
}

/** The CN of an X.500 name such as "CN=mail.contoso.com, O=Contoso" (quotes and backslash escapes honoured). */
export function commonName(dn: string): string | undefined {
  if (dn.length > 8192) return undefined;
  for (const rdn of splitRdns(dn)) {
    const m = /^\s*CN\s*=([^]*)$/i.exec(rdn);
    if (m) {
      let v = m[1].trim();
      if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
      return v.replace(/\\(.)/g, '$1');
    }
  }
  return undefined;
}

function splitRdns(dn: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i];
    if (c === '\\' && i + 1 < dn.length) {
      cur += c + dn[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === ',' || c === ';' || c === '+')) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}
