import { bool, text } from '../objects/access';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const exoTlsCertificateWithoutRequireTls: Rule = {
  meta: {
    id: 'exo-tls-certificate-without-require-tls',
    defaultSeverity: 'error',
    category: 'exchange-online',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'An inbound connector identifies senders by TlsSenderCertificateName but does not require TLS.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'inbound-connector')) {
      const name = text(obj, 'TlsSenderCertificateName');
      const require = bool(obj, 'RequireTls');
      if (!name || require?.value !== false) continue;
      const command = setCommand('Set-InboundConnector', obj, '-RequireTls $true');
      ctx.report({
        fix: { command },
        range: require.prop.valueRange,
        message: `${objectLabel(obj, 'Inbound connector')} recognises your servers by certificate (TlsSenderCertificateName ${name.value}) but has RequireTls $false; a certificate can only be checked over TLS, and Exchange Online refuses this. Run: ${command}.`,
        relatedInformation: [{ range: name.prop.valueRange, message: 'TlsSenderCertificateName' }],
      });
    }
  },
};
