import type { Rule } from './types';

export const fileUnrecognized: Rule = {
  meta: {
    id: 'file-unrecognized',
    defaultSeverity: 'error',
    category: 'file',
    kinds: ['unknown'],
    description: 'A file named for linting is not a kind this linter reads.',
  },
  check(ctx) {
    const f = ctx.file;
    if (!ctx.settings.reportUnrecognized || f.tooLarge) return;
    const what = f.binary
      ? 'binary data, not text'
      : 'not an EdgeSubscription file (<EdgeSubscriptionData>), a Format-List dump (Name : value lines), an Export-Clixml file (<Objs>) or a ConvertTo-Json export';
    ctx.report({
      range: f.lines.range(0, Math.min(f.lines.lineEnd(0), 200)),
      message: `Nothing was checked: this file is ${what}. Lint the XML written by New-EdgeSubscription -FileName, or the output of Get-SendConnector, Get-ReceiveConnector, Get-ExchangeCertificate, Get-OutboundConnector or Get-InboundConnector piped to Format-List, Export-Clixml or ConvertTo-Json.`,
    });
  },
};
