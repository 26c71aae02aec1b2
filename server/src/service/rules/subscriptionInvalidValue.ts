import type { EdgeSubscriptionFile } from '../document';
import type { Rule } from './types';

export const subscriptionInvalidValue: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-invalid-value',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element value that Exchange cannot use: empty, bad ticks, Duration under 2 minutes, bad port or version.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    for (const el of sub.byName.values()) {
      if (el.problem) ctx.report({ range: el.valueRange, message: el.problem });
    }
  },
};
