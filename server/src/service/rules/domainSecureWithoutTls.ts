import { bool, flags } from '../objects/access';
import { displayName } from '../objects/model';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectsOf, scriptEdit, setCommand } from './objectRules';
import { defineRule } from './types';

export const domainSecureWithoutTls = defineRule({
  meta: {
    id: 'domain-secure-without-tls',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'DomainSecureEnabled on a receive connector whose AuthMechanism lacks Tls.',
    messages: {
      domainSecureNoTls: 'Receive connector "{{name}}" has Domain Security (mutual TLS) on but does not offer TLS.',
    },
    fixes: { offerTls: 'Offer STARTTLS on "{{name}}" (add Tls to AuthMechanism)' },
    sources: ['Set-ReceiveConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const secure = bool(obj, 'DomainSecureEnabled');
      const auth = flags(obj, 'AuthMechanism');
      if (!secure?.value || !auth || auth.value.has('tls')) continue;
      const withTls = flagsArg('AuthMechanisms', [...auth.value, 'tls']);
      ctx.report({
        range: secure.prop.valueRange,
        messageId: 'domainSecureNoTls',
        data: { name: displayName(obj) },
        fix: { fixId: 'offerTls', command: setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${withTls}`), edits: scriptEdit(obj, auth.prop, withTls) },
        relatedInformation: [{ range: auth.prop.valueRange, message: 'AuthMechanism has no Tls' }],
      });
    }
  },
});
