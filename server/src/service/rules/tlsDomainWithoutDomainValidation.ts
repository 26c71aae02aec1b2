import { enumMember, text } from '../objects/access';
import { edgeSyncNote, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const tlsDomainWithoutDomainValidation: Rule = {
  meta: {
    id: 'tls-domain-without-domain-validation',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'TlsDomain is set but TlsAuthLevel is not DomainValidation: the domain is never checked.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const domain = text(obj, 'TlsDomain');
      if (!domain) continue;
      const level = enumMember(obj, 'TlsAuthLevel');
      if (level?.value === 'DomainValidation') continue;
      const command = setCommand('Set-SendConnector', obj, '-RequireTLS $true -TlsAuthLevel DomainValidation');
      ctx.report({
        fix: { command },
        range: domain.prop.valueRange,
        message: `${objectLabel(obj, 'Send connector')} names TlsDomain ${domain.value} but its TlsAuthLevel is ${level?.value ?? 'not set'}; Exchange only accepts TlsDomain with DomainValidation, and the remote certificate's name is not checked. Run: ${command}.${edgeSyncNote(obj)}`,
      });
    }
  },
};
