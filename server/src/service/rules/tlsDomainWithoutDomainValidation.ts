import { bool, enumMember, text } from '../objects/access';
import { displayName } from '../objects/model';
import { oneNameFits, sendConnectorScope } from './connectorScope';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf, scriptEdit } from './objectRules';
import { defineRule } from './types';

export const tlsDomainWithoutDomainValidation = defineRule({
  meta: {
    id: 'tls-domain-without-domain-validation',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'TlsDomain is set but TlsAuthLevel is not DomainValidation: the domain is never checked.',
    messages: {
      unchecked: 'Send connector "{{name}}" names TlsDomain {{domain}}, which only DomainValidation uses.',
      uncheckedEdgeSync: 'EdgeSync connector "{{name}}" has an unused TlsDomain {{domain}}; change it on a Mailbox server.',
    },
    fixes: {
      clearDomain: 'Clear TlsDomain on "{{name}}" (it is not used; mail flow unchanged)',
      validate: 'Require TLS and a certificate for {{domain}} on "{{name}}" (mail to hosts without one queues, then bounces)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const domain = text(obj, 'TlsDomain');
      if (!domain) continue;
      const level = enumMember(obj, 'TlsAuthLevel');
      if (level?.value === 'DomainValidation') continue;
      const params = [
        bool(obj, 'RequireTLS')?.value === true ? '' : '-RequireTLS $true ',
        '-TlsAuthLevel DomainValidation',
        bool(obj, 'IgnoreSTARTTLS')?.value === true ? ' -IgnoreSTARTTLS $false' : '',
      ].join('');
      const clearDomain = objectFix('clearDomain', 'Set-SendConnector', obj, '-TlsDomain $null', { edits: scriptEdit(obj, domain.prop, '$null') });
      const validate = objectFix('validate', 'Set-SendConnector', obj, params);
      // One TlsDomain checked against every destination only fits a connector with one destination.
      const fix = oneNameFits(sendConnectorScope(obj)) ? [validate, clearDomain] : [clearDomain, validate];
      ctx.report({
        range: domain.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'uncheckedEdgeSync' : 'unchecked',
        data: { name: displayName(obj), domain: domain.value },
        fix,
        ...(level ? { relatedInformation: [{ range: level.prop.valueRange, message: `TlsAuthLevel is ${level.value}` }] } : {}),
      });
    }
  },
});
