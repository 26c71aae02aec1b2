import type { EdgeSubscriptionFile } from '../document';
import { formatDuration, formatUtc } from '../time/ticks';
import type { Rule } from './types';

/** The Hub refuses a file whose bootstrap account expires within this margin. */
export const IMPORT_MARGIN_MS = 5 * 60 * 1000;

export const subscriptionExpiring: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-expiring',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'Less than 5 minutes of the bootstrap account remain: the import refuses it.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub?.expires) return;
    const left = sub.expires.getTime() - ctx.settings.now.getTime();
    if (left <= 0 || left >= IMPORT_MARGIN_MS) return;
    ctx.report({
      range: sub.byName.get('EffectiveDate')!.valueRange,
      message: `Only ${formatDuration(left)} of this subscription remain (it expires ${formatUtc(sub.expires)}); the Hub refuses a file with less than 5 minutes left. Make a new one on the Edge with New-EdgeSubscription -FileName <path>.xml and import it at once.`,
    });
  },
};
