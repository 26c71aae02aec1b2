import { at, bool, list } from '../objects/access';
import { displayName } from '../objects/model';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const smartHostsMissing = defineRule({
  meta: {
    id: 'smart-hosts-missing',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector with DNSRoutingEnabled $false has no SmartHosts to send to.',
    messages: {
      noSmartHosts: 'Send connector "{{name}}" lists no smart hosts but does not use DNS, so its mail queues.',
      noSmartHostsEdgeSync: 'EdgeSync connector "{{name}}" has no smart hosts and no DNS routing; change it on a Mailbox server.',
    },
    fixes: {
      addSmartHosts: 'Give "{{name}}" its smart hosts (-SmartHosts; fill in the hosts)',
      useDns: 'Deliver "{{name}}" by DNS (MX) instead of smart hosts (reroutes mail: no relay in between)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const dns = bool(obj, 'DNSRoutingEnabled');
      const hosts = list(obj, 'SmartHosts');
      if (dns?.value !== false || !hosts || hosts.value.length > 0 || hosts.truncated) continue;
      ctx.report({
        range: at(hosts.prop),
        messageId: isEdgeSyncConnector(obj) ? 'noSmartHostsEdgeSync' : 'noSmartHosts',
        data: { name: displayName(obj) },
        fix: [
          objectFix('addSmartHosts', 'Set-SendConnector', obj, '-SmartHosts "<host1>","<host2>"'),
          objectFix('useDns', 'Set-SendConnector', obj, '-DNSRoutingEnabled $true'),
        ],
        relatedInformation: [{ range: dns.prop.valueRange, message: 'DNSRoutingEnabled is $false' }],
      });
    }
  },
});
