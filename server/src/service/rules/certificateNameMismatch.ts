import type { EdgeSubscriptionFile } from '../document';
import type { Rule } from './types';

/** DNS name match as TLS does it: case-insensitive, a leading `*.` covers exactly one label. */
export function nameMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (p === h) return true;
  if (!p.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}

export const certificateNameMismatch: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'certificate-name-mismatch',
    defaultSeverity: 'warning',
    category: 'certificate',
    kinds: ['edge-subscription'],
    description: 'EdgeServerFQDN is not among the names (SAN or CN) of the Edge certificate.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const fqdn = sub?.byName.get('EdgeServerFQDN');
    const cert = sub?.certificate?.parsed;
    if (!fqdn || fqdn.isEmpty || fqdn.problem || !cert?.ok) return;
    const info = cert.info;
    const names = info.dnsNames.length > 0 ? info.dnsNames : info.commonName ? [info.commonName] : [];
    if (names.some((n) => nameMatches(n, fqdn.value))) return;
    const shown = names.length > 0 ? names.join(', ') : 'none';
    ctx.report({
      range: fqdn.valueRange,
      message: `EdgeServerFQDN ${fqdn.value} is not a name of the Edge certificate ${info.subject} (names: ${shown}). Hubs connect to the Edge by this name; with a certificate for another host, TLS name checks fail. Enable a certificate whose SAN includes ${fqdn.value} for SMTP on the Edge (Enable-ExchangeCertificate -Services SMTP), then subscribe again.`,
      relatedInformation: [{ range: sub!.certificate!.element.valueRange, message: `Edge certificate ${info.subject}` }],
    });
  },
};
