import { at, bool, enumMember, list, text } from '../objects/access';
import { displayName, property, type ExchangeObject } from '../objects/model';
import type { Range } from '../types';
import { parseAddressSpace } from '../values/addressSpace';
import { isEdgeSyncConnector, OBJECT_KINDS_OF_FILES, objectFix, objectsOf } from './objectRules';
import { defineRule, type Fix } from './types';

// Where a hybrid organisation's send connector to Microsoft 365 points (as HealthChecker recognises it).
export const EXO_SMART_HOST = /^[^.]+\.mail\.protection\.(outlook\.com|partner\.outlook\.cn|office365\.us)$/i;
export const EXO_ADDRESS_SPACE = /^[^.]+\.mail\.(onmicrosoft\.com|partner\.onmschina\.cn|onmicrosoft\.us)$/i;
const EXO_TLS_DOMAIN = /^mail\.protection\.(outlook\.com|partner\.outlook\.cn|office365\.us)$/i;

/** The TLS name of the cloud the connector points at: worldwide, 21Vianet, GCC High/DoD. */
function cloudOf(hosts: string[], spaces: string[]): string {
  const byHost = /\.mail\.protection\.(partner\.outlook\.cn|office365\.us)$/i.exec(hosts.join(' '))?.[1];
  if (byHost) return byHost.toLowerCase();
  if (spaces.some((s) => /onmschina\.cn/i.test(s))) return 'partner.outlook.cn';
  if (spaces.some((s) => /onmicrosoft\.us/i.test(s))) return 'office365.us';
  return 'outlook.com';
}

/** Where to report about a property: its value, its name when empty, the object when the dump lacks it. */
function place(obj: ExchangeObject, name: string): Range {
  const p = property(obj, name);
  return p ? at(p) : obj.range;
}

export const office365ConnectorTls = defineRule({
  meta: {
    id: 'office365-connector-tls',
    defaultSeverity: 'warning',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector to Microsoft 365 (hybrid) that does not require TLS with a validated Microsoft 365 certificate.',
    messages: {
      notRequired: 'Send connector "{{name}}" to Microsoft 365 does not require TLS.',
      notValidated: 'Send connector "{{name}}" to Microsoft 365 does not validate Microsoft 365\'s certificate.',
      noTlsDomain: 'Send connector "{{name}}" to Microsoft 365 uses DomainValidation without TlsDomain mail.protection.{{cloud}}.',
      wrongTlsDomain: 'Send connector "{{name}}" checks Microsoft 365 against TlsDomain {{domain}}, not mail.protection.{{cloud}}.',
      tlsEdgeSync: 'EdgeSync connector "{{name}}" to Microsoft 365 lacks validated TLS; change it on a Mailbox server.',
      headersDropped: 'Send connector "{{name}}" to Microsoft 365 drops the hybrid headers.',
      noCertificateName: 'Send connector "{{name}}" to Microsoft 365 names no certificate for your organisation.',
      hybridEdgeSync: 'EdgeSync connector "{{name}}" to Microsoft 365 lacks hybrid settings; change it on a Mailbox server.',
    },
    fixes: {
      hybridTls: 'Require TLS to Microsoft 365 on "{{name}}" with a certificate for mail.protection.{{cloud}}, as the HCW sets it (mail queues if that fails)',
      keepHeaders: 'Keep the hybrid headers on mail through "{{name}}" (-CloudServicesMailEnabled, Exchange 2013 or later)',
      certificateName: 'Name the certificate "{{name}}" presents to Microsoft 365 (-TlsCertificateName, Exchange 2013 or later; fill it in)',
      fqdn: 'Name the certificate "{{name}}" presents to Microsoft 365 by its FQDN (-Fqdn; fill it in)',
    },
    sources: [
      'Set-SendConnector',
      {
        title: 'HealthChecker: Exchange Online Connector Check',
        url: 'https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/ExoConnectorCheck/',
      },
      {
        title: 'Set up connectors to route mail between Microsoft 365 and your own email servers',
        url: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail',
      },
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const hosts = (list(obj, 'SmartHosts')?.value ?? []).map((h) => h.text.trim());
      const spaces = (list(obj, 'AddressSpaces')?.value ?? []).map((s) => parseAddressSpace(s.text).value?.address ?? '');
      if (!hosts.some((h) => EXO_SMART_HOST.test(h)) && !spaces.some((s) => EXO_ADDRESS_SPACE.test(s))) continue;
      const cloud = cloudOf(hosts, spaces);
      const name = displayName(obj);
      const edgeSync = isEdgeSyncConnector(obj);

      // TLS: required, with Microsoft 365's certificate validated (HealthChecker accepts CertificateValidation too).
      const require = bool(obj, 'RequireTLS');
      const level = enumMember(obj, 'TlsAuthLevel');
      const domain = text(obj, 'TlsDomain');
      const validated = level?.value === 'CertificateValidation' || level?.value === 'DomainValidation';
      // A value the dump shows but that cannot be read is invalid-value's finding, not this rule's.
      const levelProp = property(obj, 'TlsAuthLevel');
      const levelKnown = levelProp !== undefined && (levelProp.empty || level !== undefined);
      const checksName = require?.value === true && level?.value === 'DomainValidation' && property(obj, 'TlsDomain') !== undefined;
      const tls: { messageId: 'notRequired' | 'notValidated' | 'noTlsDomain' | 'wrongTlsDomain'; range: Range } | undefined =
        require?.value === false
          ? { messageId: 'notRequired', range: require.prop.valueRange }
          : require?.value === true && levelKnown && !validated
            ? { messageId: 'notValidated', range: place(obj, 'TlsAuthLevel') }
            : checksName && !domain
              ? { messageId: 'noTlsDomain', range: place(obj, 'TlsDomain') }
              : checksName && !EXO_TLS_DOMAIN.test(domain?.value ?? '')
                ? { messageId: 'wrongTlsDomain', range: place(obj, 'TlsDomain') }
                : undefined;
      if (tls) {
        const ignoring = bool(obj, 'IgnoreSTARTTLS')?.value === true ? ' -IgnoreSTARTTLS $false' : '';
        ctx.report({
          range: tls.range,
          messageId: edgeSync ? 'tlsEdgeSync' : tls.messageId,
          data: { name, cloud, domain: domain?.value ?? '' },
          fix: objectFix(
            'hybridTls',
            'Set-SendConnector',
            obj,
            `-RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.${cloud}${ignoring}`,
            {
              data: { cloud },
            },
          ),
        });
      }

      // Hybrid: cross-premises headers kept, and a certificate Microsoft 365 recognises the organisation by.
      const headers = bool(obj, 'CloudServicesMailEnabled');
      if (headers?.value === false) {
        ctx.report({
          range: headers.prop.valueRange,
          messageId: edgeSync ? 'hybridEdgeSync' : 'headersDropped',
          data: { name },
          fix: objectFix('keepHeaders', 'Set-SendConnector', obj, '-CloudServicesMailEnabled $true'),
        });
      } else if (!text(obj, 'Fqdn') && !text(obj, 'TlsCertificateName')) {
        // Exchange 2010 has no TlsCertificateName: there the certificate is the one whose name is the Fqdn.
        const fqdn = objectFix('fqdn', 'Set-SendConnector', obj, '-Fqdn "<name on your hybrid certificate>"');
        const fix: Fix<'certificateName' | 'fqdn'>[] = property(obj, 'TlsCertificateName')
          ? [objectFix('certificateName', 'Set-SendConnector', obj, '-TlsCertificateName "<I><issuer of your hybrid certificate><S><its subject>"'), fqdn]
          : [fqdn];
        ctx.report({
          range: property(obj, 'TlsCertificateName') ? place(obj, 'TlsCertificateName') : place(obj, 'Fqdn'),
          messageId: edgeSync ? 'hybridEdgeSync' : 'noCertificateName',
          data: { name },
          fix,
        });
      }
    }
  },
});
