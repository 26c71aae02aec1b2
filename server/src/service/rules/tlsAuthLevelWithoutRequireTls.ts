import { bool, enumMember } from '../objects/access';
import { displayName } from '../objects/model';
import { requiringTlsFits, sendConnectorScope } from './connectorScope';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf, scriptEdit } from './objectRules';
import { defineRule } from './types';

export const tlsAuthLevelWithoutRequireTls = defineRule({
  meta: {
    id: 'tls-auth-level-without-require-tls',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'TlsAuthLevel is set but RequireTLS is $false: Exchange only accepts TlsAuthLevel with RequireTLS.',
    messages: {
      notRequired: 'Send connector "{{name}}" has TlsAuthLevel {{level}} but does not require TLS.',
      notRequiredEdgeSync: 'EdgeSync connector "{{name}}" has TlsAuthLevel {{level}} without RequireTLS; change it on a Mailbox server.',
    },
    fixes: {
      clearLevel: 'Clear TlsAuthLevel on "{{name}}" (TLS stays opportunistic; mail flow unchanged)',
      requireTls: 'Require TLS with {{level}} on "{{name}}" (mail to hosts that fail the check queues, then bounces)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const level = enumMember(obj, 'TlsAuthLevel');
      const require = bool(obj, 'RequireTLS');
      if (!level || require?.value !== false) continue;
      // RequireTLS cannot be saved together with IgnoreSTARTTLS: the fix turns STARTTLS back on as well.
      const ignoring = bool(obj, 'IgnoreSTARTTLS')?.value === true;
      const clearLevel = objectFix('clearLevel', 'Set-SendConnector', obj, '-TlsAuthLevel $null', { edits: scriptEdit(obj, level.prop, '$null') });
      const requireTls = objectFix('requireTls', 'Set-SendConnector', obj, `-RequireTLS $true${ignoring ? ' -IgnoreSTARTTLS $false' : ''}`, {
        edits: ignoring ? undefined : scriptEdit(obj, require.prop, '$true'),
      });
      // On a connector to every Internet domain, RequireTLS with a certificate check stops most outbound mail.
      const fix = requiringTlsFits(sendConnectorScope(obj)) ? [requireTls, clearLevel] : [clearLevel, requireTls];
      ctx.report({
        range: level.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'notRequiredEdgeSync' : 'notRequired',
        data: { name: displayName(obj), level: level.value },
        fix,
        relatedInformation: [{ range: require.prop.valueRange, message: 'RequireTLS is $false' }],
      });
    }
  },
});
