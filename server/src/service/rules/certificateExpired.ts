import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { formatUtc, relative } from '../time/ticks';
import { dateNote } from '../certificate/facts';
import { reportConnectorsPresenting } from './certificateOnConnectors';
import type { Rule } from './types';

export const certificateExpired: Rule = {
  meta: {
    id: 'certificate-expired',
    defaultSeverity: 'error',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate has expired: TLS with it fails or silently falls back to clear text.',
  },
  check(ctx) {
    const now = ctx.settings.now;
    for (const c of ctx.file.certificates) {
      if (!c.notAfter || c.notAfter.value.getTime() > now.getTime()) continue;
      ctx.report({
        range: c.notAfter.range,
        message: `${c.label} expired on ${formatUtc(c.notAfter.value)} (${relative(c.notAfter.value, now)}). Servers that check it refuse TLS, and opportunistic TLS silently falls back to clear text. ${c.remedy}${dateNote(c.notAfter!)}`,
      });
    }
  },
  checkProject(ctx) {
    const now = ctx.settings.now.getTime();
    reportConnectorsPresenting(ctx, (end) => end <= now, 'expired on');
  },
};
