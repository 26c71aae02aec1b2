import { normalizeDn, shortServer, type CertificateRecord } from '../project/trustIndex';
import { locRange, type CertificateSighting } from '../protocolLog/model';
import type { RelatedInformation } from '../types';
import { moreText, PROTOCOL_LOGGING } from './protocolLogRules';
import { defineRule, type Fix, type MessageData } from './types';

type Use = { uri: string; sighting: CertificateSighting };

/** `yyyy-mm-dd` of an instant. */
function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function sessions(n: number): string {
  return `${n} logged session${n === 1 ? '' : 's'}`;
}

function serverArg(server: string | undefined): string {
  return server && /^[a-z0-9-]+$/i.test(server) ? ` -Server ${server.toUpperCase()}` : '';
}

export const smtpLogCertificate = defineRule({
  meta: {
    id: 'smtp-log-certificate',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: ['smtp-protocol-log', 'format-list', 'clixml', 'json'],
    description:
      'A certificate a protocol-log session presented or received, checked against the certificate export: expired at the time, not enabled for SMTP, or not in the export.',
    messages: {
      sentExpired: 'Session {{session}} presented certificate {{subject}}, which had expired on {{date}}{{more}}.',
      receivedExpired: 'Session {{session}} received certificate {{subject}} from {{peer}}, which had expired on {{date}}{{more}}.',
      notSmtp: 'Session {{session}} presented certificate {{subject}}, which the certificate export shows not enabled for SMTP{{more}}.',
      replaced: 'Session {{session}} presented a certificate {{subject}} other than the one of that name in the certificate export{{more}}.',
      notFound: 'Session {{session}} presented a certificate that is not in the certificate export of {{server}}{{more}}.',
      usedExpired: 'Certificate {{subject}} was still presented in {{sessions}} after it expired.',
      usedNotSmtp: 'Certificate {{subject}} is not enabled for SMTP, yet {{sessions}} presented it.',
    },
    fixes: {
      list: 'List the certificates of {{server}} with their services and expiry dates',
      enableSmtp: 'Enable certificate {{subject}} for SMTP (answer No if asked to replace the default SMTP certificate)',
    },
    sources: [PROTOCOL_LOGGING, 'Get-ExchangeCertificate', 'Enable-ExchangeCertificate'],
  },
  checkProject(ctx) {
    const certs = ctx.trust.certificates;
    if (certs.length === 0 || ctx.trust.logs.length === 0) return;
    const byThumbprint = new Map<string, CertificateRecord>();
    for (const c of certs) if (c.thumbprint && !byThumbprint.has(c.thumbprint)) byThumbprint.set(c.thumbprint, c);
    const expiredUses = new Map<CertificateRecord, Use[]>();
    const notSmtpUses = new Map<CertificateRecord, Use[]>();
    const listFix = (server: string | undefined): Fix<'list'> => ({
      fixId: 'list',
      data: { server: server?.toUpperCase() ?? 'this server' },
      command: `Get-ExchangeCertificate${serverArg(server)} | Format-List Subject,Thumbprint,Services,HasPrivateKey,NotAfter`,
    });
    const enableFix = (c: CertificateRecord): Fix<'enableSmtp'> => ({
      fixId: 'enableSmtp',
      command: `Enable-ExchangeCertificate -Thumbprint ${c.thumbprint}${serverArg(c.server)} -Services SMTP`,
    });
    const toExport = (c: CertificateRecord, what: string): RelatedInformation => ({
      uri: c.uri,
      range: c.anchor,
      message: `${c.subject ?? 'The certificate'} in the export: ${what}`,
    });

    for (const log of ctx.trust.logs) {
      for (const s of log.file.log.certificates) {
        const data: MessageData = {
          session: s.session,
          peer: s.remoteHost ?? 'the other side',
          more: moreText(s.count),
          subject: s.subject ?? 'without a subject in the log',
        };
        const report = (
          messageId: 'sentExpired' | 'receivedExpired' | 'notSmtp' | 'replaced' | 'notFound',
          extra: MessageData,
          related: RelatedInformation,
          fix: Fix<'list' | 'enableSmtp'>,
        ) => ctx.report({ uri: log.uri, range: locRange(s.at), messageId, data: { ...data, ...extra }, relatedInformation: [related], fix });
        const c = byThumbprint.get(s.thumbprint);
        if (c) {
          const subject = c.subject ?? s.subject ?? 'without a subject';
          const notAfter = c.facts.notAfter?.value;
          const last = s.last ? Date.parse(s.last) : NaN;
          if (notAfter && !Number.isNaN(last) && last > notAfter.getTime()) {
            report(
              s.role === 'sent' ? 'sentExpired' : 'receivedExpired',
              { subject, date: day(notAfter) },
              toExport(c, `expires ${day(notAfter)}`),
              listFix(c.server ?? s.server),
            );
            expiredUses.set(c, [...(expiredUses.get(c) ?? []), { uri: log.uri, sighting: s }]);
          } else if (s.role === 'sent' && c.services && !c.services.has('smtp')) {
            report('notSmtp', { subject }, toExport(c, `services ${[...c.services].join(', ') || 'none'}`), enableFix(c));
            notSmtpUses.set(c, [...(notSmtpUses.get(c) ?? []), { uri: log.uri, sighting: s }]);
          }
          continue;
        }
        if (s.role !== 'sent') continue;
        // Not in any export: said only where an export of that server, or of a certificate of that name, is present.
        const sameName = s.subject
          ? certs.find(
              (x) =>
                x.subject && normalizeDn(x.subject) === normalizeDn(s.subject!) && (!s.issuer || !x.issuer || normalizeDn(x.issuer) === normalizeDn(s.issuer)),
            )
          : undefined;
        if (sameName) {
          report('replaced', {}, toExport(sameName, 'the certificate of that name'), listFix(s.server ?? sameName.server));
          continue;
        }
        // The server: a Receive connector's id names it; a Send log's EHLO name may (ex01.contoso.com).
        const server = s.server ?? shortServer(s.localHost);
        const ofServer = server ? certs.find((x) => x.server === server) : undefined;
        if (server && ofServer)
          report('notFound', { server: server.toUpperCase() }, toExport(ofServer, `a certificate of ${server.toUpperCase()}`), listFix(server));
      }
    }

    const reverse = (uses: Map<CertificateRecord, Use[]>, messageId: 'usedExpired' | 'usedNotSmtp') => {
      for (const [c, list] of uses) {
        const total = list.reduce((n, u) => n + u.sighting.count, 0);
        ctx.report({
          uri: c.uri,
          range: c.anchor,
          messageId,
          data: { subject: c.subject ?? 'without a subject', sessions: sessions(total) },
          relatedInformation: list
            .slice(0, 5)
            .map((u) => ({ uri: u.uri, range: locRange(u.sighting.at), message: `Presented in session ${u.sighting.session}` })),
          fix: messageId === 'usedNotSmtp' ? enableFix(c) : listFix(c.server),
        });
      }
    };
    reverse(expiredUses, 'usedExpired');
    reverse(notSmtpUses, 'usedNotSmtp');
  },
});
