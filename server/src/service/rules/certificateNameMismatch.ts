import type { EdgeSubscriptionFile } from '../document';
import { certificateLabel } from '../certificate/facts';
import { defineRule } from './types';

/** DNS name match as TLS does it: case-insensitive, a leading `*.` covers exactly one label. */
export function nameMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (p === h) return true;
  if (!p.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}

export const certificateNameMismatch = defineRule<'notAName', never, EdgeSubscriptionFile>({
  meta: {
    id: 'certificate-name-mismatch',
    defaultSeverity: 'information',
    category: 'certificate',
    kinds: ['edge-subscription'],
    description: 'EdgeServerFQDN is not among the names of the Edge certificate: only Internet peers that check names care (direct trust does not).',
    messages: {
      notAName: 'EdgeServerFQDN {{fqdn}} is not a name of the Edge certificate {{subject}}.',
    },
    sources: [
      {
        title: 'TLS functionality and related terminology (direct trust)',
        url: 'https://learn.microsoft.com/exchange/tls-functionality-and-related-terminology-exchange-2013-help',
      },
      { title: 'Edge Subscriptions in Exchange Server', url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscriptions' },
    ],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const fqdn = sub?.byName.get('EdgeServerFQDN');
    const cert = sub?.certificate?.parsed;
    if (!fqdn || fqdn.isEmpty || fqdn.problem || !cert?.ok) return;
    const info = cert.info;
    const names = info.dnsNames.length > 0 ? info.dnsNames : info.commonName ? [info.commonName] : [];
    if (names.some((n) => nameMatches(n, fqdn.value))) return;
    ctx.report({
      range: fqdn.valueRange,
      messageId: 'notAName',
      data: { fqdn: fqdn.value, subject: certificateLabel(info, '').trim() },
      relatedInformation: [
        { range: sub!.certificate!.element.valueRange, message: `Names of the Edge certificate: ${names.length > 0 ? names.join(', ') : 'none'}` },
      ],
    });
  },
});
