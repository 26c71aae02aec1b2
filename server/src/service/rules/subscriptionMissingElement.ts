import type { EdgeSubscriptionFile } from '../document';
import { SUBSCRIPTION_ELEMENTS } from '../edgeSubscription/elements';
import type { Rule } from './types';

export const subscriptionMissingElement: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-missing-element',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element the Hub needs to import the subscription is missing.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    for (const info of SUBSCRIPTION_ELEMENTS) {
      if (!info.required || sub.byName.has(info.name)) continue;
      ctx.report({
        range: sub.xml.rootNameRange,
        message: `<${info.name}> is missing, so the Hub refuses or mis-imports this subscription. Do not edit the file: make it again on the Edge with New-EdgeSubscription -FileName <path>.xml.`,
      });
    }
  },
};
