import { bool, flags } from '../objects/access';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, scriptEdit, setCommand } from './objectRules';
import type { Rule } from './types';

export const domainSecureWithoutTls: Rule = {
  meta: {
    id: 'domain-secure-without-tls',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'DomainSecureEnabled on a receive connector whose AuthMechanism lacks Tls.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const secure = bool(obj, 'DomainSecureEnabled');
      const auth = flags(obj, 'AuthMechanism');
      if (!secure?.value || !auth || auth.value.has('tls')) continue;
      const command = setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${flagsArg('AuthMechanisms', [...auth.value, 'tls'])}`);
      ctx.report({
        fix: { command, edits: scriptEdit(obj, auth.prop, flagsArg('AuthMechanisms', [...auth.value, 'tls'])) },
        range: secure.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} has DomainSecureEnabled $true (mutual TLS) but does not offer TLS; Exchange refuses this and Domain Security cannot work. Run: ${command}.`,
        relatedInformation: [{ range: auth.prop.valueRange, message: 'AuthMechanism has no Tls' }],
      });
    }
  },
};
