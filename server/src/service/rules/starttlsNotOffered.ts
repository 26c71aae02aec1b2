import { flags } from '../objects/access';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, scriptEdit, setCommand } from './objectRules';
import type { Rule } from './types';

export const starttlsNotOffered: Rule = {
  meta: {
    id: 'starttls-not-offered',
    defaultSeverity: 'warning',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A receive connector whose AuthMechanism lacks Tls never offers STARTTLS: senders must send in clear text.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth || auth.value.has('tls')) continue;
      const command = setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${flagsArg('AuthMechanisms', [...auth.value, 'tls'])}`);
      ctx.report({
        fix: { command, edits: scriptEdit(obj, auth.prop, flagsArg('AuthMechanisms', [...auth.value, 'tls'])) },
        range: auth.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} does not offer STARTTLS (AuthMechanism ${auth.prop.text} has no Tls), so every sender, Edge and Hub servers included, delivers to it in clear text. Run: ${command}.`,
      });
    }
  },
};
