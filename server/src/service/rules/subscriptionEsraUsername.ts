import type { EdgeSubscriptionFile } from '../document';
import { clip, newFileCommand } from './subscriptionShared';
import { defineRule } from './types';

export const subscriptionEsraUsername = defineRule<'otherAccount', 'newFile', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-esra-username',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'ESRAUsername is not the ESRA.<EdgeServerName> account New-EdgeSubscription creates.',
    messages: {
      otherAccount: 'ESRAUsername is not the ESRA.{{edge}} account that New-EdgeSubscription makes for Edge {{edge}}.',
    },
    fixes: { newFile: 'Make a new subscription file on {{edge}} (new bootstrap account)' },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const user = sub?.byName.get('ESRAUsername');
    const name = sub?.byName.get('EdgeServerName');
    if (!user || user.isEmpty || !name || name.isEmpty) return;
    if (user.value.toUpperCase().startsWith(`CN=ESRA.${name.value},`.toUpperCase())) return;
    const edge = clip(name.value);
    ctx.report({
      range: user.valueRange,
      messageId: 'otherAccount',
      data: { edge },
      relatedInformation: [{ range: name.valueRange, message: 'EdgeServerName' }],
      fix: { fixId: 'newFile', command: newFileCommand(edge) },
    });
  },
});
