import { bool, enumMember, text } from '../objects/access';
import { displayName, property } from '../objects/model';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const domainValidationWithoutTlsDomain = defineRule({
  meta: {
    id: 'domain-validation-without-tls-domain',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A smart-host send connector with TlsAuthLevel DomainValidation has no TlsDomain to validate against.',
    messages: {
      noDomain: 'Send connector "{{name}}" validates its smart host by domain but names no TlsDomain.',
      noDomainEdgeSync: 'EdgeSync connector "{{name}}" uses DomainValidation without a TlsDomain; change it on a Mailbox server.',
    },
    fixes: {
      setDomain: 'Name the domain on the smart host\'s certificate for "{{name}}" (-TlsDomain; fill in the name)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const level = enumMember(obj, 'TlsAuthLevel');
      if (level?.value !== 'DomainValidation' || text(obj, 'TlsDomain')) continue;
      // By DNS, DomainValidation without TlsDomain checks each recipient's domain, as documented: only smart hosts need one.
      if (bool(obj, 'DNSRoutingEnabled')?.value !== false) continue;
      const tlsDomain = property(obj, 'TlsDomain');
      ctx.report({
        range: tlsDomain ? tlsDomain.nameRange : level.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'noDomainEdgeSync' : 'noDomain',
        data: { name: displayName(obj) },
        fix: objectFix('setDomain', 'Set-SendConnector', obj, '-TlsDomain "<domain on the smart host\'s certificate>"'),
        relatedInformation: [{ range: level.prop.valueRange, message: 'TlsAuthLevel is DomainValidation' }],
      });
    }
  },
});
