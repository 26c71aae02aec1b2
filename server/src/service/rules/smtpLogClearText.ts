import { locRange } from '../protocolLog/model';
import { groupData, groupsOf, LOG_KINDS, moreSessions, PROTOCOL_LOGGING, related, sendConnectorCommand } from './protocolLogRules';
import { defineRule, type Fix } from './types';

export const smtpLogClearText = defineRule({
  meta: {
    id: 'smtp-log-clear-text',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: LOG_KINDS,
    description: 'A protocol-log session sent mail in clear text: STARTTLS was ignored, failed before, not offered, or refused.',
    messages: {
      ignoredOffer: 'Session {{session}} sent mail in clear text although {{peer}} offered {{verb}}{{more}}.',
      afterFailure: 'Session {{session}} sent mail to {{peer}} in clear text after TLS had failed with {{error}}{{more}}.',
      notOffered: 'Session {{session}} sent mail in clear text because {{peer}} did not offer STARTTLS{{more}}.',
      refused: 'Session {{session}} was refused by {{peer}}, which requires TLS that Exchange did not start{{more}}.',
      inbound: 'Session {{session}} received mail from {{peer}} in clear text although STARTTLS was offered{{more}}.',
    },
    fixes: {
      useTls: 'Use STARTTLS on "{{connector}}" again if it ignores it (-IgnoreSTARTTLS $false)',
      showTls: 'Show the TLS settings of "{{connector}}"',
      requireTls: 'Require TLS on "{{connector}}" (mail to hosts without working TLS then stays queued instead of going in clear text)',
    },
    options: {
      inbound: {
        type: 'boolean',
        default: false,
        description: 'Also report clients that sent mail in clear text to this server although it offered STARTTLS (internal applications often do).',
      },
    },
    sources: [PROTOCOL_LOGGING, 'Set-SendConnector'],
  },
  check(ctx) {
    for (const g of groupsOf(ctx.file, 'clear-text')) {
      if (g.variant === 'inbound' && !ctx.options.inbound) continue;
      const connector = g.session.connector;
      const fix: Fix<'useTls' | 'showTls' | 'requireTls'>[] = [];
      const add = (fixId: 'useTls' | 'showTls' | 'requireTls', command: string | undefined) => command && fix.push({ fixId, command });
      if (g.variant === 'ignoredOffer' || g.variant === 'refused')
        add('useTls', sendConnectorCommand('Set-SendConnector', connector, '-IgnoreSTARTTLS $false'));
      if (g.variant === 'afterFailure' || g.variant === 'notOffered') {
        add('showTls', sendConnectorCommand('Get-SendConnector', connector, '| Format-List Name,IgnoreSTARTTLS,RequireTLS,TlsAuthLevel,TlsDomain'));
        add('requireTls', sendConnectorCommand('Set-SendConnector', connector, '-RequireTLS $true'));
      }
      const prior = g.session.priorFailure;
      ctx.report({
        range: locRange(g.at),
        messageId: g.variant as 'ignoredOffer',
        data: groupData(g),
        fix,
        relatedInformation: related([
          ...(prior && g.variant === 'afterFailure'
            ? [{ range: locRange(prior.at), message: `TLS with this address failed in session ${prior.session}` }]
            : []),
          ...moreSessions(g),
        ]),
      });
    }
  },
});
