import { bool, flags } from '../objects/access';
import { displayName } from '../objects/model';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectsOf, scriptEdit, setCommand } from './objectRules';
import { defineRule } from './types';

export const requireTlsWithoutTls = defineRule({
  meta: {
    id: 'require-tls-without-tls',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A receive connector requires TLS but does not offer it (AuthMechanism lacks Tls).',
    messages: {
      requiredNotOffered: 'Receive connector "{{name}}" requires TLS but does not offer it: its AuthMechanism has no Tls.',
    },
    fixes: { offerTls: 'Offer STARTTLS on "{{name}}" (add Tls to AuthMechanism)' },
    sources: ['Set-ReceiveConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const require = bool(obj, 'RequireTLS');
      const auth = flags(obj, 'AuthMechanism');
      if (!require?.value || !auth || auth.value.has('tls')) continue;
      const withTls = flagsArg('AuthMechanisms', [...auth.value, 'tls']);
      ctx.report({
        range: require.prop.valueRange,
        messageId: 'requiredNotOffered',
        data: { name: displayName(obj) },
        fix: { fixId: 'offerTls', command: setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${withTls}`), edits: scriptEdit(obj, auth.prop, withTls) },
        relatedInformation: [{ range: auth.prop.valueRange, message: 'AuthMechanism has no Tls' }],
      });
    }
  },
});
