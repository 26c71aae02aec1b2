import { locRange } from '../protocolLog/model';
import { groupData, groupsOf, LOG_KINDS, moreSessions, PROTOCOL_LOGGING, related } from './protocolLogRules';
import { defineRule } from './types';

const TLS_GUIDANCE = {
  title: 'Exchange Server TLS configuration best practices',
  url: 'https://learn.microsoft.com/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-tls-configuration',
};

export const smtpLogLegacyTls = defineRule({
  meta: {
    id: 'smtp-log-legacy-tls',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: LOG_KINDS,
    description: 'A protocol-log session negotiated TLS 1.0, TLS 1.1 or SSL: deprecated versions that one side still allows.',
    messages: {
      legacy: 'Session {{session}} negotiated {{protocol}} with {{peer}}, a deprecated TLS version{{more}}.',
    },
    fixes: {
      showTls: "Show this server's Schannel settings for {{protocol}} and TLS 1.2, and .NET's use of them",
    },
    sources: [PROTOCOL_LOGGING, TLS_GUIDANCE],
  },
  check(ctx) {
    for (const g of groupsOf(ctx.file, 'legacy-tls')) {
      const protocol = g.data.protocol;
      const keys = [protocol, 'TLS 1.2'].flatMap((p) =>
        ['Client', 'Server'].map((side) => `'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${p}\\${side}'`),
      );
      const net = "'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'";
      ctx.report({
        range: locRange(g.at),
        messageId: 'legacy',
        data: groupData(g),
        fix: {
          fixId: 'showTls',
          command: `Get-ItemProperty -Path ${keys.join(',')},${net} -ErrorAction SilentlyContinue | Format-List PSPath,Enabled,DisabledByDefault,SystemDefaultTlsVersions,SchUseStrongCrypto`,
        },
        relatedInformation: related(moreSessions(g)),
      });
    }
  },
});
