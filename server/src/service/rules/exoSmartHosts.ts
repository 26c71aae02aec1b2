import { at, bool, list } from '../objects/access';
import { displayName } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const exoSmartHosts = defineRule({
  meta: {
    id: 'exo-smart-hosts',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An Exchange Online outbound connector with UseMXRecord $false and no SmartHosts, or $true with SmartHosts.',
    messages: {
      noSmartHosts: 'Outbound connector "{{name}}" has neither smart hosts nor MX delivery, so it cannot deliver.',
      unusedSmartHosts: 'Outbound connector "{{name}}" delivers by MX records, so its smart hosts are not used.',
    },
    fixes: {
      addSmartHosts: 'Give "{{name}}" the host to deliver to (-SmartHosts; fill it in)',
      clearSmartHosts: 'Clear the unused smart hosts of "{{name}}" (mail keeps going by MX records)',
      useSmartHosts: 'Deliver "{{name}}" to its smart hosts instead of by MX records (reroutes mail)',
    },
    sources: ['Set-OutboundConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'outbound-connector')) {
      const mx = bool(obj, 'UseMXRecord');
      const hosts = list(obj, 'SmartHosts');
      if (!mx || !hosts) continue;
      if (mx.value === false && hosts.value.length === 0 && !hosts.truncated) {
        ctx.report({
          range: at(hosts.prop),
          messageId: 'noSmartHosts',
          data: { name: displayName(obj) },
          fix: objectFix('addSmartHosts', 'Set-OutboundConnector', obj, '-SmartHosts "<host to deliver to>"'),
          relatedInformation: [{ range: mx.prop.valueRange, message: 'UseMXRecord is $false' }],
        });
      } else if (mx.value === true && hosts.value.length > 0) {
        ctx.report({
          range: hosts.prop.valueRange,
          messageId: 'unusedSmartHosts',
          data: { name: displayName(obj) },
          // Documented: UseMXRecord $true delivers by MX. That Exchange Online refuses smart hosts beside it is only
          // known from 2013-era validation, so this is reported one severity lower.
          uncertain: true,
          fix: [
            objectFix('clearSmartHosts', 'Set-OutboundConnector', obj, '-SmartHosts $null'),
            objectFix('useSmartHosts', 'Set-OutboundConnector', obj, '-UseMXRecord $false'),
          ],
          relatedInformation: [{ range: mx.prop.valueRange, message: 'UseMXRecord is $true' }],
        });
      }
    }
  },
});
