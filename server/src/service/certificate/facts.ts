// What certificate rules look at, whatever file the certificate came from (a subscription blob, a
// Format-List dump, an Export-Clixml RawData...). Each fact carries the range to report on.
import type { Range } from '../types';
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
  /** How messages name it, e.g. "The Edge certificate CN=EDGE01 (thumbprint D5846F8D…)". */
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
  /** What to do when the certificate must be replaced, in this file's context. */
  remedy: string;
  /** The decoded certificate, when the file holds the certificate itself. */
  info?: CertificateInfo;
}

export function certificateLabel(info: Pick<CertificateInfo, 'subject' | 'thumbprint'>, prefix: string): string {
  return `${prefix} ${info.subject || '(no subject)'} (thumbprint ${info.thumbprint})`;
}

/** Facts for a certificate decoded from DER, all reported on one range (the blob). */
export function factsFromInfo(info: CertificateInfo, range: Range, prefix: string, remedy: string): CertificateFacts {
  return {
    label: certificateLabel(info, prefix),
    range,
    subject: info.subject,
    thumbprint: info.thumbprint,
    notBefore: { value: info.notBefore, range },
    notAfter: { value: info.notAfter, range },
    keySize: info.keySize !== undefined ? { value: info.keySize, range, algorithm: info.keyAlgorithm } : undefined,
    signature: { value: info.signature, range },
    remedy,
    info,
  };
}

/** Appended to messages about a date that could be read two ways: says which reading was used. */
export function dateNote(d: Located<Date>): string {
  return d.note
    ? ` (The date was ${d.note.replace(/^read/, 'read')}; set the date order (setting exchangeTransport.dateOrder, CLI --date-order) if that is wrong.)`
    : '';
}
