import type { EdgeSubscriptionFile } from '../document';
import { SUBSCRIPTION_ELEMENTS } from '../edgeSubscription/elements';
import { edgeOf, newFileCommand } from './subscriptionShared';
import { defineRule } from './types';

export const subscriptionMissingElement = defineRule<'missing', 'newFile', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-missing-element',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element the Hub needs to import the subscription is missing.',
    messages: {
      missing: '<{{name}}> is missing, so the import refuses this file.',
    },
    fixes: { newFile: 'Make a new subscription file on {{edge}} (new bootstrap account)' },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    const edge = edgeOf(sub);
    for (const info of SUBSCRIPTION_ELEMENTS) {
      if (!info.required || sub.byName.has(info.name)) continue;
      ctx.report({
        range: sub.xml.rootNameRange,
        messageId: 'missing',
        data: { name: info.name, edge: edge ?? 'the Edge' },
        fix: { fixId: 'newFile', command: newFileCommand(edge) },
      });
    }
  },
});
