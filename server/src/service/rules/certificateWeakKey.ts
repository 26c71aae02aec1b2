import { OBJECT_KINDS_OF_FILES } from './objectRules';
import type { Rule } from './types';

export const MIN_RSA_BITS = 2048;

export const certificateWeakKey: Rule = {
  meta: {
    id: 'certificate-weak-key',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate has an RSA key shorter than 2048 bits.',
  },
  check(ctx) {
    for (const c of ctx.file.certificates) {
      const k = c.keySize;
      if (!k || k.algorithm !== 'RSA' || k.value >= MIN_RSA_BITS) continue;
      ctx.report({
        range: k.range,
        message: `${c.label} has a ${k.value}-bit RSA key; use at least ${MIN_RSA_BITS} bits (current TLS stacks reject shorter keys). ${c.remedy.replace('(New-ExchangeCertificate)', '(New-ExchangeCertificate -KeySize 2048)')}`,
      });
    }
  },
};
