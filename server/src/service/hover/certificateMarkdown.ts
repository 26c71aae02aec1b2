// A decoded certificate as a Markdown table, for hovers.
import type { CertificateInfo } from '../certificate/x509';
import { formatUtc, relative } from '../time/ticks';

function validity(info: CertificateInfo, now: Date): string {
  const t = now.getTime();
  if (info.notAfter.getTime() <= t) return `**expired** ${relative(info.notAfter, now)}`;
  if (info.notBefore.getTime() > t) return `**not valid yet** (starts ${relative(info.notBefore, now)})`;
  return `valid, expires ${relative(info.notAfter, now)}`;
}

export function certificateMarkdown(info: CertificateInfo, now: Date): string {
  const names = [...info.dnsNames, ...info.ipAddresses];
  const key = info.keySize ? `${info.keyAlgorithm} ${info.keySize} bits${info.curve ? ` (${info.curve})` : ''}` : info.keyAlgorithm;
  const rows: [string, string][] = [
    ['Subject', info.subject || '(empty)'],
    ['Issuer', info.issuer + (info.selfIssued ? ' (self-signed)' : '')],
    ['Subject alternative names', names.length > 0 ? names.join(', ') : '(none)'],
    ['Serial number', info.serialNumber],
    ['Thumbprint (SHA-1)', info.thumbprint],
    ['Not before', formatUtc(info.notBefore)],
    ['Not after', formatUtc(info.notAfter)],
    ['Status', validity(info, now)],
    ['Public key', key],
    ['Signature algorithm', `${info.signature.name}${info.signature.weak ? ' (**weak hash**)' : ''}`],
  ];
  if (info.extendedKeyUsage.length > 0) rows.push(['Enhanced key usage', info.extendedKeyUsage.join(', ')]);
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`)].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
