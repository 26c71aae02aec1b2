import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { formatUtc, relative } from '../time/ticks';
import { dateNote } from '../certificate/facts';
import { reportConnectorsPresenting } from './certificateOnConnectors';
import type { Rule } from './types';

const DAY_MS = 86400000;

export const certificateExpiring: Rule = {
  meta: {
    id: 'certificate-expiring',
    defaultSeverity: 'warning',
    category: 'certificate',
    kinds: ['edge-subscription', ...OBJECT_KINDS_OF_FILES],
    description: 'The certificate expires within the configured number of days (default 30).',
    options: {
      days: { type: 'integer', default: 30, minimum: 0, maximum: 3650, description: 'Warn when a certificate expires within this many days.' },
    },
  },
  check(ctx) {
    const now = ctx.settings.now.getTime();
    const days = Number(ctx.options.days);
    for (const c of ctx.file.certificates) {
      const end = c.notAfter?.value.getTime();
      if (end === undefined || end <= now || end - now > days * DAY_MS) continue;
      ctx.report({
        range: c.notAfter!.range,
        message: `${c.label} expires on ${formatUtc(c.notAfter!.value)} (${relative(c.notAfter!.value, ctx.settings.now)}), within ${days} days. Replace it before then. ${c.remedy}${dateNote(c.notAfter!)}`,
      });
    }
  },
  checkProject(ctx) {
    const now = ctx.settings.now.getTime();
    const days = Number(ctx.options.days);
    reportConnectorsPresenting(ctx, (end) => end > now && end - now <= days * DAY_MS, 'expires on');
  },
};
