import { locRange } from '../protocolLog/model';
import { groupData, groupsOf, LOG_KINDS, moreSessions, PROTOCOL_LOGGING, related, serverArg } from './protocolLogRules';
import { defineRule, type Fix } from './types';

export const smtpLogDirectTrustFailed = defineRule({
  meta: {
    id: 'smtp-log-direct-trust-failed',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: LOG_KINDS,
    description:
      'Direct trust between an Edge and a Mailbox server failed in a protocol-log session: the certificate was not the known one, or X-ANONYMOUSTLS failed.',
    messages: {
      certificate: 'Direct trust failed in session {{session}}: certificate {{subject}} of {{peer}} is not the one this server knows{{more}}.',
      handshake: 'X-ANONYMOUSTLS with {{peer}} failed with {{error}} in session {{session}}{{more}}.',
    },
    fixes: {
      sync: 'Synchronize the certificates to the Edge now (run on a Mailbox server)',
      resubscribe: 'Subscribe the Edge again (run on the Edge, then import the file on a Mailbox server)',
      listSmtp: 'List the certificates enabled for SMTP on this server',
    },
    sources: [
      PROTOCOL_LOGGING,
      { title: 'Edge Subscriptions', url: 'https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-subscriptions' },
      'Start-EdgeSynchronization',
      'New-EdgeSubscription',
    ],
  },
  check(ctx) {
    for (const g of groupsOf(ctx.file, 'direct-trust-failed')) {
      const fix: Fix<'sync' | 'resubscribe' | 'listSmtp'>[] =
        g.variant === 'certificate'
          ? [
              { fixId: 'sync', command: 'Start-EdgeSynchronization' },
              { fixId: 'resubscribe', command: 'New-EdgeSubscription -FileName "C:\\Temp\\EdgeSubscription.xml"' },
            ]
          : [
              {
                fixId: 'listSmtp',
                command: `Get-ExchangeCertificate${serverArg(g)} | Where-Object { $_.Services -match 'SMTP' } | Format-List Subject,Thumbprint,NotAfter,HasPrivateKey`,
              },
            ];
      ctx.report({
        range: locRange(g.at),
        messageId: g.variant as 'certificate',
        data: groupData(g),
        fix,
        relatedInformation: related(moreSessions(g)),
      });
    }
  },
});
