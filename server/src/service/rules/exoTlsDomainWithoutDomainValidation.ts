import { enumMember, text } from '../objects/access';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const exoTlsDomainWithoutDomainValidation: Rule = {
  meta: {
    id: 'exo-tls-domain-without-domain-validation',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An Exchange Online outbound connector names a TlsDomain but TlsSettings is not DomainValidation.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'outbound-connector')) {
      const domain = text(obj, 'TlsDomain');
      const level = enumMember(obj, 'TlsSettings');
      if (!domain || level?.value === 'DomainValidation') continue;
      const command = setCommand('Set-OutboundConnector', obj, '-TlsSettings DomainValidation');
      ctx.report({
        fix: { command },
        range: domain.prop.valueRange,
        message: `${objectLabel(obj, 'Outbound connector')} names TlsDomain ${domain.value} but TlsSettings is ${level?.value ?? 'not set (opportunistic TLS)'}, so the name is never checked; Exchange Online refuses this. Run: ${command}.`,
      });
    }
  },
};
