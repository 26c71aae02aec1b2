import { enumMember, text } from '../objects/access';
import { property } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const exoDomainValidationWithoutTlsDomain: Rule = {
  meta: {
    id: 'exo-domain-validation-without-tls-domain',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An Exchange Online outbound connector with TlsSettings DomainValidation has no TlsDomain.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'outbound-connector')) {
      const level = enumMember(obj, 'TlsSettings');
      if (level?.value !== 'DomainValidation' || text(obj, 'TlsDomain')) continue;
      const tlsDomain = property(obj, 'TlsDomain');
      const command = setCommand('Set-OutboundConnector', obj, "-TlsDomain <name on your server's certificate>");
      ctx.report({
        fix: { command },
        range: tlsDomain ? tlsDomain.nameRange : level.prop.valueRange,
        message: `${objectLabel(obj, 'Outbound connector')} validates the receiving server's certificate name (TlsSettings DomainValidation) but has no TlsDomain to compare it with; Exchange Online refuses this. Run: ${command}.`,
        relatedInformation: [{ range: level.prop.valueRange, message: 'TlsSettings is DomainValidation' }],
      });
    }
  },
};
