import type { EdgeSubscriptionFile } from '../document';
import { formatUtc, relative } from '../time/ticks';
import type { Rule } from './types';

export const subscriptionFuture: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-future',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'EffectiveDate is in the future: the Edge and Hub clocks disagree and the import refuses the file.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub?.effectiveDate) return;
    const now = ctx.settings.now;
    if (sub.effectiveDate.getTime() <= now.getTime()) return;
    ctx.report({
      range: sub.byName.get('EffectiveDate')!.valueRange,
      message: `EffectiveDate ${formatUtc(sub.effectiveDate)} is ${relative(sub.effectiveDate, now).replace(/^in /, '')} in the future: the Edge clock is ahead of this one, and the Hub refuses a file made "in the future". Synchronise the clocks (w32tm /resync on both servers), then make and import a new file.`,
    });
  },
};
