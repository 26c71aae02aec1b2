import type { EdgeSubscriptionFile } from '../document';
import { formatUtc, relative } from '../time/ticks';
import type { Rule } from './types';

export const subscriptionExpired: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-expired',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'The bootstrap account (EffectiveDate + Duration) has expired: the Hub refuses the file.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub?.expires) return;
    const now = ctx.settings.now;
    if (now.getTime() < sub.expires.getTime()) return;
    ctx.report({
      range: sub.byName.get('EffectiveDate')!.valueRange,
      message: `This subscription file expired on ${formatUtc(sub.expires)} (${relative(sub.expires, now)}): its bootstrap account lasts EffectiveDate + Duration, so the Hub refuses it. On the Edge run New-EdgeSubscription -FileName <path>.xml again and import the new file on a Hub within the Duration (default 24 hours).`,
      relatedInformation: sub.byName.has('Duration')
        ? [{ range: sub.byName.get('Duration')!.valueRange, message: 'Duration of the bootstrap account' }]
        : undefined,
    });
  },
};
