import { flags } from '../objects/access';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const basicAuthRequireTlsInconsistent: Rule = {
  meta: {
    id: 'basic-auth-require-tls-inconsistent',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "BasicAuthRequireTLS without BasicAuth or without Tls in a receive connector's AuthMechanism.",
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth?.value.has('basicauthrequiretls')) continue;
      const missing = ['BasicAuth', 'Tls'].filter((m) => !auth.value.has(m.toLowerCase()));
      if (missing.length === 0) continue;
      const command = setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${flagsArg('AuthMechanisms', [...auth.value, 'tls', 'basicauth'])}`);
      ctx.report({
        fix: { command },
        range: auth.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} has BasicAuthRequireTLS without ${missing.join(' and ')}; BasicAuthRequireTLS only means "Basic after TLS" and Exchange refuses it alone. Run: ${command}.`,
      });
    }
  },
};
