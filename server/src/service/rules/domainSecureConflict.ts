import { bool, enumMember } from '../objects/access';
import type { RelatedInformation } from '../types';
import { edgeSyncNote, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const domainSecureConflict: Rule = {
  meta: {
    id: 'domain-secure-conflict',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'DomainSecureEnabled (mutual TLS) on a send connector that uses smart hosts, ignores STARTTLS or sets TlsAuthLevel.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const secure = bool(obj, 'DomainSecureEnabled');
      if (!secure?.value) continue;
      const problems: string[] = [];
      const fixes: string[] = [];
      const related: RelatedInformation[] = [];
      const dns = bool(obj, 'DNSRoutingEnabled');
      if (dns?.value === false) {
        problems.push('it routes through smart hosts (DNSRoutingEnabled $false)');
        fixes.push('-DNSRoutingEnabled $true');
        related.push({ range: dns.prop.valueRange, message: 'DNSRoutingEnabled is $false' });
      }
      const ignore = bool(obj, 'IgnoreSTARTTLS');
      if (ignore?.value) {
        problems.push('it ignores STARTTLS');
        fixes.push('-IgnoreSTARTTLS $false');
        related.push({ range: ignore.prop.valueRange, message: 'IgnoreSTARTTLS is $true' });
      }
      const level = enumMember(obj, 'TlsAuthLevel');
      if (level) {
        problems.push(`it sets TlsAuthLevel ${level.value}`);
        fixes.push('-TlsAuthLevel $null');
        related.push({ range: level.prop.valueRange, message: 'TlsAuthLevel is set' });
      }
      if (problems.length === 0) continue;
      const command = setCommand('Set-SendConnector', obj, fixes.join(' '));
      ctx.report({
        fix: { command },
        range: secure.prop.valueRange,
        message: `${objectLabel(obj, 'Send connector')} has DomainSecureEnabled $true (mutual TLS with the domains in TLSSendDomainSecureList) but ${problems.join(', and ')}; Exchange refuses this and Domain Security does not work. Run: ${command} (or -DomainSecureEnabled $false).${edgeSyncNote(obj)}`,
        relatedInformation: related,
      });
    }
  },
};
