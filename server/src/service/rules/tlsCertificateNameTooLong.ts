import { text } from '../objects/access';
import { displayName } from '../objects/model';
import { OBJECT_KINDS_OF_FILES, objectsOf, setCommand } from './objectRules';
import { defineRule } from './types';

/** rangeUpper of ms-Exch-Smtp-TLS-Certificate in the Edge's AD LDS schema (KB 4052493). */
const EDGE_LIMIT = 256;

export const tlsCertificateNameTooLong = defineRule({
  meta: {
    id: 'tls-certificate-name-too-long',
    defaultSeverity: 'warning',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector TlsCertificateName longer than 256 characters: EdgeSync cannot copy it to Edge servers.',
    messages: {
      tooLong: 'Send connector "{{name}}" has a {{length}}-character TlsCertificateName; an Edge stores 256.',
    },
    fixes: {
      raiseLimit: 'On each Edge: raise the AD LDS limit of TlsCertificateName to 1024 characters (schema change)',
      useFqdn: 'Select the certificate of "{{name}}" by Fqdn instead (clears TlsCertificateName; Fqdn must be a name in the certificate)',
    },
    sources: [
      {
        title: 'Emails sent from on-premises to Exchange Online appear to be external after running HCW (KB 4052493)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/mailflow/email-sent-to-online-appears-external',
      },
      'Set-SendConnector',
      'Start-EdgeSynchronization',
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const name = text(obj, 'TlsCertificateName');
      if (!name || name.value.length <= EDGE_LIMIT) continue;
      const fqdn = text(obj, 'Fqdn')?.value;
      ctx.report({
        range: name.prop.valueRange,
        messageId: 'tooLong',
        data: { name: displayName(obj), length: name.value.length },
        fix: [
          {
            fixId: 'raiseLimit',
            command:
              'Import-Module ActiveDirectory; Get-ADObject -Filter {name -eq "ms-Exch-Smtp-TLS-Certificate"} -SearchBase (Get-ADRootDSE -Server localhost:50389).schemaNamingContext -Server localhost:50389 | Set-ADObject -Replace @{rangeUpper=1024}',
          },
          {
            fixId: 'useFqdn',
            command: `${setCommand('Set-SendConnector', obj, `-Fqdn ${fqdn ?? '<name in the certificate>'} -TlsCertificateName $null`)}; Start-EdgeSynchronization`,
          },
        ],
      });
    }
  },
});
