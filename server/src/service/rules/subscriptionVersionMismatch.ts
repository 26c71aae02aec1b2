import type { EdgeSubscriptionFile } from '../document';
import { describeVersion, parseSerialNumber } from '../exchangeVersion/versionNumber';
import type { Rule } from './types';

export const subscriptionVersionMismatch: Rule<EdgeSubscriptionFile> = {
  meta: {
    id: 'subscription-version-mismatch',
    defaultSeverity: 'warning',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: 'SerialNumber and VersionNumber name different Exchange versions: the file was edited.',
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const serialEl = sub?.byName.get('SerialNumber');
    const versionEl = sub?.byName.get('VersionNumber');
    if (!serialEl || serialEl.isEmpty || versionEl?.decoded?.type !== 'version') return;
    const serial = parseSerialNumber(serialEl.value);
    const v = versionEl.decoded.version;
    if (!serial) {
      ctx.report({
        range: serialEl.valueRange,
        message: `SerialNumber ${JSON.stringify(serialEl.value)} is not in the form "Version 15.2 (Build 31544.4)" that Exchange writes; the file looks edited. Make it again with New-EdgeSubscription -FileName.`,
      });
      return;
    }
    if (serial.major === v.major && serial.minor === v.minor && serial.build === v.build) return;
    ctx.report({
      range: serialEl.valueRange,
      message: `SerialNumber says ${serial.major}.${serial.minor}.${serial.build} but VersionNumber says ${describeVersion(v)}; Exchange writes both from the same version, so the file was edited. The Hub matches VersionNumber against its site; make the file again with New-EdgeSubscription -FileName.`,
      relatedInformation: [{ range: versionEl.valueRange, message: 'VersionNumber' }],
    });
  },
};
