import { bool, flags } from '../objects/access';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, scriptEdit, setCommand } from './objectRules';
import type { Rule } from './types';

export const requireTlsWithoutTls: Rule = {
  meta: {
    id: 'require-tls-without-tls',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A receive connector requires TLS but does not offer it (AuthMechanism lacks Tls).',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const require = bool(obj, 'RequireTLS');
      const auth = flags(obj, 'AuthMechanism');
      if (!require?.value || !auth || auth.value.has('tls')) continue;
      const command = setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${flagsArg('AuthMechanisms', [...auth.value, 'tls'])}`);
      ctx.report({
        fix: { command, edits: scriptEdit(obj, auth.prop, flagsArg('AuthMechanisms', [...auth.value, 'tls'])) },
        range: require.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} requires TLS but never offers STARTTLS (no Tls in AuthMechanism), so it rejects every message; Exchange refuses this combination. Run: ${command}.`,
        relatedInformation: [{ range: auth.prop.valueRange, message: 'AuthMechanism has no Tls' }],
      });
    }
  },
};
