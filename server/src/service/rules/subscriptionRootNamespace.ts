import type { EdgeSubscriptionFile } from '../document';
import type { Rule } from './types';

export const subscriptionRootNamespace: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-root-namespace',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: '<EdgeSubscriptionData> has a default XML namespace; Exchange only reads it in no namespace.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const ns = sub?.xml.rootAttributes.find((a) => a.name === 'xmlns' && a.value !== '');
    if (!ns) return;
    ctx.report({
      range: ns.range,
      message: `The root element is in namespace "${ns.value}"; Exchange reads <EdgeSubscriptionData> only without a namespace and refuses this file. Remove xmlns="${ns.value}" (keep xmlns:xsi and xmlns:xsd).`,
    });
  },
};
