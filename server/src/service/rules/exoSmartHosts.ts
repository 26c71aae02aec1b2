import { at, bool, list } from '../objects/access';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const exoSmartHosts: Rule = {
  meta: {
    id: 'exo-smart-hosts',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An Exchange Online outbound connector with UseMXRecord $false and no SmartHosts, or $true with SmartHosts.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'outbound-connector')) {
      const mx = bool(obj, 'UseMXRecord');
      const hosts = list(obj, 'SmartHosts');
      if (!mx || !hosts) continue;
      if (mx.value === false && hosts.value.length === 0 && !hosts.truncated) {
        const command = setCommand('Set-OutboundConnector', obj, '-SmartHosts <your on-premises mail host>');
        ctx.report({
          fix: { command },
          range: at(hosts.prop),
          message: `${objectLabel(obj, 'Outbound connector')} does not use MX records (UseMXRecord $false) but lists no smart hosts, so Exchange Online cannot deliver through it. Run: ${command}.`,
        });
      } else if (mx.value === true && hosts.value.length > 0) {
        const command = setCommand('Set-OutboundConnector', obj, '-UseMXRecord $false');
        ctx.report({
          fix: { command },
          range: hosts.prop.valueRange,
          message: `${objectLabel(obj, 'Outbound connector')} uses MX records (UseMXRecord $true) and also lists smart hosts; Exchange Online accepts only one of the two. Run: ${command} to deliver to the smart hosts, or clear them with -SmartHosts $null.`,
          relatedInformation: [{ range: mx.prop.valueRange, message: 'UseMXRecord is $true' }],
        });
      }
    }
  },
};
