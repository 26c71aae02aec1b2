// What certificate rules look at, whatever file the certificate came from (a subscription blob, a
// Format-List dump, an Export-Clixml RawData...). Each fact carries the range to report on.
import type { Range, RelatedInformation } from '../types';
import { commonName } from '../values/smtpX509Identifier';
import type { CertificateInfo } from './x509';
import type { SignatureAlgorithmInfo } from './signatureAlgorithms';

export interface Located<T> {
  value: T;
  range: Range;
  /** How the value was read when that matters to the reader (e.g. an ambiguous culture date). */
  note?: string;
  /**
   * The other possible reading, when the source leaves two open (a day-first/month-first date that nothing in the
   * file settles). Rules that would judge the two readings differently report as uncertain.
   */
  alternative?: T;
}

export interface CertificateFacts {
  /** How messages name it: "Certificate CN=mail.contoso.com", "Edge certificate CN=EDGE01" (no thumbprint: the hover shows it). */
  label: string;
  /** Where to report when no single fact is to blame. */
  range: Range;
  subject?: string;
  thumbprint?: string;
  notBefore?: Located<Date>;
  notAfter?: Located<Date>;
  keySize?: Located<number> & { algorithm: string };
  signature?: Located<SignatureAlgorithmInfo>;
  status?: Located<string>;
  /** The decoded certificate, when the file holds the certificate itself. */
  info?: CertificateInfo;
}

/** "Certificate CN=mail.contoso.com": the subject's CN when it has one (the whole subject otherwise). */
export function certificateLabel(info: { subject?: string; thumbprint?: string }, prefix: string): string {
  const subject = info.subject?.trim();
  const cn = subject ? commonName(subject) : undefined;
  return `${prefix} ${cn ? `CN=${cn}` : subject || '(no subject)'}`;
}

/** Facts for a certificate decoded from DER, all reported on one range (the blob). */
export function factsFromInfo(info: CertificateInfo, range: Range, prefix: string): CertificateFacts {
  return {
    label: certificateLabel(info, prefix),
    range,
    subject: info.subject,
    thumbprint: info.thumbprint,
    notBefore: { value: info.notBefore, range },
    notAfter: { value: info.notAfter, range },
    keySize: info.keySize !== undefined ? { value: info.keySize, range, algorithm: info.keyAlgorithm } : undefined,
    signature: { value: info.signature, range },
    info,
  };
}

/**
 * How an ambiguous date was read, as related information on the date (never in the message): the reader's note and
 * how to change the order.
 */
export function dateReadingNote(d: Located<Date>, name: string): RelatedInformation[] {
  if (!d.note) return [];
  const note = d.note.replace(/\.$/, '');
  return [{ range: d.range, message: `${name} was ${note}. If that is wrong, set the date order (exchangeTransport.dateOrder, CLI --date-order).` }];
}
