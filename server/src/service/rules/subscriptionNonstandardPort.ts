import type { EdgeSubscriptionFile } from '../document';
import { DEFAULT_ADAM_SSL_PORT } from '../edgeSubscription/values';
import type { Rule } from './types';

export const subscriptionNonstandardPort: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-nonstandard-port',
    defaultSeverity: 'information',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'AdamSslPort is not 50636: the firewall between Hub and Edge must allow the custom port.',
  },
  check(ctx) {
    const el = ctx.file.subscription?.byName.get('AdamSslPort');
    if (el?.decoded?.type !== 'port' || el.decoded.port === DEFAULT_ADAM_SSL_PORT) return;
    ctx.report({
      range: el.valueRange,
      message: `EdgeSync will connect to the Edge's AD LDS on port ${el.decoded.port} instead of the default ${DEFAULT_ADAM_SSL_PORT}. Open TCP ${el.decoded.port} from every Hub/Mailbox server of the site to the Edge; if the port changes again, subscribe the Edge again.`,
    });
  },
};
