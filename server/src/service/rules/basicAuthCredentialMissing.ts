import { enumMember, text } from '../objects/access';
import { property } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const basicAuthCredentialMissing: Rule = {
  meta: {
    id: 'basic-auth-credential-missing',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'SmartHostAuthMechanism BasicAuth or BasicAuthRequireTLS without an AuthenticationCredential.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const mech = enumMember(obj, 'SmartHostAuthMechanism');
      if (mech?.value !== 'BasicAuth' && mech?.value !== 'BasicAuthRequireTLS') continue;
      const cred = property(obj, 'AuthenticationCredential');
      if (!cred || text(obj, 'AuthenticationCredential')) continue;
      const command = setCommand('Set-SendConnector', obj, '-AuthenticationCredential (Get-Credential)');
      ctx.report({
        fix: { command },
        range: cred.nameRange,
        message: `${objectLabel(obj, 'Send connector')} authenticates to its smart hosts with ${mech.value} but has no credential; Exchange refuses this and the smart host rejects the mail. Run: ${command}.`,
        relatedInformation: [{ range: mech.prop.valueRange, message: `SmartHostAuthMechanism is ${mech.value}` }],
      });
    }
  },
};
