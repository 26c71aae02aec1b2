import { bool, enumMember, flags } from '../objects/access';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, scriptEdit, setCommand } from './objectRules';
import type { Rule } from './types';

export const basicAuthCleartext: Rule = {
  meta: {
    id: 'basic-auth-cleartext',
    defaultSeverity: 'warning',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'Basic authentication allowed without TLS: user names and passwords can cross the network in clear text.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const mech = enumMember(obj, 'SmartHostAuthMechanism');
      // With RequireTLS the session is always encrypted before the credential is sent.
      if (mech?.value !== 'BasicAuth' || bool(obj, 'RequireTLS')?.value === true) continue;
      const ignore = bool(obj, 'IgnoreSTARTTLS')?.value === true;
      const command = setCommand('Set-SendConnector', obj, `-SmartHostAuthMechanism BasicAuthRequireTLS${ignore ? ' -IgnoreSTARTTLS $false' : ''}`);
      ctx.report({
        fix: { command, edits: scriptEdit(obj, mech.prop, 'BasicAuthRequireTLS') },
        range: mech.prop.valueRange,
        message: `${objectLabel(obj, 'Send connector')} sends its smart-host credential with BasicAuth, which ${ignore ? 'together with IgnoreSTARTTLS $true always goes' : 'goes'} in clear text whenever TLS is not negotiated. Run: ${command}.`,
      });
    }
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth?.value.has('basicauth') || auth.value.has('basicauthrequiretls') || bool(obj, 'RequireTLS')?.value === true) continue;
      // With ExternalAuthoritative, Basic is not allowed at all (only Tls may go with it): the fix drops it.
      const external = auth.value.has('externalauthoritative');
      const fixed = external
        ? flagsArg(
            'AuthMechanisms',
            [...auth.value].filter((m) => m !== 'basicauth'),
          )
        : flagsArg('AuthMechanisms', [...auth.value, 'tls', 'basicauthrequiretls']);
      const command = setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${fixed}`);
      ctx.report({
        fix: { command },
        range: auth.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} offers Basic authentication before TLS (BasicAuth without BasicAuthRequireTLS), so clients can send passwords in clear text. Run: ${command}.`,
      });
    }
  },
};
