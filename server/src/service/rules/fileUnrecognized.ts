import type { NotADump } from '../formats/sniff';
import { defineRule } from './types';

type MessageId = 'unknown' | 'binary' | 'eventLog' | 'healthChecker' | 'protocolLog' | 'trackingLog' | 'monitoring' | 'csv';

/** What the file looks like, as a message id. */
const LOOKS_LIKE: Record<NotADump, MessageId> = {
  'event-log': 'eventLog',
  healthchecker: 'healthChecker',
  'protocol-log': 'protocolLog',
  'tracking-log': 'trackingLog',
  monitoring: 'monitoring',
  csv: 'csv',
};

export const fileUnrecognized = defineRule<MessageId>({
  meta: {
    id: 'file-unrecognized',
    defaultSeverity: 'error',
    category: 'file',
    kinds: ['unknown'],
    description: 'A file named for linting is not a kind this linter reads (it says what the file looks like when it can tell).',
    messages: {
      unknown: 'Nothing was checked: this is not a configuration dump, export or EdgeSubscription file.',
      binary: 'Nothing was checked: this file is binary data, not text.',
      eventLog: 'Nothing was checked: this is Event Viewer text, not a configuration dump.',
      healthChecker: 'Nothing was checked: this is HealthChecker output, not a configuration dump.',
      protocolLog: 'Nothing was checked: this is an SMTP protocol log, not a configuration dump.',
      trackingLog: 'Nothing was checked: this is a message tracking log, not a configuration dump.',
      monitoring: 'Nothing was checked: this is a monitoring alert, not a configuration dump.',
      csv: 'Nothing was checked: this is an Export-Csv file, which this linter does not read.',
    },
  },
  check(ctx) {
    const f = ctx.file;
    if (!ctx.settings.reportUnrecognized || f.tooLarge || f.kind !== 'unknown') return;
    ctx.report({
      range: f.lines.range(0, Math.min(f.lines.lineEnd(0), 200)),
      messageId: f.binary ? 'binary' : f.looksLike ? LOOKS_LIKE[f.looksLike] : 'unknown',
    });
  },
});
