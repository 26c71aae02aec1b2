import { bool } from '../objects/access';
import { displayName } from '../objects/model';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectsOf, scriptEdit, setCommand } from './objectRules';
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
    fixes: { useTls: 'Use STARTTLS on "{{name}}" again (-IgnoreSTARTTLS $false)' },
    sources: ['Set-SendConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const v = bool(obj, 'IgnoreSTARTTLS');
      if (!v?.value) continue;
      ctx.report({
        range: v.prop.valueRange,
        messageId: isEdgeSyncConnector(obj) ? 'ignoringEdgeSync' : 'ignoring',
        data: { name: displayName(obj) },
        fix: { fixId: 'useTls', command: setCommand('Set-SendConnector', obj, '-IgnoreSTARTTLS $false'), edits: scriptEdit(obj, v.prop, '$false') },
      });
    }
  },
});
