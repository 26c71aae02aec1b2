import { bool, enumMember, flags } from '../objects/access';
import { displayName } from '../objects/model';
import { flagsArg, isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf, scriptEdit } from './objectRules';
import { defineRule } from './types';

export const basicAuthCleartext = defineRule({
  meta: {
    id: 'basic-auth-cleartext',
    defaultSeverity: 'warning',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'Basic authentication allowed without TLS: user names and passwords can cross the network in clear text.',
    messages: {
      sendCleartext: 'Send connector "{{name}}" may send its smart host password in clear text (BasicAuth).',
      sendNeverTls: 'Send connector "{{name}}" sends its smart host password in clear text (STARTTLS ignored).',
      sendEdgeSync: 'EdgeSync connector "{{name}}" may send its smart host password in clear text; change it on a Mailbox server.',
      receiveCleartext: 'Receive connector "{{name}}" offers Basic authentication before STARTTLS.',
    },
    fixes: {
      sendOverTls: 'Send the password to the smart hosts of "{{name}}" only over TLS (mail queues if a smart host offers no TLS)',
      sendOverTlsStarttls: 'Use STARTTLS on "{{name}}" and send the password only over TLS (mail queues if a smart host offers no TLS)',
      receiveAfterTls: 'Offer Basic authentication on "{{name}}" only after STARTTLS (clients logging on without TLS are refused)',
      receiveDropBasic: 'Stop offering Basic authentication on "{{name}}" (ExternalAuthoritative allows only Tls beside it)',
    },
    sources: ['Set-SendConnector', 'Set-ReceiveConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const mech = enumMember(obj, 'SmartHostAuthMechanism');
      // With RequireTLS the session is always encrypted before the credential is sent.
      if (mech?.value !== 'BasicAuth' || bool(obj, 'RequireTLS')?.value === true) continue;
      const ignore = bool(obj, 'IgnoreSTARTTLS')?.value === true;
      // In a script the edit changes the mechanism; ignore-starttls's own edit turns STARTTLS back on.
      const edits = scriptEdit(obj, mech.prop, 'BasicAuthRequireTLS');
      const fix = ignore
        ? objectFix('sendOverTlsStarttls', 'Set-SendConnector', obj, '-SmartHostAuthMechanism BasicAuthRequireTLS -IgnoreSTARTTLS $false', { edits })
        : objectFix('sendOverTls', 'Set-SendConnector', obj, '-SmartHostAuthMechanism BasicAuthRequireTLS', { edits });
      ctx.report({
        range: mech.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'sendEdgeSync' : ignore ? 'sendNeverTls' : 'sendCleartext',
        data: { name: displayName(obj) },
        fix,
      });
    }
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth?.value.has('basicauth') || auth.value.has('basicauthrequiretls') || bool(obj, 'RequireTLS')?.value === true) continue;
      // With ExternalAuthoritative, Basic is not allowed at all (only Tls may go with it): the fix drops it.
      const external = auth.value.has('externalauthoritative');
      const fix = external
        ? objectFix(
            'receiveDropBasic',
            'Set-ReceiveConnector',
            obj,
            `-AuthMechanism ${flagsArg(
              'AuthMechanisms',
              [...auth.value].filter((m) => m !== 'basicauth'),
            )}`,
          )
        : objectFix(
            'receiveAfterTls',
            'Set-ReceiveConnector',
            obj,
            `-AuthMechanism ${flagsArg('AuthMechanisms', [...auth.value, 'tls', 'basicauthrequiretls'])}`,
          );
      ctx.report({ range: auth.prop.valueRange, messageId: 'receiveCleartext', data: { name: displayName(obj) }, fix });
    }
  },
});
