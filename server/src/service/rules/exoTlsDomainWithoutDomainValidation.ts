import { enumMember, text } from '../objects/access';
import { displayName } from '../objects/model';
import { oneNameFits, outboundConnectorScope } from './connectorScope';
import { OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const exoTlsDomainWithoutDomainValidation = defineRule({
  meta: {
    id: 'exo-tls-domain-without-domain-validation',
    defaultSeverity: 'warning',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An Exchange Online outbound connector names a TlsDomain but TlsSettings is not DomainValidation, so the name is never checked.',
    messages: {
      unused: 'Outbound connector "{{name}}" names TlsDomain {{domain}}, which only DomainValidation uses.',
    },
    fixes: {
      clearDomain: 'Clear TlsDomain on "{{name}}" (it is not used; mail flow unchanged)',
      validate: 'Require TLS with a certificate for {{domain}} on "{{name}}" (mail to hosts without one is not delivered)',
    },
    sources: ['Set-OutboundConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'outbound-connector')) {
      const domain = text(obj, 'TlsDomain');
      const level = enumMember(obj, 'TlsSettings');
      if (!domain || level?.value === 'DomainValidation') continue;
      const clearDomain = objectFix('clearDomain', 'Set-OutboundConnector', obj, '-TlsDomain $null');
      const validate = objectFix('validate', 'Set-OutboundConnector', obj, '-TlsSettings DomainValidation');
      // One name checked against every destination only fits smart hosts or a single recipient domain.
      const fix = oneNameFits(outboundConnectorScope(obj)) ? [validate, clearDomain] : [clearDomain, validate];
      ctx.report({
        range: domain.prop.valueRange,
        messageId: 'unused',
        data: { name: displayName(obj), domain: domain.value },
        fix,
        ...(level ? { relatedInformation: [{ range: level.prop.valueRange, message: `TlsSettings is ${level.value}` }] } : {}),
      });
    }
  },
});
