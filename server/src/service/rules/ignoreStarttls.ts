import { bool } from '../objects/access';
import { displayName } from '../objects/model';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf, scriptEdit } from './objectRules';
import { defineRule } from './types';

export const ignoreStarttls = defineRule({
  meta: {
    id: 'ignore-starttls',
    defaultSeverity: 'warning',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector with IgnoreSTARTTLS $true never uses TLS: its mail goes in clear text.',
    messages: {
      ignoring: 'Send connector "{{name}}" ignores STARTTLS, so its mail goes in clear text.',
      ignoringEdgeSync: 'EdgeSync connector "{{name}}" ignores STARTTLS; change it on a Mailbox server.',
    },
    fixes: {
      useTls: 'Use STARTTLS on "{{name}}" again (-IgnoreSTARTTLS $false)',
      useTlsRequired: 'Use STARTTLS on "{{name}}" again; its RequireTLS then applies (mail to hosts without TLS queues)',
    },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const v = bool(obj, 'IgnoreSTARTTLS');
      if (!v?.value) continue;
      // With RequireTLS $true as well, using STARTTLS again makes TLS mandatory: the title says so.
      const required = bool(obj, 'RequireTLS')?.value === true;
      ctx.report({
        range: v.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'ignoringEdgeSync' : 'ignoring',
        data: { name: displayName(obj) },
        fix: objectFix(required ? 'useTlsRequired' : 'useTls', 'Set-SendConnector', obj, '-IgnoreSTARTTLS $false', {
          edits: scriptEdit(obj, v.prop, '$false'),
        }),
      });
    }
  },
});
