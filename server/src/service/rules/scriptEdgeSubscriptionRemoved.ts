import { isCommand } from '../script/model';
import { removeStatementEdit, scriptOf, spanRange } from './scriptRules';
import { EDGE_SUBSCRIPTION_PROCEDURES } from './subscriptionShared';
import { defineRule } from './types';

export const scriptEdgeSubscriptionRemoved = defineRule({
  meta: {
    id: 'script-edge-subscription-removed',
    defaultSeverity: 'warning',
    category: 'script',
    kinds: ['powershell'],
    description:
      'Remove-EdgeSubscription before New-EdgeSubscription deletes the send connectors sourced only on that Edge; resubscribing overwrites the subscription.',
    messages: {
      removedFirst: 'The Edge subscription is removed before it is made again, which deletes send connectors sourced only on that Edge.',
    },
    fixes: {
      keep: 'Delete the Remove-EdgeSubscription step: subscribing again to the same site overwrites the subscription',
    },
    sources: ['Remove-EdgeSubscription', 'New-EdgeSubscription', EDGE_SUBSCRIPTION_PROCEDURES],
  },
  check(ctx) {
    const commands = scriptOf(ctx.file)?.commands ?? [];
    for (const cmd of commands) {
      if (!isCommand(cmd, 'Remove-EdgeSubscription')) continue;
      const again = commands.find((c) => c.start > cmd.end && isCommand(c, 'New-EdgeSubscription'));
      if (!again) continue;
      ctx.report({
        range: spanRange(ctx.file, cmd.nameSpan),
        messageId: 'removedFirst',
        relatedInformation: [{ range: spanRange(ctx.file, again.nameSpan), message: 'The subscription is made again here.' }],
        fix: { fixId: 'keep', edits: [removeStatementEdit(ctx.file, cmd.statement)] },
      });
    }
  },
});
