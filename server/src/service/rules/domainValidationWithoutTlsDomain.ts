import { bool, enumMember, text } from '../objects/access';
import { property } from '../objects/model';
import { edgeSyncNote, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const domainValidationWithoutTlsDomain: Rule = {
  meta: {
    id: 'domain-validation-without-tls-domain',
    defaultSeverity: 'error',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A smart-host send connector with TlsAuthLevel DomainValidation has no TlsDomain to validate against.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const level = enumMember(obj, 'TlsAuthLevel');
      if (level?.value !== 'DomainValidation' || text(obj, 'TlsDomain')) continue;
      if (bool(obj, 'DNSRoutingEnabled')?.value !== false) continue;
      const tlsDomain = property(obj, 'TlsDomain');
      const command = setCommand('Set-SendConnector', obj, '-TlsDomain <domain on the smart host certificate>');
      ctx.report({
        fix: { command },
        range: tlsDomain ? tlsDomain.nameRange : level.prop.valueRange,
        message: `${objectLabel(obj, 'Send connector')} routes through smart hosts with TlsAuthLevel DomainValidation but no TlsDomain, so there is no name to validate the smart host's certificate against; Exchange refuses this. Run: ${command}.${edgeSyncNote(obj)}`,
        relatedInformation: [{ range: level.prop.valueRange, message: 'TlsAuthLevel is DomainValidation' }],
      });
    }
  },
};
