import { bool, enumMember } from '../objects/access';
import { edgeSyncNote, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, scriptEdit, setCommand } from './objectRules';
import type { Rule } from './types';

export const tlsAuthLevelWithoutRequireTls: Rule = {
  meta: {
    id: 'tls-auth-level-without-require-tls',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'TlsAuthLevel is set but RequireTLS is $false: Exchange only accepts TlsAuthLevel with RequireTLS.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const level = enumMember(obj, 'TlsAuthLevel');
      const require = bool(obj, 'RequireTLS');
      if (!level || require?.value !== false) continue;
      const command = setCommand('Set-SendConnector', obj, '-RequireTLS $true');
      ctx.report({
        fix: { command, edits: scriptEdit(obj, require.prop, '$true') },
        range: level.prop.valueRange,
        message: `${objectLabel(obj, 'Send connector')} has TlsAuthLevel ${level.value} but RequireTLS $false: the certificate check it asks for is never enforced, and Exchange refuses this combination. Run: ${command} (or clear the level with -TlsAuthLevel $null).${edgeSyncNote(obj)}`,
        relatedInformation: [{ range: require.prop.valueRange, message: 'RequireTLS is $false' }],
      });
    }
  },
};
