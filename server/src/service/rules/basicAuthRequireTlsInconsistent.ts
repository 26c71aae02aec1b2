import { flags } from '../objects/access';
import { displayName } from '../objects/model';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectsOf, scriptEdit, setCommand } from './objectRules';
import { defineRule } from './types';

export const basicAuthRequireTlsInconsistent = defineRule({
  meta: {
    id: 'basic-auth-require-tls-inconsistent',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: "BasicAuthRequireTLS without BasicAuth or without Tls in a receive connector's AuthMechanism.",
    messages: {
      withoutBasic: 'Receive connector "{{name}}" has BasicAuthRequireTLS without BasicAuth, which Exchange refuses.',
      withoutTls: 'Receive connector "{{name}}" has BasicAuthRequireTLS without Tls, which Exchange refuses.',
      withoutBoth: 'Receive connector "{{name}}" has BasicAuthRequireTLS without BasicAuth and Tls, which Exchange refuses.',
    },
    fixes: {
      complete: 'Complete AuthMechanism of "{{name}}" with {{added}} (Basic authentication after TLS)',
      dropBasic: 'Remove BasicAuthRequireTLS from "{{name}}" (ExternalAuthoritative allows no Basic authentication)',
    },
    sources: ['Set-ReceiveConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth?.value.has('basicauthrequiretls')) continue;
      const noBasic = !auth.value.has('basicauth');
      const noTls = !auth.value.has('tls');
      if (!noBasic && !noTls) continue;
      // With ExternalAuthoritative, Exchange allows no Basic authentication at all: the fix removes it instead.
      const external = auth.value.has('externalauthoritative');
      const mechanisms = external
        ? flagsArg('AuthMechanisms', [...[...auth.value].filter((m) => m !== 'basicauthrequiretls' && m !== 'basicauth'), 'tls'])
        : flagsArg('AuthMechanisms', [...auth.value, 'tls', 'basicauth']);
      const added = [noTls ? 'Tls' : '', noBasic ? 'BasicAuth' : ''].filter(Boolean).join(' and ');
      ctx.report({
        range: auth.prop.valueRange,
        messageId: noBasic && noTls ? 'withoutBoth' : noBasic ? 'withoutBasic' : 'withoutTls',
        data: { name: displayName(obj) },
        fix: {
          fixId: external ? 'dropBasic' : 'complete',
          data: { added },
          command: setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${mechanisms}`),
          edits: scriptEdit(obj, auth.prop, mechanisms),
        },
      });
    }
  },
});
