import type { EdgeSubscriptionFile } from '../document';
import type { ValueProblemId } from '../edgeSubscription/values';
import { edgeOf, newFileCommand } from './subscriptionShared';
import { defineRule } from './types';

/** By the id the subscription reader gives each problem (../edgeSubscription/values.ts); the hover shows them too. */
export const SUBSCRIPTION_VALUE_MESSAGES: Record<ValueProblemId, string> = {
  childElements: '{{name}} holds child elements instead of a value.',
  empty: '{{name}} is empty, so the import refuses this file.',
  notTicks: '{{name}} "{{value}}" is not a whole number of .NET ticks.',
  ticksOutOfRange: '{{name}} {{value}} is outside the range of a .NET date.',
  durationTooShort: 'Duration {{value}} is under 2 minutes, the shortest AccountExpiryDuration.',
  badPort: 'AdamSslPort "{{value}}" is not a TCP port from 1 to 65535.',
  badVersion: 'VersionNumber "{{value}}" is not an encoded Exchange version, so no site matches it.',
  badFqdn: 'EdgeServerFQDN "{{value}}" is not a valid DNS name.',
};

export const subscriptionInvalidValue = defineRule<ValueProblemId, 'newFile', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-invalid-value',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'An element value that Exchange cannot use: empty, bad ticks, Duration under 2 minutes, bad port or version.',
    messages: SUBSCRIPTION_VALUE_MESSAGES,
    fixes: { newFile: 'Make a new subscription file on {{edge}} (default Duration of 24 hours, new bootstrap account)' },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    if (!sub) return;
    const edge = edgeOf(sub);
    for (const el of sub.byName.values()) {
      if (!el.problem) continue;
      ctx.report({
        range: el.valueRange,
        messageId: el.problem.id,
        // Never the password: the reader gives a value only for the elements whose type it checks.
        data: { name: el.name, value: el.problem.value ?? '', edge: edge ?? 'the Edge' },
        fix: { fixId: 'newFile', command: newFileCommand(edge) },
      });
    }
  },
});
