import { bool, enumMember, list, text } from '../objects/access';
import { property } from '../objects/model';
import { parseAddressSpace } from '../values/addressSpace';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

// Where a hybrid organisation's send connector to Microsoft 365 points (as HealthChecker recognises it).
const EXO_SMART_HOST = /^[^.]+\.mail\.protection\.(outlook\.com|partner\.outlook\.cn|office365\.us)$/i;
const EXO_ADDRESS_SPACE = /^[^.]+\.mail\.(onmicrosoft\.com|partner\.onmschina\.cn|onmicrosoft\.us)$/i;
const EXO_TLS_DOMAIN = /^mail\.protection\.(outlook\.com|partner\.outlook\.cn|office365\.us)$/i;

export const office365ConnectorTls: Rule = {
  meta: {
    id: 'office365-connector-tls',
    defaultSeverity: 'warning',
    category: 'send-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A send connector to Microsoft 365 (hybrid) that does not require TLS with a validated Microsoft 365 certificate.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'send-connector')) {
      const hosts = list(obj, 'SmartHosts')?.value ?? [];
      const spaces = list(obj, 'AddressSpaces')?.value ?? [];
      const toExo =
        hosts.some((h) => EXO_SMART_HOST.test(h.text.trim())) || spaces.some((s) => EXO_ADDRESS_SPACE.test(parseAddressSpace(s.text).value?.address ?? ''));
      if (!toExo) continue;
      // The TLS name of the cloud the connector points at (worldwide, 21Vianet, GCC High/DoD).
      const cloud =
        /\.mail\.protection\.(partner\.outlook\.cn|office365\.us)$/i.exec(hosts.map((h) => h.text).join(' '))?.[1] ??
        (spaces.some((s) => /onmschina\.cn/i.test(s.text))
          ? 'partner.outlook.cn'
          : spaces.some((s) => /onmicrosoft\.us/i.test(s.text))
            ? 'office365.us'
            : 'outlook.com');
      const problems: string[] = [];
      const require = bool(obj, 'RequireTLS');
      const level = enumMember(obj, 'TlsAuthLevel');
      const domain = text(obj, 'TlsDomain');
      if (require?.value !== true) problems.push('RequireTLS is not $true, so mail to Microsoft 365 may go in clear text');
      if (level?.value !== 'CertificateValidation' && level?.value !== 'DomainValidation')
        problems.push(`TlsAuthLevel is ${level?.value ?? 'not set'}, so the Microsoft 365 certificate is not validated`);
      else if (level.value === 'DomainValidation' && !EXO_TLS_DOMAIN.test(domain?.value ?? ''))
        problems.push(`TlsDomain is ${domain?.value ?? 'not set'} instead of mail.protection.${cloud}`);
      if (bool(obj, 'CloudServicesMailEnabled')?.value === false)
        problems.push('CloudServicesMailEnabled is $false, so mail reaches Microsoft 365 as external (hybrid headers are dropped)');
      else if (!text(obj, 'Fqdn') && !text(obj, 'TlsCertificateName'))
        problems.push('neither Fqdn nor TlsCertificateName names the certificate Microsoft 365 uses to recognise your organisation');
      if (problems.length === 0) continue;
      const at = require?.value !== true ? require?.prop : (level?.prop ?? property(obj, 'TlsAuthLevel') ?? domain?.prop);
      const hybrid = problems.some((p) => p.includes('CloudServicesMailEnabled')) ? ' -CloudServicesMailEnabled $true' : '';
      const certificate = problems.some((p) => p.includes('Fqdn nor TlsCertificateName'))
        ? ' -TlsCertificateName "<I>issuer<S>subject of your hybrid certificate"'
        : '';
      const command = setCommand(
        'Set-SendConnector',
        obj,
        `-RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.${cloud}${hybrid}${certificate}`,
      );
      ctx.report({
        fix: { command },
        range: at ? (at.empty ? at.nameRange : at.valueRange) : obj.range,
        message: `${objectLabel(obj, 'Send connector')} sends to Microsoft 365, but ${problems.join('; ')}. Run: ${command} (the Hybrid Configuration Wizard sets these).`,
      });
    }
  },
};
