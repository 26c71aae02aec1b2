import { text } from '../objects/access';
import { connectorGuid, connectorNameOf } from '../evidence/queues';
import type { SmtpErrorClass } from '../evidence/smtpErrors';
import { certificatesForConnector, certificatesNamedBy, normalizeDn, type CertificateRecord } from '../project/trustIndex';
import type { RelatedInformation } from '../types';
import { firstRdn, QUEUES, short } from './evidenceRules';
import { setCommand } from './objectRules';
import { defineRule, type Fix } from './types';

type FixId = 'pointConnector' | 'enableSmtp' | 'listCertificates';

const ERROR_LABEL: Record<SmtpErrorClass, string> = {
  certificateNameNotFound: 'certificate not found',
  starttlsRequired: 'STARTTLS required but not offered',
  mustStarttls: 'the next hop requires STARTTLS',
  certificateValidation: 'certificate validation failure',
  tlsChannel: 'TLS channel refused',
  internalCertificate: 'default SMTP certificate not loaded',
  anonymousTls: 'X-ANONYMOUSTLS not offered',
  tlsNegotiation: 'TLS negotiation failed',
  socketError: 'connection dropped',
  tempAuth: 'authentication failure',
  notAuthenticated: 'not authenticated',
  timedOut: 'connection timed out',
  unableToConnect: 'unable to connect',
};

function expired(c: CertificateRecord, now: Date): boolean {
  return c.facts.notAfter !== undefined && c.facts.notAfter.value.getTime() <= now.getTime();
}

export const queueTlsConnector = defineRule({
  meta: {
    id: 'queue-tls-connector',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: ['format-list', 'clixml', 'json', 'powershell'],
    description:
      "A queue's TLS error tied to its Send connector (NextHopConnector) and to the certificate exports: the certificate the connector names is not installed, not enabled for SMTP, or expired; reported on both.",
    messages: {
      nameNotInstalled: '{{what}} fails: no exported certificate matches the TlsCertificateName of "{{connector}}".',
      notSmtp: '{{what}} fails: "{{connector}}" uses certificate {{subject}}, which is not enabled for SMTP.',
      expired: '{{what}} fails: "{{connector}}" uses certificate {{subject}}, which has expired.',
      linked: '{{what}} fails TLS on send connector "{{connector}}" ({{error}}).',
      onConnector: 'Send connector "{{connector}}" has a queue failing TLS ({{error}}).',
    },
    fixes: {
      pointConnector: 'Point "{{connector}}" at certificate {{subject}} (-TlsCertificateName)',
      enableSmtp: 'Enable certificate {{subject}} for SMTP (answer No if asked to replace the default SMTP certificate)',
      listCertificates: 'List the certificates of the source servers with their names and services',
    },
    sources: [QUEUES, 'Set-SendConnector', 'Enable-ExchangeCertificate'],
  },
  checkProject(ctx) {
    const { trust, settings } = ctx;
    for (const q of trust.queueErrors) {
      if (!q.match.def.tls) continue;
      const guid = connectorGuid(q.obj);
      const name = connectorNameOf(q.obj)?.toLowerCase();
      const connectors = trust.connectors.filter(
        (c) =>
          c.kind === 'send-connector' && ((guid && text(c.obj, 'Guid')?.value.trim().toLowerCase() === guid) || (name && c.name.trim().toLowerCase() === name)),
      );
      for (const c of connectors) {
        const certs = certificatesForConnector(trust, c);
        const named = c.certificateName ? certificatesNamedBy(trust, c) : [];
        let messageId: 'nameNotInstalled' | 'notSmtp' | 'expired' | 'linked' = 'linked';
        let subject: CertificateRecord | undefined;
        const fixes: Fix<FixId>[] = [];
        if (c.certificateName && trust.certificates.length > 0 && named.length === 0) {
          messageId = 'nameNotInstalled';
          const wanted = c.certificateName.subject;
          subject = certs.find((x) => x.subject && normalizeDn(x.subject) === normalizeDn(wanted) && !expired(x, settings.now));
          if (subject?.thumbprint)
            fixes.push({
              fixId: 'pointConnector',
              command: `$c = Get-ExchangeCertificate -Thumbprint ${subject.thumbprint}; ${setCommand('Set-SendConnector', c.obj, '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"')}`,
            });
        } else if (named.length > 0) {
          const notSmtp = named.find((x) => x.services && !x.services.has('smtp'));
          const allExpired = named.every((x) => expired(x, settings.now));
          if (allExpired) {
            messageId = 'expired';
            subject = named[0];
          } else if (notSmtp) {
            messageId = 'notSmtp';
            subject = notSmtp;
            if (notSmtp.thumbprint)
              fixes.push({
                fixId: 'enableSmtp',
                command: `Enable-ExchangeCertificate -Thumbprint ${notSmtp.thumbprint}${notSmtp.server ? ` -Server ${notSmtp.server.toUpperCase()}` : ''} -Services SMTP`,
              });
          }
        }
        if (messageId !== 'linked' || fixes.length === 0)
          fixes.push({ fixId: 'listCertificates', command: 'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,Services,NotAfter' });
        const data = {
          what: q.what,
          connector: short(c.name, 60),
          subject: subject ? short(firstRdn(subject.subject ?? subject.thumbprint ?? ''), 50) : '',
          error: ERROR_LABEL[q.match.def.id],
        };
        const connectorRange = c.certificateName?.prop.valueRange ?? text(c.obj, 'Name')?.prop.valueRange ?? c.obj.range;
        const certInfo: RelatedInformation[] = (subject ? [subject] : named.slice(0, 3)).map((x) => ({
          uri: x.uri,
          range: x.anchor,
          message: `Certificate ${x.subject ?? x.thumbprint ?? ''}`,
        }));
        ctx.report({
          uri: q.uri,
          range: q.range,
          messageId,
          data,
          fix: fixes,
          relatedInformation: [{ uri: c.uri, range: connectorRange, message: `Send connector "${c.name}"` }, ...certInfo],
        });
        ctx.report({
          uri: c.uri,
          range: connectorRange,
          messageId: 'onConnector',
          data,
          fix: fixes,
          relatedInformation: [{ uri: q.uri, range: q.range, message: `LastError of ${q.what.toLowerCase()}` }, ...certInfo],
        });
      }
    }
  },
});
