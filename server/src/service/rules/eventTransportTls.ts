import { classifySmtpError } from '../evidence/smtpErrors';
import { eventRange, knownEvents, LIST_CERTIFICATES, receiveConnectorIdentity, value } from './eventRules';
import { psQuote } from './objectRules';
import { short } from './evidenceRules';
import { defineRule, type Fix } from './types';

type FixId = 'showReceive' | 'showSend' | 'listCertificates';

const DOMAIN_SECURITY = new Set([11005, 11013, 11014, 11015, 11016, 11019, 11020, 11021, 11022, 11026]);

export const eventTransportTls = defineRule({
  meta: {
    id: 'event-transport-tls',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: ['event-log-text'],
    description:
      'Transport events about TLS and authentication between servers: required TLS not possible (1032, 2015), authentication failures (1035, 2016, 2017), certificate checks (2022, Domain Security 11005-11026), a TLS refusal in event 2004.',
    messages: {
      receiveTlsRequired: 'Event 1032: receive {{connector}} requires TLS but cannot offer it.',
      receiveAuth: 'Event 1035: {{ip}} failed {{mechanism}} on {{connector}} ({{error}}).',
      sendAck: 'Event 2004: the next hop of {{connector}} refused TLS ({{detail}}).',
      sendTlsRequired: 'Event 2015: {{domain}} offers no TLS, which send {{connector}} requires.',
      sendCredential: 'Event 2016: send {{connector}} cannot prepare its smart host credential ({{error}}).',
      sendAuth: 'Event 2017: send {{connector}} failed {{mechanism}} authentication ({{error}}).',
      sendAuthLevel: 'Event 2022: the certificate of the next hop failed the TlsAuthLevel of send {{connector}}.',
      domainSecurity: 'Event {{id}}: {{meaning}}',
    },
    fixes: {
      showReceive: 'Show the TLS settings of receive {{connector}}',
      showSend: 'Show the TLS settings of send {{connector}}',
      listCertificates: 'List the certificates of this server with their issuers and services',
    },
    sources: [
      {
        title: '454 4.7.0 Temporary authentication failure (KB 979174)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/client-connectivity/454-4-7-0-temporary-authentication-failure',
      },
      {
        title: 'Mail flow stops with event 2004 (UntrustedRoot)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/mail-flow-stops-event-2004',
      },
      'Set-SendConnector',
      'Set-ReceiveConnector',
    ],
  },
  check(ctx) {
    for (const e of knownEvents(ctx.file)) {
      const k = e.known!;
      if (k.family !== 'transport') continue;
      const name = e.decoded.connector?.text;
      const connector = name ? `connector "${short(name, 50)}"` : 'connector';
      const data = {
        connector,
        ip: value(e, 'ip', 'a server'),
        mechanism: value(e, 'mechanism', 'server'),
        error: value(e, 'error', 'no reason given', 40),
        domain: value(e, 'domain', 'the remote domain'),
        id: k.id,
        meaning: k.meaning,
      };
      const showSend: Fix<FixId> | undefined = name
        ? { fixId: 'showSend', command: `Get-SendConnector -Identity ${psQuote(name)} | Format-List Name,RequireTLS,TlsAuthLevel,TlsDomain,TlsCertificateName` }
        : undefined;
      switch (k.id) {
        case 1032:
          ctx.report({
            range: eventRange(e, 'connector'),
            messageId: 'receiveTlsRequired',
            data,
            fix: name
              ? {
                  fixId: 'showReceive',
                  command: `Get-ReceiveConnector -Identity ${receiveConnectorIdentity(e, name)} | Format-List Name,RequireTLS,AuthMechanism,Fqdn,TlsCertificateName`,
                }
              : undefined,
          });
          break;
        case 1035:
          ctx.report({ range: eventRange(e, 'error', 'connector'), messageId: 'receiveAuth', data });
          break;
        case 2004: {
          const response = e.decoded.response?.text ?? '';
          const c = classifySmtpError(response);
          if (!c?.def.tls) break;
          ctx.report({
            range: eventRange(e, 'response'),
            messageId: 'sendAck',
            data: { ...data, detail: c.detail ?? short(response, 60) },
            fix: [{ fixId: 'listCertificates', command: LIST_CERTIFICATES }, ...(showSend ? [showSend] : [])],
          });
          break;
        }
        case 2015:
          ctx.report({ range: eventRange(e, 'domain', 'connector'), messageId: 'sendTlsRequired', data, fix: showSend });
          break;
        case 2016:
          ctx.report({ range: eventRange(e, 'error', 'connector'), messageId: 'sendCredential', data });
          break;
        case 2017:
          ctx.report({ range: eventRange(e, 'error', 'connector'), messageId: 'sendAuth', data });
          break;
        case 2022:
          ctx.report({ range: eventRange(e, 'status', 'connector'), messageId: 'sendAuthLevel', data, fix: showSend });
          break;
        default:
          if (DOMAIN_SECURITY.has(k.id)) ctx.report({ range: eventRange(e, 'domain', 'connector'), messageId: 'domainSecurity', data });
      }
    }
  },
});
