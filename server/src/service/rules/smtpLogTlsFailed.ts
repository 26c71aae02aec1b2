import { locRange } from '../protocolLog/model';
import { groupData, groupsOf, LOG_KINDS, moreSessions, PROTOCOL_LOGGING, related, sendConnectorCommand, sentThumbprint, serverArg } from './protocolLogRules';
import { defineRule, type Fix } from './types';

type FixId = 'enableSmtp' | 'listCertificates' | 'checkKey' | 'showTls' | 'showCertificate' | 'showAuth';

const TLS12_KEYS =
  "'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client','HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'";

export const smtpLogTlsFailed = defineRule({
  meta: {
    id: 'smtp-log-tls-failed',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: LOG_KINDS,
    description: 'A protocol-log session logged "TLS negotiation failed with error X": the reason explained, with the fix for it.',
    messages: {
      unknownCredentials: 'Session {{session}} failed TLS with {{peer}}: UnknownCredentials, the certificate is not usable for SMTP{{more}}.',
      noCredentials: 'Session {{session}} failed TLS with {{peer}}: NoCredentials, the certificate has no private key{{more}}.',
      handshake: 'Session {{session}} failed TLS with {{peer}} ({{error}}): no common TLS version or cipher{{more}}.',
      certificate: 'Session {{session}} failed TLS with {{peer}} ({{error}}): a certificate was not accepted{{more}}.',
      authLevel: 'Session {{session}} sent nothing: the certificate of {{peer}} failed {{level}} ({{error}}){{more}}.',
      other: 'Session {{session}} failed TLS with {{peer}} ({{error}}){{more}}.',
    },
    fixes: {
      enableSmtp: 'Enable the certificate Exchange presented for SMTP (answer No if asked to replace the default SMTP certificate)',
      listCertificates: 'List the certificates of this server with their services and private keys',
      checkKey: 'Show whether the certificate Exchange presented has its private key',
      showTls: "Show this server's TLS 1.2 settings (Schannel)",
      showCertificate: 'Show the status and issuer of the certificate Exchange presented',
      showAuth: 'Show the TLS authentication settings of "{{connector}}"',
    },
    sources: [
      PROTOCOL_LOGGING,
      {
        title: 'TLS negotiation failed with error UnknownCredentials (KB 4051498)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/mailflow/outbound-email-messages-are-not-sent',
      },
      {
        title: 'TLS negotiation failed with error NoCredentials (KB 4495258)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/mailflow/tls-negotiation-failed-with-error-nocredentials-error',
      },
      'Enable-ExchangeCertificate',
    ],
  },
  check(ctx) {
    for (const g of groupsOf(ctx.file, 'tls-failed')) {
      const thumbprint = sentThumbprint(g);
      const server = serverArg(g);
      const list = `Get-ExchangeCertificate${server} | Format-List Subject,Thumbprint,Services,HasPrivateKey,NotAfter`;
      const fix: Fix<FixId>[] = [];
      switch (g.variant) {
        case 'unknownCredentials':
          fix.push(
            thumbprint
              ? { fixId: 'enableSmtp', command: `Enable-ExchangeCertificate -Thumbprint ${thumbprint} -Services SMTP${server}` }
              : { fixId: 'listCertificates', command: list },
          );
          break;
        case 'noCredentials':
          fix.push(
            thumbprint
              ? {
                  fixId: 'checkKey',
                  command: `Get-ExchangeCertificate -Thumbprint ${thumbprint}${server} | Format-List Subject,HasPrivateKey,Services,NotAfter`,
                }
              : { fixId: 'listCertificates', command: list },
          );
          break;
        case 'handshake':
          fix.push({
            fixId: 'showTls',
            command: `Get-ItemProperty -Path ${TLS12_KEYS} -ErrorAction SilentlyContinue | Format-List PSPath,Enabled,DisabledByDefault`,
          });
          break;
        case 'certificate':
          fix.push(
            thumbprint
              ? {
                  fixId: 'showCertificate',
                  command: `Get-ExchangeCertificate -Thumbprint ${thumbprint}${server} | Format-List Subject,Issuer,Status,RootCAType,NotAfter`,
                }
              : { fixId: 'listCertificates', command: list },
          );
          break;
        case 'authLevel': {
          const command = sendConnectorCommand('Get-SendConnector', g.session.connector, '| Format-List Name,TlsAuthLevel,TlsDomain,RequireTLS');
          if (command) fix.push({ fixId: 'showAuth', command });
          break;
        }
      }
      ctx.report({
        range: locRange(g.at),
        messageId: g.variant as 'other',
        data: groupData(g),
        fix,
        relatedInformation: related(moreSessions(g)),
      });
    }
  },
});
