import { flags, text } from '../objects/access';
import { displayName } from '../objects/model';
import { identityArg, OBJECT_KINDS_OF_FILES, objectLabel, objectsOf } from './objectRules';
import type { Rule } from './types';

/**
 * The connectors Exchange creates itself, which legitimately accept anonymous Internet mail:
 * "Default <server>", "Default Frontend <server>", "Default internal receive connector <server>".
 */
function isDefaultConnector(name: string, server: string | undefined): boolean {
  const m = /^Default (?:Frontend |internal receive connector )?(\S+)$/i.exec(name);
  if (!m) return false;
  return server ? m[1].toLowerCase() === server.split('.')[0].toLowerCase() : /^[A-Za-z0-9-]{1,15}$/.test(m[1]);
}

export const anonymousRelayReview: Rule = {
  meta: {
    id: 'anonymous-relay-review',
    defaultSeverity: 'information',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A custom receive connector open to anonymous senders: check it does not grant relay rights.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const groups = flags(obj, 'PermissionGroups');
      if (!groups) continue;
      const custom = groups.value.has('custom');
      // The server: the Server property, or the part of the Identity before "\" (EX01\Default EX01).
      const identity = text(obj, 'Identity')?.value;
      const server = text(obj, 'Server')?.value ?? (identity?.includes('\\') ? identity.split('\\')[0] : undefined);
      const anonymous = groups.value.has('anonymoususers') && !isDefaultConnector(displayName(obj), server);
      if (!custom && !anonymous) continue;
      ctx.report({
        range: groups.prop.valueRange,
        message: `${objectLabel(obj, 'Receive connector')} ${anonymous ? 'accepts anonymous senders' : 'has custom permissions'}; a dump cannot show whether anonymous users were also granted relay. Check with: Get-ADPermission ${identityArg(obj)} | Where-Object { $_.ExtendedRights -like "*Accept-Any-Recipient*" }, and keep RemoteIPRanges to the hosts that must relay.`,
      });
    }
  },
};
