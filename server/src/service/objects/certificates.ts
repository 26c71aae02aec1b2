// Certificate facts from an Exchange certificate object (Format-List, Export-Clixml, ConvertTo-Json):
// dates as the culture printed them, PublicKeySize, Status; when the full RawData is present, the decoded
// certificate itself (signature algorithm, exact dates).
import forge from '../certificate/forge';
import { certificateLabel, type CertificateFacts, type Located } from '../certificate/facts';
import { parseCertificate, type CertificateInfo } from '../certificate/x509';
import type { UnreadableCertificate } from '../document';
import { dateReadings, parseCultureDate, type DateOrder, type DateReadings } from '../values/cultureDate';
import { integer, text } from './access';
import { displayName, property, type ExchangeObject, type PropertyValue } from './model';

const EC_KEY_SIZES = new Set([256, 384, 521]);

export interface ObjectCertificate {
  facts?: CertificateFacts;
  unreadable?: UnreadableCertificate;
  info?: CertificateInfo;
}

/**
 * The certificate with its dates read in `dateOrder` ('auto': each date by itself, keeping the other reading when
 * the text leaves two). analyzeObjects decides the order from the whole file; this is the one-certificate shortcut.
 */
export function certificateFromObject(obj: ExchangeObject, dateOrder: DateOrder, orderReason?: string): ObjectCertificate {
  const c = readCertificate(obj);
  if (c.facts) attachDates(c.facts, obj, dateOrder, orderReason);
  return c;
}

/** Everything but the printed dates (their order is decided for the whole file); the decoded dates when RawData has them. */
export function readCertificate(obj: ExchangeObject): ObjectCertificate {
  const raw = rawDer(property(obj, 'RawData'));
  let info: CertificateInfo | undefined;
  let unreadable: UnreadableCertificate | undefined;
  if (raw?.der) {
    const parsed = parseCertificate(raw.der);
    if (parsed.ok) info = parsed.info;
    else
      unreadable = {
        range: raw.prop.valueRange,
        what: 'RawData',
        reason: `it is not an X.509 certificate (${parsed.reason})`,
        remedy: 'Export the certificate again (Get-ExchangeCertificate | Export-Clixml).',
      };
  }
  const thumbprint = text(obj, 'Thumbprint')?.value ?? info?.thumbprint;
  const subject = text(obj, 'Subject')?.value ?? info?.subject;
  const fallback = property(obj, 'Thumbprint')?.valueRange ?? property(obj, 'Subject')?.valueRange ?? obj.range;
  const facts: CertificateFacts = {
    label: certificateLabel({ subject: subject ?? displayName(obj), thumbprint: thumbprint ?? 'unknown' }, 'Certificate'),
    range: fallback,
    subject,
    thumbprint,
    info,
  };
  const size = integer(obj, 'PublicKeySize');
  if (size) facts.keySize = { value: size.value, range: size.prop.valueRange, algorithm: EC_KEY_SIZES.has(size.value) ? 'EC' : 'RSA' };
  else if (info?.keySize !== undefined) facts.keySize = { value: info.keySize, range: raw!.prop.valueRange, algorithm: info.keyAlgorithm };
  if (info) facts.signature = { value: info.signature, range: property(obj, 'SignatureAlgorithm')?.valueRange ?? raw!.prop.valueRange };
  const status = text(obj, 'Status');
  if (status) facts.status = { value: status.value, range: status.prop.valueRange };
  return { facts, unreadable, info };
}

/** NotBefore and NotAfter read in the order decided for the file ('auto': both readings kept when two stay possible). */
export function attachDates(
  facts: CertificateFacts,
  obj: ExchangeObject,
  order: DateOrder,
  orderReason?: string,
  readings: (text: string) => DateReadings | undefined = dateReadings,
  utcOffsetMinutes?: number,
): void {
  facts.notBefore = dateFact(property(obj, 'NotBefore'), facts.info?.notBefore, order, orderReason, readings, utcOffsetMinutes);
  facts.notAfter = dateFact(property(obj, 'NotAfter'), facts.info?.notAfter, order, orderReason, readings, utcOffsetMinutes);
}

/**
 * The printed date when there is one (its range is what the user sees), the decoded one otherwise. A date whose
 * day and month could be swapped carries a note saying how it was read and, when nothing settled the order, the
 * other reading as `alternative`.
 */
function dateFact(
  prop: PropertyValue | undefined,
  decoded: Date | undefined,
  order: DateOrder,
  orderReason: string | undefined,
  readings: (text: string) => DateReadings | undefined,
  utcOffsetMinutes?: number,
): Located<Date> | undefined {
  if (prop && !prop.empty) {
    const d = parseCultureDate(prop.text, { order, orderReason, ...(utcOffsetMinutes !== undefined ? { utcOffsetMinutes } : {}) });
    if (d.value && d.problem === undefined) {
      if (decoded) return { value: decoded, range: prop.valueRange };
      const fact: Located<Date> = { value: d.value.date, range: prop.valueRange };
      if (!d.value.ambiguous) return fact;
      // The other reading, in the same zone as this one.
      const shift = (utcOffsetMinutes ?? 0) * 60000;
      fact.note = d.value.reading;
      if (order === 'auto') {
        const r = readings(prop.text);
        const mdy = r?.mdy && new Date(r.mdy.getTime() - shift);
        const dmy = r?.dmy && new Date(r.dmy.getTime() - shift);
        const other = mdy?.getTime() === fact.value.getTime() ? dmy : mdy;
        if (other && other.getTime() !== fact.value.getTime()) fact.alternative = other;
      }
      return fact;
    }
  }
  return decoded && prop ? { value: decoded, range: prop.valueRange } : undefined;
}

/** RawData as DER: base64 (CLIXML <BA>, JSON) or a complete Format-List byte list `{48, 130, ...}`. */
function rawDer(prop: PropertyValue | undefined): { der?: string; prop: PropertyValue } | undefined {
  if (!prop || prop.empty) return undefined;
  if (prop.list) {
    if (prop.truncated) return { prop };
    const bytes = prop.list.map((i) => Number(i.text));
    if (bytes.some((b) => !Number.isInteger(b) || b < 0 || b > 255)) return { prop };
    return { der: String.fromCharCode(...bytes), prop };
  }
  const b64 = prop.text.replace(/\s+/g, '');
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(b64) && b64.length % 4 === 0) return { der: forge.util.decode64(b64), prop };
  return { prop };
}
