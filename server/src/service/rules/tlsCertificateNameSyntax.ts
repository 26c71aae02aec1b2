import { text } from '../objects/access';
import { parseSmtpX509Identifier } from '../values/smtpX509Identifier';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const tlsCertificateNameSyntax: Rule = {
  meta: {
    id: 'tls-certificate-name-syntax',
    defaultSeverity: 'warning',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'TlsCertificateName is not in the <I>issuer<S>subject form Exchange uses to pick the certificate.',
  },
  check(ctx) {
    for (const [kind, label, cmdlet] of [
      ['receive-connector', 'Receive connector', 'Set-ReceiveConnector'],
      ['send-connector', 'Send connector', 'Set-SendConnector'],
    ] as const) {
      for (const obj of objectsOf(ctx.file, kind)) {
        const name = text(obj, 'TlsCertificateName');
        if (!name) continue;
        const parsed = parseSmtpX509Identifier(name.value);
        const noIssuer = parsed.value && !parsed.value.issuer;
        if (parsed.problem === undefined && !noIssuer) continue;
        const why = parsed.problem ?? 'it names the subject but no issuer (<I>…), so any certificate with that subject may be chosen';
        const command = setCommand(cmdlet, obj, '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"');
        ctx.report({
          fix: { command },
          range: name.prop.valueRange,
          message: `${objectLabel(obj, label)} TlsCertificateName ${JSON.stringify(name.value)} is not "<I>issuer<S>subject": ${why.replace(/\.$/, '')}. Set it from the certificate: $c = Get-ExchangeCertificate -Thumbprint <thumbprint>; ${command}.`,
        });
      }
    }
  },
};
