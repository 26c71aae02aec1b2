import { locRange } from '../protocolLog/model';
import { groupData, groupsOf, LOG_KINDS, moreSessions, PROTOCOL_LOGGING, receiveConnectorCommand, related, sendConnectorCommand } from './protocolLogRules';
import { defineRule } from './types';

export const smtpLogStarttlsNotOffered = defineRule({
  meta: {
    id: 'smtp-log-starttls-not-offered',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: LOG_KINDS,
    description:
      "STARTTLS not offered, as the protocol log shows it: a RequireTLS Send connector met a server without STARTTLS, or this server's Receive connector did not offer it.",
    messages: {
      requireTls: 'Send connector "{{connector}}" requires TLS but {{peer}} did not offer STARTTLS, so the mail stays queued{{more}}.',
      notOfferedByUs: 'Receive connector "{{connector}}" did not offer STARTTLS to {{peer}}{{more}}.',
    },
    fixes: {
      showSend: 'Show the TLS settings of "{{connector}}"',
      showReceive: 'Show the authentication methods, FQDN and certificate name of "{{connector}}"',
    },
    sources: [PROTOCOL_LOGGING, 'Set-ReceiveConnector', 'Set-SendConnector'],
  },
  check(ctx) {
    for (const g of groupsOf(ctx.file, 'starttls-not-offered')) {
      const connector = g.session.connector;
      const command =
        g.variant === 'requireTls'
          ? sendConnectorCommand('Get-SendConnector', connector, '| Format-List Name,RequireTLS,TlsAuthLevel,TlsDomain,SmartHosts')
          : receiveConnectorCommand('Get-ReceiveConnector', connector, '| Format-List Identity,AuthMechanism,Fqdn,TlsCertificateName,RequireTLS');
      ctx.report({
        range: locRange(g.at),
        messageId: g.variant as 'requireTls',
        data: groupData(g),
        fix: command ? { fixId: g.variant === 'requireTls' ? 'showSend' : 'showReceive', command } : undefined,
        relatedInformation: related(moreSessions(g)),
      });
    }
  },
});
