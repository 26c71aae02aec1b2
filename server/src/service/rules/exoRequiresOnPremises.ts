import { bool, enumMember } from '../objects/access';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

const ONLY_ON_PREMISES = {
  'outbound-connector': ['RouteAllMessagesViaOnPremises', 'CloudServicesMailEnabled', 'AllAcceptedDomains'],
  'inbound-connector': ['CloudServicesMailEnabled'],
} as const;

export const exoRequiresOnPremises: Rule = {
  meta: {
    id: 'exo-requires-on-premises',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A hybrid-only setting (CloudServicesMailEnabled, RouteAllMessagesViaOnPremises, AllAcceptedDomains) on a Partner connector.',
  },
  check(ctx) {
    for (const [kind, names] of Object.entries(ONLY_ON_PREMISES) as [keyof typeof ONLY_ON_PREMISES, readonly string[]][]) {
      const cmdlet = kind === 'outbound-connector' ? 'Set-OutboundConnector' : 'Set-InboundConnector';
      for (const obj of objectsOf(ctx.file, kind)) {
        const type = enumMember(obj, 'ConnectorType');
        if (type?.value !== 'Partner') continue;
        for (const name of names) {
          const v = bool(obj, name);
          if (!v?.value) continue;
          const command = setCommand(cmdlet, obj, '-ConnectorType OnPremises');
          ctx.report({
            fix: { command },
            range: v.prop.valueRange,
            message: `${objectLabel(obj, kind === 'outbound-connector' ? 'Outbound connector' : 'Inbound connector')} is a Partner connector, but ${name} $true is only allowed on OnPremises (hybrid) connectors; Exchange Online refuses it. Run: ${command} if it connects to your own servers, or ${name} $false.`,
            relatedInformation: [{ range: type.prop.valueRange, message: 'ConnectorType is Partner' }],
          });
        }
      }
    }
  },
};
