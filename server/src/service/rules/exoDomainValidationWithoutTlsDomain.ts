import { enumMember, text } from '../objects/access';
import { displayName, property } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const exoDomainValidationWithoutTlsDomain = defineRule({
  meta: {
    id: 'exo-domain-validation-without-tls-domain',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An Exchange Online outbound connector with TlsSettings DomainValidation has no TlsDomain.',
    messages: {
      noDomain: 'Outbound connector "{{name}}" uses DomainValidation but names no TlsDomain to match.',
    },
    fixes: {
      setDomain: 'Name the domain the receiving server\'s certificate must match on "{{name}}" (-TlsDomain; fill it in)',
    },
    sources: ['Set-OutboundConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'outbound-connector')) {
      const level = enumMember(obj, 'TlsSettings');
      if (level?.value !== 'DomainValidation' || text(obj, 'TlsDomain')) continue;
      const tlsDomain = property(obj, 'TlsDomain');
      ctx.report({
        range: tlsDomain ? tlsDomain.nameRange : level.prop.valueRange,
        messageId: 'noDomain',
        data: { name: displayName(obj) },
        fix: objectFix('setDomain', 'Set-OutboundConnector', obj, '-TlsDomain "<domain on the receiving server\'s certificate>"'),
        relatedInformation: [{ range: level.prop.valueRange, message: 'TlsSettings is DomainValidation' }],
      });
    }
  },
});
