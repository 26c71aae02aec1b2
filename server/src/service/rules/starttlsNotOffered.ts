import { flags, list } from '../objects/access';
import { displayName } from '../objects/model';
import type { RelatedInformation } from '../types';
import { flagsArg, OBJECT_KINDS_OF_FILES, objectsOf, scriptEdit, setCommand } from './objectRules';
import { defineRule } from './types';

export const starttlsNotOffered = defineRule({
  meta: {
    id: 'starttls-not-offered',
    defaultSeverity: 'warning',
    category: 'receive-connector',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A receive connector whose AuthMechanism lacks Tls never offers STARTTLS: the hosts it accepts send in clear text.',
    messages: {
      notOffered: 'Receive connector "{{name}}" does not offer STARTTLS: its AuthMechanism has no Tls.',
    },
    fixes: { offerTls: 'Offer STARTTLS on "{{name}}" (add Tls to AuthMechanism)' },
    sources: ['Set-ReceiveConnector'],
  },
  check(ctx) {
    for (const obj of objectsOf(ctx.file, 'receive-connector')) {
      const auth = flags(obj, 'AuthMechanism');
      if (!auth || auth.value.has('tls')) continue;
      const withTls = flagsArg('AuthMechanisms', [...auth.value, 'tls']);
      // Only the hosts this connector takes (its Bindings and RemoteIPRanges) are affected.
      const scope: RelatedInformation[] = [];
      const ranges = list(obj, 'RemoteIPRanges');
      if (ranges && !ranges.prop.empty) scope.push({ range: ranges.prop.valueRange, message: 'Hosts in these ranges send to this connector in clear text' });
      ctx.report({
        range: auth.prop.valueRange,
        messageId: 'notOffered',
        data: { name: displayName(obj) },
        fix: { fixId: 'offerTls', command: setCommand('Set-ReceiveConnector', obj, `-AuthMechanism ${withTls}`), edits: scriptEdit(obj, auth.prop, withTls) },
        relatedInformation: scope,
      });
    }
  },
});
