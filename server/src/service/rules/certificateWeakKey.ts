import { certificatesToCheck } from './certificateContext';
import { RENEWAL_FIX_TITLES, renewalFixes } from './certificateFixes';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule } from './types';

export const MIN_RSA_BITS = 2048;

export const certificateWeakKey = defineRule({
  meta: {
    id: 'certificate-weak-key',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate has an RSA key shorter than 2048 bits, below what current TLS peers require.',
    messages: {
      weakKey: '{{name}} has a {{bits}}-bit RSA key, under the 2048 bits some TLS peers require.',
    },
    fixes: RENEWAL_FIX_TITLES,
    sources: [
      'New-ExchangeCertificate',
      { title: 'Renew an Exchange Server certificate', url: 'https://learn.microsoft.com/exchange/architecture/client-access/renew-certificates' },
    ],
  },
  check(ctx) {
    for (const c of certificatesToCheck(ctx.file)) {
      const k = c.facts.keySize;
      if (!k || k.algorithm !== 'RSA' || k.value >= MIN_RSA_BITS) continue;
      ctx.report({
        range: k.range,
        messageId: 'weakKey',
        data: { name: c.facts.label, bits: k.value },
        fix: renewalFixes(c, { keySize: MIN_RSA_BITS }),
      });
    }
  },
});
