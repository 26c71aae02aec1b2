import type { EdgeSubscriptionFile } from '../document';
import type { Rule } from './types';

export const subscriptionEsraUsername: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-esra-username',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'ESRAUsername is not the ESRA.<EdgeServerName> account New-EdgeSubscription creates.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const user = sub?.byName.get('ESRAUsername');
    const name = sub?.byName.get('EdgeServerName');
    if (!user || user.isEmpty || !name || name.isEmpty) return;
    const expected = `CN=ESRA.${name.value},`;
    if (user.value.toUpperCase().startsWith(expected.toUpperCase())) return;
    ctx.report({
      range: user.valueRange,
      message: `ESRAUsername should be the bootstrap account "${expected}..." that New-EdgeSubscription creates for Edge ${name.value}; this one will not authenticate to the Edge's AD LDS. Make the file again on the Edge with New-EdgeSubscription -FileName.`,
      relatedInformation: [{ range: name.valueRange, message: 'EdgeServerName' }],
    });
  },
};
