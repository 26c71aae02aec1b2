// Builds EdgeSubscription XML the way New-EdgeSubscription writes it (XmlSerializer, 2-space indent, CRLF).
import { base64, makeCertificateDer, serializedCertificate, type CertSpec } from './certs';

export const TICKS_PER_MS = 10000n;
export const UNIX_EPOCH_TICKS = 621355968000000000n;

export function ticks(date: Date): string {
  return (BigInt(date.getTime()) * TICKS_PER_MS + UNIX_EPOCH_TICKS).toString();
}

/** Element values in writer order; `undefined` leaves the element out, `null` writes it empty (<X />). */
export interface SubscriptionSpec {
  EdgeServerName?: string | null;
  EdgeServerFQDN?: string | null;
  EdgeCertificateBlob?: string | null;
  ESRAUsername?: string | null;
  ESRAPassword?: string | null;
  EffectiveDate?: string | null;
  Duration?: string | null;
  AdamSslPort?: string | null;
  ServerType?: string | null;
  ProductID?: string | null;
  VersionNumber?: string | null;
  SerialNumber?: string | null;
}

export const PASSWORD = 'pSvvxM/8gu8=Vv5Kxr!G';

export function blobFor(cert: CertSpec = {}): string {
  return base64(serializedCertificate(makeCertificateDer(cert)));
}

export function defaultSpec(effective = new Date('2024-05-14T10:30:00Z'), cert: CertSpec = {}): Required<SubscriptionSpec> {
  return {
    EdgeServerName: 'EDGE01',
    EdgeServerFQDN: 'edge01.contoso.com',
    EdgeCertificateBlob: blobFor(cert),
    ESRAUsername: 'CN=ESRA.EDGE01,CN=Services,CN=Configuration,CN={5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d}',
    ESRAPassword: PASSWORD,
    EffectiveDate: ticks(effective),
    Duration: '864000000000',
    AdamSslPort: '50636',
    ServerType: 'Standard',
    ProductID: null,
    VersionNumber: '1942128136',
    SerialNumber: 'Version 15.2 (Build 31544.4)',
  };
}

export function subscriptionXml(spec: SubscriptionSpec, extra: string[] = [], eol = '\r\n'): string {
  const lines = [
    '<?xml version="1.0"?>',
    '<EdgeSubscriptionData xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
  ];
  for (const [name, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    lines.push(value === null || value === '' ? `  <${name} />` : `  <${name}>${escapeXml(value)}</${name}>`);
  }
  lines.push(...extra.map((e) => `  ${e}`), '</EdgeSubscriptionData>');
  return lines.join(eol) + eol;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 0-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  return text.split(/\r?\n/).findIndex((l) => l.includes(needle));
}

// For RuleTester cases: a subscription file written line by line, with annotations under its lines.

/** `  <Name>value</Name>` (escaped) as New-EdgeSubscription indents it; `<Name />` for null. */
export function element(name: string, value: string | null): string {
  return value === null ? `  <${name} />` : `  <${name}>${escapeXml(value)}</${name}>`;
}

/** The lines of a subscription file in writer order: the prolog and root around the given element lines. */
export function subscriptionLines(
  lines: string[],
  root = '<EdgeSubscriptionData xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
): string {
  return ['<?xml version="1.0"?>', root, ...lines, '</EdgeSubscriptionData>', ''].join('\r\n');
}

/** The element lines of `spec` (defaultSpec's shape), in writer order. */
export function elementLines(spec: SubscriptionSpec): string[] {
  return Object.entries(spec)
    .filter(([, v]) => v !== undefined)
    .map(([name, value]) => element(name, value ?? null));
}

/**
 * A RuleTester annotation under `line`: carets under the first `token` in it (its escaped form), then `finding`
 * (`rule-id[messageId] fix: ...`). `#` starts it, so a finding may start at column 1.
 */
export function under(line: string, token: string, finding: string): string {
  const at = line.indexOf(token);
  if (at < 1) throw new Error(`"${token}" is not in "${line}" after column 0`);
  return `#${' '.repeat(at - 1)}${'^'.repeat(token.length)} ${finding}`;
}

/** The element lines with an annotation after the line of element `name`. */
export function annotated(lines: string[], name: string, token: string, finding: string): string[] {
  const i = lines.findIndex((l) => l.startsWith(`  <${name}>`) || l.startsWith(`  <${name} `) || l.startsWith(`<${name} `));
  if (i < 0) throw new Error(`no element ${name}`);
  return [...lines.slice(0, i + 1), under(lines[i], token, finding), ...lines.slice(i + 1)];
}
