import { bool, enumMember } from '../objects/access';
import { displayName } from '../objects/model';
import type { RelatedInformation } from '../types';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const domainSecureConflict = defineRule({
  meta: {
    id: 'domain-secure-conflict',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'DomainSecureEnabled (mutual TLS) on a send connector that uses smart hosts, ignores STARTTLS or sets TlsAuthLevel.',
    messages: {
      viaSmartHosts: 'Send connector "{{name}}" uses Domain Security through smart hosts, where it does not work.',
      ignoresStarttls: 'Send connector "{{name}}" uses Domain Security but ignores STARTTLS, so mutual TLS never starts.',
      withTlsAuthLevel: 'Send connector "{{name}}" sets TlsAuthLevel {{level}} alongside Domain Security.',
      conflictEdgeSync: 'EdgeSync connector "{{name}}" uses Domain Security where it cannot work; change it on a Mailbox server.',
    },
    fixes: {
      turnOff: 'Turn off Domain Security on "{{name}}" (routing unchanged; no mutual TLS with the domain-secure partners)',
      useDns: 'Deliver "{{name}}" by DNS instead of its smart hosts (reroutes mail around the relay) for mutual TLS',
      repair: 'Let Domain Security work on "{{name}}" ({{params}}; mail to domain-secure partners then needs mutual TLS)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const secure = bool(obj, 'DomainSecureEnabled');
      if (!secure?.value) continue;
      const related: RelatedInformation[] = [];
      const params: string[] = [];
      const dns = bool(obj, 'DNSRoutingEnabled');
      const viaSmartHosts = dns?.value === false;
      if (viaSmartHosts) related.push({ range: dns.prop.valueRange, message: 'DNSRoutingEnabled is $false: mail goes to smart hosts' });
      const ignore = bool(obj, 'IgnoreSTARTTLS');
      if (ignore?.value) {
        params.push('-IgnoreSTARTTLS $false');
        related.push({ range: ignore.prop.valueRange, message: 'IgnoreSTARTTLS is $true' });
      }
      const level = enumMember(obj, 'TlsAuthLevel');
      if (level) {
        params.push('-TlsAuthLevel $null');
        related.push({ range: level.prop.valueRange, message: `TlsAuthLevel is ${level.value}` });
      }
      if (!viaSmartHosts && params.length === 0) continue;
      const turnOff = objectFix('turnOff', 'Set-SendConnector', obj, '-DomainSecureEnabled $false');
      // With smart hosts, DNS routing would send the mail around the relay or filter they stand for: turning
      // Domain Security off keeps the route, so it comes first.
      const fix = viaSmartHosts
        ? [turnOff, objectFix('useDns', 'Set-SendConnector', obj, ['-DNSRoutingEnabled $true', ...params].join(' '))]
        : [objectFix('repair', 'Set-SendConnector', obj, params.join(' '), { data: { params: params.join(' ') } }), turnOff];
      ctx.report({
        range: secure.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'conflictEdgeSync' : viaSmartHosts ? 'viaSmartHosts' : ignore?.value ? 'ignoresStarttls' : 'withTlsAuthLevel',
        data: { name: displayName(obj), level: level?.value ?? '' },
        fix,
        relatedInformation: related,
      });
    }
  },
});
