import { bool } from '../objects/access';
import { edgeSyncNote, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, scriptEdit, setCommand } from './objectRules';
import type { Rule } from './types';

export const requireTlsIgnoreStarttls: Rule = {
  meta: {
    id: 'require-tls-ignore-starttls',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'RequireTLS and IgnoreSTARTTLS are both $true on a send connector: Exchange rejects this combination.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const ignore = bool(obj, 'IgnoreSTARTTLS');
      const require = bool(obj, 'RequireTLS');
      if (!ignore?.value || !require?.value) continue;
      const command = setCommand('Set-SendConnector', obj, '-IgnoreSTARTTLS $false');
      ctx.report({
        fix: { command, edits: scriptEdit(obj, ignore.prop, '$false') },
        range: ignore.prop.valueRange,
        message: `${objectLabel(obj, 'Send connector')} both requires TLS and ignores STARTTLS; Exchange refuses to save this, and mail through it either fails or is sent in clear text. Run: ${command}.${edgeSyncNote(obj)}`,
        relatedInformation: [{ range: require.prop.valueRange, message: 'RequireTLS is $true' }],
      });
    }
  },
};
