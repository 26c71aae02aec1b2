import type { EdgeSubscriptionFile } from '../document';
import { describeVersion, parseSerialNumber } from '../exchangeVersion/versionNumber';
import { clip, edgeOf, newFileCommand } from './subscriptionShared';
import { defineRule } from './types';

export const subscriptionVersionMismatch = defineRule<'unreadable' | 'mismatch', 'newFile', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-version-mismatch',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'SerialNumber and VersionNumber name different Exchange versions: the file was edited.',
    messages: {
      unreadable: 'SerialNumber "{{serial}}" is not in the form Exchange writes, e.g. "Version 15.2 (Build 31544.4)".',
      mismatch: 'SerialNumber says {{serial}} but VersionNumber says {{version}}: the file was edited.',
    },
    fixes: { newFile: 'Make a new subscription file on {{edge}} (new bootstrap account)' },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const serialEl = sub?.byName.get('SerialNumber');
    const versionEl = sub?.byName.get('VersionNumber');
    if (!sub || !serialEl || serialEl.isEmpty || versionEl?.decoded?.type !== 'version') return;
    const edge = edgeOf(sub);
    const fix = { fixId: 'newFile' as const, command: newFileCommand(edge) };
    const serial = parseSerialNumber(serialEl.value);
    if (!serial) {
      ctx.report({ range: serialEl.valueRange, messageId: 'unreadable', data: { serial: clip(serialEl.value), edge: edge ?? 'the Edge' }, fix });
      return;
    }
    const v = versionEl.decoded.version;
    if (serial.major === v.major && serial.minor === v.minor && serial.build === v.build) return;
    ctx.report({
      range: serialEl.valueRange,
      messageId: 'mismatch',
      data: { serial: `${serial.major}.${serial.minor}.${serial.build}`, version: describeVersion(v), edge: edge ?? 'the Edge' },
      relatedInformation: [{ range: versionEl.valueRange, message: `VersionNumber: ${describeVersion(v)}, the version the Hub matches against its site` }],
      fix,
    });
  },
});
