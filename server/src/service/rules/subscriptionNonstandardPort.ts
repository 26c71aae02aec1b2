import type { EdgeSubscriptionFile } from '../document';
import { DEFAULT_ADAM_SSL_PORT } from '../edgeSubscription/values';
import { EDGE_SUBSCRIPTIONS_2013 } from './subscriptionShared';
import { defineRule } from './types';

export const subscriptionNonstandardPort = defineRule<'nonstandard', never, EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-nonstandard-port',
    defaultSeverity: 'information',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'AdamSslPort is not 50636: the firewall between Hub and Edge must allow the custom port.',
    messages: {
      nonstandard: 'AdamSslPort is {{port}}, not the default {{default}}: EdgeSync reaches the Edge on TCP {{port}}.',
    },
    sources: [EDGE_SUBSCRIPTIONS_2013],
  },
  check(ctx) {
    const el = ctx.file.subscription?.byName.get('AdamSslPort');
    if (el?.decoded?.type !== 'port' || el.decoded.port === DEFAULT_ADAM_SSL_PORT) return;
    ctx.report({ range: el.valueRange, messageId: 'nonstandard', data: { port: el.decoded.port, default: DEFAULT_ADAM_SSL_PORT } });
  },
});
