import { connectorIdentity, queueErrors } from './queueRules';
import { QUEUES, serverArg } from './evidenceRules';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule, type Fix } from './types';

type FixId = 'logSessions' | 'testPort' | 'showTls';

const TLS12_KEYS =
  "'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client','HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'";

export const queueConnectionError = defineRule({
  meta: {
    id: 'queue-connection-error',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: OBJECT_KINDS_OF_FILES,
    description:
      'A queue or queued message that cannot connect or authenticate to its next hop (timed out, unable to connect, connection dropped, authentication failure): causes that often hide a TLS failure.',
    messages: {
      timedOut: '{{what}} cannot deliver: the connection to {{host}} timed out.',
      unableToConnect: '{{what}} cannot deliver: no host of {{host}} accepted the connection.',
      socketError: '{{what}} lost the connection to {{host}} ({{detail}}), often a TLS version mismatch.',
      tempAuth: '{{what}} fails: Exchange server authentication to {{host}} failed.',
      notAuthenticated: '{{what}} fails: {{host}} does not accept mail without authentication.',
    },
    fixes: {
      logSessions: 'Log the SMTP sessions of the Send connector, to see whether TLS fails (-ProtocolLoggingLevel Verbose)',
      testPort: 'Test TCP port 25 to {{host}}',
      showTls: "Show this server's TLS 1.2 settings (Schannel)",
    },
    sources: [
      QUEUES,
      {
        title: 'Outbound email messages are not sent (KB 4051498)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/mailflow/outbound-email-messages-are-not-sent',
      },
      {
        title: '454 4.7.0 Temporary authentication failure (KB 979174)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/client-connectivity/454-4-7-0-temporary-authentication-failure',
      },
    ],
  },
  check(ctx) {
    for (const q of queueErrors(ctx.file)) {
      if (q.match.def.tls) continue;
      const connector = connectorIdentity(q.obj);
      const log: Fix<FixId> | undefined = connector
        ? { fixId: 'logSessions', command: `Set-SendConnector -Identity ${connector} -ProtocolLoggingLevel Verbose` }
        : undefined;
      const port: Fix<FixId> | undefined = q.hostName
        ? { fixId: 'testPort', data: { host: q.hostName }, command: `Test-NetConnection -ComputerName ${serverArg(q.hostName)} -Port 25` }
        : undefined;
      let fix: (Fix<FixId> | undefined)[] = [];
      switch (q.match.def.id) {
        case 'timedOut':
        case 'unableToConnect':
          fix = [log, port];
          break;
        case 'socketError':
          fix = [
            { fixId: 'showTls', command: `Get-ItemProperty -Path ${TLS12_KEYS} -ErrorAction SilentlyContinue | Format-List PSPath,Enabled,DisabledByDefault` },
            log,
          ];
          break;
      }
      ctx.report({
        range: q.range,
        messageId: q.match.def.id as 'timedOut',
        data: { what: q.what, host: q.host, detail: q.match.detail ?? '' },
        fix: fix.filter((f): f is Fix<FixId> => !!f),
      });
    }
  },
});
