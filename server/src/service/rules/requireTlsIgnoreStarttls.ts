import { bool, enumMember } from '../objects/access';
import { displayName } from '../objects/model';
import { requiringTlsFits, sendConnectorScope } from './connectorScope';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf, scriptEdit } from './objectRules';
import { defineRule } from './types';

export const requireTlsIgnoreStarttls = defineRule({
  meta: {
    id: 'require-tls-ignore-starttls',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'RequireTLS and IgnoreSTARTTLS are both $true on a send connector: Exchange rejects this combination.',
    messages: {
      both: 'Send connector "{{name}}" both requires TLS and ignores STARTTLS.',
      bothEdgeSync: 'EdgeSync connector "{{name}}" both requires TLS and ignores STARTTLS; change it on a Mailbox server.',
    },
    fixes: {
      requireTls: 'Use STARTTLS on "{{name}}" and keep TLS required (mail to hosts without TLS queues, then bounces)',
      opportunistic: 'Use STARTTLS on "{{name}}" when offered, without requiring it (mail to hosts without TLS goes in clear text)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const ignore = bool(obj, 'IgnoreSTARTTLS');
      const require = bool(obj, 'RequireTLS');
      if (!ignore?.value || !require?.value) continue;
      const requireTls = objectFix('requireTls', 'Set-SendConnector', obj, '-IgnoreSTARTTLS $false', { edits: scriptEdit(obj, ignore.prop, '$false') });
      // TlsAuthLevel cannot stay once RequireTLS is $false.
      const level = enumMember(obj, 'TlsAuthLevel') ? ' -TlsAuthLevel $null' : '';
      const opportunistic = objectFix('opportunistic', 'Set-SendConnector', obj, `-IgnoreSTARTTLS $false -RequireTLS $false${level}`);
      // Required TLS to every Internet domain stops the mail of every domain that offers none.
      const fix = requiringTlsFits(sendConnectorScope(obj)) ? [requireTls, opportunistic] : [opportunistic, requireTls];
      ctx.report({
        range: ignore.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'bothEdgeSync' : 'both',
        data: { name: displayName(obj) },
        fix,
        relatedInformation: [{ range: require.prop.valueRange, message: 'RequireTLS is $true' }],
      });
    }
  },
});
