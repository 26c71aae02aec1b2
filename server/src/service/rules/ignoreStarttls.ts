import { bool } from '../objects/access';
import { edgeSyncNote, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, scriptEdit, setCommand } from './objectRules';
import type { Rule } from './types';

export const ignoreStarttls: Rule = {
  meta: {
    id: 'ignore-starttls',
    defaultSeverity: 'warning',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector with IgnoreSTARTTLS $true never uses TLS: its mail goes in clear text.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const v = bool(obj, 'IgnoreSTARTTLS');
      if (!v?.value) continue;
      const command = setCommand('Set-SendConnector', obj, '-IgnoreSTARTTLS $false');
      ctx.report({
        fix: { command, edits: scriptEdit(obj, v.prop, '$false') },
        range: v.prop.valueRange,
        message: `${objectLabel(obj, 'Send connector')} ignores STARTTLS: opportunistic TLS is off, so mail to this connector's targets (and any credentials it sends) goes in clear text even when the other side offers TLS. Run: ${command}.${edgeSyncNote(obj)}`,
      });
    }
  },
};
