import { enumMember, text } from '../objects/access';
import { displayName, property } from '../objects/model';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule } from './types';

export const basicAuthCredentialMissing = defineRule({
  meta: {
    id: 'basic-auth-credential-missing',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'SmartHostAuthMechanism BasicAuth or BasicAuthRequireTLS without an AuthenticationCredential.',
    messages: {
      noCredential: 'Send connector "{{name}}" uses {{mechanism}} to its smart hosts but has no credential.',
      noCredentialEdgeSync: 'EdgeSync connector "{{name}}" uses {{mechanism}} without a credential; change it on a Mailbox server.',
    },
    fixes: {
      setCredential: 'Give "{{name}}" the smart host account (prompts for its user name and password)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const mech = enumMember(obj, 'SmartHostAuthMechanism');
      if (mech?.value !== 'BasicAuth' && mech?.value !== 'BasicAuthRequireTLS') continue;
      const cred = property(obj, 'AuthenticationCredential');
      if (!cred || text(obj, 'AuthenticationCredential')) continue;
      ctx.report({
        range: cred.nameRange,
        messageId: isEdgeSyncConnector(obj) ? 'noCredentialEdgeSync' : 'noCredential',
        data: { name: displayName(obj), mechanism: mech.value },
        fix: objectFix('setCredential', 'Set-SendConnector', obj, '-AuthenticationCredential (Get-Credential)'),
        relatedInformation: [{ range: mech.prop.valueRange, message: `SmartHostAuthMechanism is ${mech.value}` }],
      });
    }
  },
});
