import { flags, list } from '../objects/access';
import { coversWholeInternet, includesPublicAddresses, isVeryWide, parseIpRange } from '../values/ipRange';
import { OBJECT_KINDS_OF_FILES, objectLabel, objectsOf, setCommand } from './objectRules';
import type { Rule } from './types';

export const openRelay: Rule = {
  meta: {
    id: 'open-relay',
    defaultSeverity: 'error',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'ExternalAuthoritative + ExchangeServers on remote IP ranges that reach the Internet: an open relay.',
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      const groups = flags(obj, 'PermissionGroups');
      if (!auth?.value.has('externalauthoritative') || !groups?.value.has('exchangeservers')) continue;
      const ranges = list(obj, 'RemoteIPRanges');
      if (!ranges) continue;
      for (const item of ranges.value) {
        const r = parseIpRange(item.text).value;
        // Wide and public: private space (10/8, fc00::/7) does not reach the Internet.
        if (!r || !(coversWholeInternet(r) || (isVeryWide(r) && includesPublicAddresses(r)))) continue;
        const command = setCommand('Set-ReceiveConnector', obj, '-RemoteIPRanges <host IPs>');
        ctx.report({
          fix: { command },
          range: item.range,
          message: `${objectLabel(obj, 'Receive connector')} treats every host in ${item.text} as an externally secured Exchange server (ExternalAuthoritative + ExchangeServers): they may relay to any recipient, skip anti-spam and send as anyone. This is an open relay. Limit it to the relaying hosts: ${command}, or use AnonymousUsers with an explicit ms-Exch-SMTP-Accept-Any-Recipient grant instead.`,
          relatedInformation: [{ range: auth.prop.valueRange, message: 'AuthMechanism includes ExternalAuthoritative' }],
        });
      }
    }
  },
};
