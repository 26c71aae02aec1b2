import type { EdgeSubscriptionFile } from '../document';
import { SUBSCRIPTION_ELEMENT_BY_NAME } from '../edgeSubscription/elements';
import { closestName } from '../text/suggest';
import type { Rule } from './types';

export const subscriptionUnknownElement: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-unknown-element', defaultSeverity: 'warning', category: 'subscription', kinds: ['edge-subscription'],
    description: 'An element that EdgeSubscription files do not have; Exchange skips it silently.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    for (const el of sub.unknown) {
      const guess = closestName(el.name, SUBSCRIPTION_ELEMENT_BY_NAME.keys());
      const hint = guess ? ` Did you mean <${guess}>? (Names are case-sensitive.)` : '';
      const missing = guess && !sub.byName.has(guess) ? ` As written, Exchange ignores it and treats <${guess}> as missing.` : ' Exchange ignores it.';
      ctx.report({ range: el.nameRange, message: `<${el.name}> is not an EdgeSubscription element.${hint}${missing}` });
    }
  },
};
