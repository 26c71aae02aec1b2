import { bool, flags } from '../objects/access';
import { displayName } from '../objects/model';
import type { RelatedInformation } from '../types';
import { remoteRanges } from './internetRanges';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectsOf, setCommand } from './objectRules';
import { defineRule, type Fix } from './types';

/** Mechanisms Exchange refuses next to ExternalAuthoritative: only Tls may go with it. */
const EXCLUDED = ['BasicAuth', 'BasicAuthRequireTLS', 'ExchangeServer', 'Integrated'];

type FixId = 'documentedCombination' | 'dropExternalAuthoritative';

export const externalAuthoritativeConflict = defineRule({
  meta: {
    id: 'external-authoritative-conflict',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'ExternalAuthoritative combined with other authentication, without the ExchangeServers permission group, or with DomainSecureEnabled.',
    messages: {
      otherMechanisms: 'Receive connector "{{name}}" combines ExternalAuthoritative with {{extra}}, which Exchange refuses.',
      withoutExchangeServers: 'Receive connector "{{name}}" uses ExternalAuthoritative without the ExchangeServers permission group.',
      withDomainSecure: 'Receive connector "{{name}}" uses ExternalAuthoritative with DomainSecureEnabled, which Exchange refuses.',
    },
    fixes: {
      documentedCombination: 'Keep "{{name}}" externally secured: Tls and ExternalAuthoritative with ExchangeServers (its RemoteIPRanges may then relay)',
      dropExternalAuthoritative: 'Stop treating senders to "{{name}}" as externally secured (removes ExternalAuthoritative; they lose relay and trust)',
    },
    sources: [
      'Set-ReceiveConnector',
      { title: 'Allow anonymous relay on Exchange servers', url: 'https://learn.microsoft.com/exchange/mail-flow/connectors/allow-anonymous-relay' },
    ],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth?.value.has('externalauthoritative')) continue;
      const extra = EXCLUDED.filter((m) => auth.value.has(m.toLowerCase()));
      const groups = flags(obj, 'PermissionGroups');
      const noServers = !!groups && !groups.value.has('exchangeservers');
      const secure = bool(obj, 'DomainSecureEnabled');
      const domainSecure = secure?.value === true;
      if (extra.length === 0 && !noServers && !domainSecure) continue;
      const related: RelatedInformation[] = [];
      if (noServers) related.push({ range: groups!.prop.valueRange, message: 'PermissionGroups lacks ExchangeServers' });
      if (domainSecure) related.push({ range: secure!.prop.valueRange, message: 'DomainSecureEnabled is $true' });

      const keep: Fix<FixId> = {
        fixId: 'documentedCombination',
        command: setCommand(
          'Set-ReceiveConnector',
          obj,
          [
            '-AuthMechanism "Tls, ExternalAuthoritative"',
            ...(noServers ? [`-PermissionGroups ${flagsArg('PermissionGroups', [...groups!.value, 'exchangeservers'])}`] : []),
            ...(domainSecure ? ['-DomainSecureEnabled $false'] : []),
          ].join(' '),
        ),
      };
      const others = [...auth.value].filter((m) => m !== 'externalauthoritative');
      const drop: Fix<FixId> = {
        fixId: 'dropExternalAuthoritative',
        command: setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${flagsArg('AuthMechanisms', others.length > 0 ? others : ['tls'])}`),
      };
      // Made valid, ExternalAuthoritative lets every host in RemoteIPRanges relay: over Internet-wide ranges that is an
      // open relay, so dropping it comes first there.
      const internetWide = (remoteRanges(obj)?.wide.length ?? 0) > 0;
      ctx.report({
        range: auth.prop.valueRange,
        messageId: extra.length > 0 ? 'otherMechanisms' : noServers ? 'withoutExchangeServers' : 'withDomainSecure',
        data: { name: displayName(obj), extra: extra.join(', ') },
        fix: internetWide ? [drop, keep] : [keep, drop],
        relatedInformation: related,
      });
    }
  },
});
