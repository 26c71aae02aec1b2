import { bool, enumMember } from '../objects/access';
import { displayName } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

type Setting = { name: string; messageId: 'routeAllViaOnPremises' | 'allAcceptedDomains' | 'cloudServicesMail'; documented: boolean };

// Set-OutboundConnector documents RouteAllMessagesViaOnPremises and AllAcceptedDomains as requiring OnPremises;
// for CloudServicesMailEnabled the requirement is only known from 2013-era Exchange Online validation.
const ONLY_ON_PREMISES: Record<'outbound-connector' | 'inbound-connector', readonly Setting[]> = {
  'outbound-connector': [
    { name: 'RouteAllMessagesViaOnPremises', messageId: 'routeAllViaOnPremises', documented: true },
    { name: 'CloudServicesMailEnabled', messageId: 'cloudServicesMail', documented: false },
    { name: 'AllAcceptedDomains', messageId: 'allAcceptedDomains', documented: true },
  ],
  'inbound-connector': [{ name: 'CloudServicesMailEnabled', messageId: 'cloudServicesMail', documented: false }],
};

export const exoRequiresOnPremises = defineRule({
  meta: {
    id: 'exo-requires-on-premises',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A hybrid-only setting (CloudServicesMailEnabled, RouteAllMessagesViaOnPremises, AllAcceptedDomains) on a Partner connector.',
    messages: {
      routeAllViaOnPremises: 'Partner connector "{{name}}" routes all mail via on-premises, an OnPremises-only setting.',
      allAcceptedDomains: 'Partner connector "{{name}}" serves all accepted domains, an OnPremises-only setting.',
      cloudServicesMail: 'Partner connector "{{name}}" keeps hybrid headers, meant for connectors to your own servers.',
    },
    fixes: {
      turnOff: 'Turn off {{setting}} on "{{name}}" (it has no effect on a Partner connector)',
      dropHeaders: 'Stop keeping hybrid headers on "{{name}}" (-CloudServicesMailEnabled $false; routing unchanged)',
      makeOnPremises: 'Make "{{name}}" an OnPremises connector (only if it connects to your own servers: it gains hybrid trust)',
    },
    sources: ['Set-OutboundConnector', 'Set-InboundConnector'],
  },
  check(ctx) {
    for (const kind of ['outbound-connector', 'inbound-connector'] as const) {
      const cmdlet = kind === 'outbound-connector' ? 'Set-OutboundConnector' : 'Set-InboundConnector';
      for (const obj of objectsOf(ctx.file, kind)) {
        const type = enumMember(obj, 'ConnectorType');
        if (type?.value !== 'Partner') continue;
        for (const setting of ONLY_ON_PREMISES[kind]) {
          const v = bool(obj, setting.name);
          if (!v?.value) continue;
          // Turning the setting off keeps a partner a partner; OnPremises grants trust a partner must not get.
          const off = setting.documented
            ? objectFix('turnOff', cmdlet, obj, `-${setting.name} $false`, { data: { setting: setting.name } })
            : objectFix('dropHeaders', cmdlet, obj, '-CloudServicesMailEnabled $false');
          ctx.report({
            range: v.prop.valueRange,
            messageId: setting.messageId,
            data: { name: displayName(obj) },
            ...(setting.documented ? {} : { uncertain: true }),
            fix: [off, objectFix('makeOnPremises', cmdlet, obj, '-ConnectorType OnPremises')],
            relatedInformation: [{ range: type.prop.valueRange, message: 'ConnectorType is Partner' }],
          });
        }
      }
    }
  },
});
