import { text } from '../objects/access';
import { displayName } from '../objects/model';
import { parseSmtpX509Identifier } from '../values/smtpX509Identifier';
import { OBJECT_KINDS_OF_FILES, objectsOf, setCommand } from './objectRules';
import { defineRule } from './types';

const CONNECTORS = [
  ['receive-connector', 'Receive connector', 'Set-ReceiveConnector'],
  ['send-connector', 'Send connector', 'Set-SendConnector'],
] as const;

export const tlsCertificateNameSyntax = defineRule({
  meta: {
    id: 'tls-certificate-name-syntax',
    defaultSeverity: 'warning',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'TlsCertificateName is not in the <I>issuer<S>subject form the documentation gives.',
    messages: {
      malformed: 'TlsCertificateName of {{kind}} "{{name}}" is not in the <I>issuer<S>subject form.',
      noIssuer: 'TlsCertificateName of {{kind}} "{{name}}" names no issuer; <I>issuer<S>subject is the documented form.',
    },
    fixes: { fromCertificate: 'Set TlsCertificateName of "{{name}}" from the certificate (<I>issuer<S>subject)' },
    sources: ['Set-ReceiveConnector', 'Set-SendConnector'],
  },
  check(ctx) {
    for (const [kind, label, cmdlet] of CONNECTORS) {
      for (const obj of objectsOf(ctx.file, kind)) {
        const name = text(obj, 'TlsCertificateName');
        if (!name) continue;
        const parsed = parseSmtpX509Identifier(name.value);
        const noIssuer = !!parsed.value && !parsed.value.issuer;
        if (parsed.problem === undefined && !noIssuer) continue;
        ctx.report({
          range: name.prop.valueRange,
          messageId: parsed.problem !== undefined ? 'malformed' : 'noIssuer',
          data: { kind: label, name: displayName(obj) },
          // Exchange accepts <S>subject alone; the full form is a recommendation, one severity lower.
          uncertain: parsed.problem === undefined,
          fix: {
            fixId: 'fromCertificate',
            command: `$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; ${setCommand(cmdlet, obj, '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"')}`,
          },
          relatedInformation: parsed.problem !== undefined ? [{ range: name.prop.valueRange, message: parsed.problem }] : [],
        });
      }
    }
  },
});
