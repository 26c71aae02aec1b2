import { bool, flags } from '../objects/access';
import type { RelatedInformation } from '../types';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

const EXCLUDED = ['BasicAuth', 'BasicAuthRequireTLS', 'ExchangeServer', 'Integrated'];

export const externalAuthoritativeConflict: Rule = {
  meta: {
    id: 'external-authoritative-conflict',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'ExternalAuthoritative combined with other authentication, without the ExchangeServers permission group, or with DomainSecureEnabled.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth?.value.has('externalauthoritative')) continue;
      const problems: string[] = [];
      const related: RelatedInformation[] = [];
      const extra = EXCLUDED.filter((m) => auth.value.has(m.toLowerCase()));
      if (extra.length > 0) problems.push(`it also lists ${extra.join(', ')} (only Tls may go with ExternalAuthoritative)`);
      const groups = flags(obj, 'PermissionGroups');
      if (groups && !groups.value.has('exchangeservers')) {
        problems.push('PermissionGroups lacks ExchangeServers, which ExternalAuthoritative needs');
        related.push({ range: groups.prop.valueRange, message: 'PermissionGroups' });
      }
      const secure = bool(obj, 'DomainSecureEnabled');
      if (secure?.value) {
        problems.push('DomainSecureEnabled is $true, which excludes ExternalAuthoritative');
        related.push({ range: secure.prop.valueRange, message: 'DomainSecureEnabled is $true' });
      }
      if (problems.length === 0) continue;
      const command = setCommand(
        'Set-ReceiveConnector',
        obj,
        `-AuthMechanism "Tls, ExternalAuthoritative" -PermissionGroups ExchangeServers${secure?.value ? ' -DomainSecureEnabled $false' : ''}`,
      );
      ctx.report({
        fix: { command },
        range: auth.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} uses ExternalAuthoritative, but ${problems.join('; ')}. Exchange refuses this configuration. Run: ${command}, and limit RemoteIPRanges to the hosts that really secure the path.`,
        relatedInformation: related,
      });
    }
  },
};
