import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { formatUtc, relative } from '../time/ticks';
import { dateNote } from '../certificate/facts';
import type { Rule } from './types';

export const certificateNotYetValid: Rule = {
  meta: {
    id: 'certificate-not-yet-valid',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate is not valid yet (NotBefore is in the future): a clock or issuance problem.',
  },
  check(ctx) {
    const now = ctx.settings.now;
    for (const c of ctx.file.certificates) {
      if (!c.notBefore || c.notBefore.value.getTime() <= now.getTime()) continue;
      ctx.report({
        range: c.notBefore.range,
        message: `${c.label} is not valid until ${formatUtc(c.notBefore.value)} (${relative(c.notBefore.value, now)}); TLS with it fails until then. Check the clocks of the servers, or use a certificate that is already valid. ${c.remedy}${dateNote(c.notBefore!)}`,
      });
    }
  },
};
