import { bool, list } from '../objects/access';
import { at } from '../objects/access';
import { edgeSyncNote, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const smartHostsMissing: Rule = {
  meta: {
    id: 'smart-hosts-missing',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector with DNSRoutingEnabled $false has no SmartHosts to send to.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const dns = bool(obj, 'DNSRoutingEnabled');
      const hosts = list(obj, 'SmartHosts');
      if (dns?.value !== false || !hosts || hosts.value.length > 0 || hosts.truncated) continue;
      const command = setCommand('Set-SendConnector', obj, '-SmartHosts <host1>,<host2>');
      ctx.report({
        fix: { command },
        range: at(hosts.prop),
        message: `${objectLabel(obj, 'Send connector')} does not use DNS (DNSRoutingEnabled $false) but lists no smart hosts, so its mail has nowhere to go and queues. Run: ${command} (or -DNSRoutingEnabled $true).${edgeSyncNote(obj)}`,
        relatedInformation: [{ range: dns.prop.valueRange, message: 'DNSRoutingEnabled is $false' }],
      });
    }
  },
};
