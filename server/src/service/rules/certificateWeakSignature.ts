import { OBJECT_KINDS_OF_FILES } from './objectRules';
import type { Rule } from './types';

export const certificateWeakSignature: Rule = {
  meta: {
    id: 'certificate-weak-signature',
    defaultSeverity: 'warning',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate is signed with SHA-1 or MD5.',
  },
  check(ctx) {
    for (const c of ctx.file.certificates) {
      const s = c.signature;
      if (!s || !s.value.weak) continue;
      ctx.report({
        range: s.range,
        message: `${c.label} is signed with ${s.value.name} (${s.value.hash}), a broken hash; use a certificate signed with SHA-256 or better. ${c.remedy}`,
      });
    }
  },
};
