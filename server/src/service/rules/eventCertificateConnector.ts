import { text } from '../objects/access';
import {
  certificateMatchesName,
  certificatesForConnector,
  normalizeDn,
  shortServer,
  type CertificateRecord,
  type ConnectorRecord,
} from '../project/trustIndex';
import type { RelatedInformation } from '../types';
import { parseSmtpX509Identifier } from '../values/smtpX509Identifier';
import { nameMatches } from './certificateNameMismatch';
import { LIST_CERTIFICATES } from './eventRules';
import { firstRdn, short } from './evidenceRules';
import { setCommand } from './objectRules';
import { defineRule, type Fix } from './types';

type MessageId = 'noCertificate' | 'notSmtp' | 'expired' | 'nameMissing' | 'nowPresent' | 'linked';
type FixId = 'listCertificates' | 'enableSmtp' | 'pointConnector' | 'enableAgain';

/** The connector an event names: by name (and by the server that logged it, when both sides say). */
function connectorsFor(connectors: readonly ConnectorRecord[], name: string, server: string | undefined): ConnectorRecord[] {
  const key = name.trim().toLowerCase();
  const byName = connectors.filter((c) => c.name.trim().toLowerCase() === key || c.name.toLowerCase().endsWith(`\\${key}`));
  if (!server) return byName;
  const onServer = byName.filter((c) => c.servers.length === 0 || c.servers.includes(server));
  return onServer;
}

/**
 * The connector no longer names what the event looked for (its TlsCertificateName or Fqdn changed since), and what it
 * names now is an installed, valid SMTP certificate: the event is history.
 */
function fixedSince(
  c: ConnectorRecord,
  tlsName: { issuer?: string; subject: string } | undefined,
  name: string,
  certs: CertificateRecord[],
  now: Date,
): boolean {
  const usable = (x: CertificateRecord) => (!x.services || x.services.has('smtp')) && !expired(x, now);
  if (tlsName) {
    const current = c.certificateName;
    if (!current || (normalizeDn(current.subject) === normalizeDn(tlsName.subject) && normalizeDn(current.issuer ?? '') === normalizeDn(tlsName.issuer ?? '')))
      return false;
    return certs.some((x) => certificateMatchesName(x, current) && usable(x));
  }
  const fqdn = text(c.obj, 'Fqdn')?.value.trim();
  if (!fqdn || fqdn.toLowerCase() === name.trim().toLowerCase()) return false;
  return certs.some((x) => x.names.some((n) => nameMatches(n, fqdn)) && usable(x));
}

function expired(c: CertificateRecord, now: Date): boolean {
  return c.facts.notAfter !== undefined && c.facts.notAfter.value.getTime() <= now.getTime();
}

export const eventCertificateConnector = defineRule({
  meta: {
    id: 'event-certificate-connector',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: ['event-log-text', 'format-list', 'clixml', 'json', 'powershell'],
    description:
      'Event 12014 tied to the connector it names and to the certificate exports: which certificate is missing, not enabled for SMTP or expired, reported on both the event and the connector.',
    messages: {
      noCertificate: 'Event 12014: no certificate in the exports of {{server}} covers {{name}}.',
      notSmtp: 'Event 12014: {{subject}} covers {{name}} but is not enabled for SMTP.',
      expired: 'Event 12014: the certificates that cover {{name}} have expired ({{subject}}).',
      nameMissing: 'Event 12014: no exported certificate matches the TlsCertificateName of "{{connectorName}}".',
      nowPresent: 'Event 12014: {{subject}} now covers {{name}} for SMTP (an older event, or its key is unreadable).',
      linked: 'Event 12014: {{connector}} found no SMTP certificate for {{name}}.',
      onConnector: '{{Connector}} offered no STARTTLS, as event 12014{{on}} shows.',
    },
    fixes: {
      listCertificates: 'List the certificates of {{server}} with their names and services',
      enableSmtp: 'Enable certificate {{subject}} for SMTP (answer No if asked to replace the default SMTP certificate)',
      pointConnector: 'Point {{connector}} at certificate {{subject}} (-TlsCertificateName)',
      enableAgain: 'Enable certificate {{subject}} for SMTP again, so the Transport service can read its key',
    },
    sources: [
      {
        title: 'Cannot receive mail in hybrid after a new certificate (KB 2989382)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/cannot-receive-mail-with-new-certificate',
      },
      'Enable-ExchangeCertificate',
      'Set-ReceiveConnector',
      'Set-SendConnector',
    ],
  },
  checkProject(ctx) {
    const { trust, settings } = ctx;
    if (trust.connectors.length === 0) return;
    for (const ref of trust.events) {
      const e = ref.event;
      if (e.known?.family !== 'transport' || e.known.id !== 12014) continue;
      const connectorName = e.decoded.connector?.text;
      const nameValue = e.decoded.name;
      if (!connectorName || !nameValue) continue;
      const server = shortServer(e.computer);
      for (const c of connectorsFor(trust.connectors, connectorName, server)) {
        const kindLabel = c.kind === 'send-connector' ? 'send' : 'receive';
        const connector = `${kindLabel} connector "${short(c.name, 50)}"`;
        const certs = certificatesForConnector(trust, c).filter((x) => !server || !x.server || x.server === server);
        const tlsName = /<[IS]>/.test(nameValue.text) ? parseSmtpX509Identifier(nameValue.text).value : undefined;
        if (fixedSince(c, tlsName, nameValue.text, certs, settings.now)) continue;
        const name = short(tlsName ? firstRdn(tlsName.subject) : nameValue.text, 60);
        const data = {
          connector,
          connectorName: short(c.name, 50),
          Connector: connector[0].toUpperCase() + connector.slice(1),
          name,
          server: server?.toUpperCase() ?? 'this server',
          on: server ? ` on ${server.toUpperCase()}` : '',
          subject: '',
        };
        let messageId: MessageId = 'linked';
        let subject: CertificateRecord | undefined;
        const fixes: Fix<FixId>[] = [];
        const list: Fix<FixId> = { fixId: 'listCertificates', command: LIST_CERTIFICATES };
        if (certs.length > 0 && tlsName) {
          const named = certs.filter((x) => certificateMatchesName(x, tlsName));
          if (named.length === 0) {
            messageId = 'nameMissing';
            // A renewal keeps the subject and may change the issuer: the certificate to point the connector at.
            subject = certs.find(
              (x) =>
                x.subject && normalizeDn(x.subject) === normalizeDn(tlsName.subject) && (!x.services || x.services.has('smtp')) && !expired(x, settings.now),
            );
            fixes.push(list);
            if (subject?.thumbprint) {
              const cmdlet = c.kind === 'send-connector' ? 'Set-SendConnector' : 'Set-ReceiveConnector';
              fixes.unshift({
                fixId: 'pointConnector',
                command: `$c = Get-ExchangeCertificate -Thumbprint ${subject.thumbprint}; ${setCommand(cmdlet, c.obj, '-TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"')}`,
              });
            }
          } else {
            subject = named.find((x) => x.services?.has('smtp') && !expired(x, settings.now)) ?? named[0];
            messageId = subject.services && !subject.services.has('smtp') ? 'notSmtp' : expired(subject, settings.now) ? 'expired' : 'nowPresent';
          }
        } else if (certs.length > 0) {
          const covering = certs.filter((x) => x.names.some((n) => nameMatches(n, nameValue.text)));
          const usable = covering.filter((x) => (!x.services || x.services.has('smtp')) && !expired(x, settings.now));
          if (covering.length === 0) messageId = 'noCertificate';
          else if (usable.length > 0) {
            messageId = 'nowPresent';
            subject = usable[0];
          } else if (covering.some((x) => x.services && !x.services.has('smtp') && !expired(x, settings.now))) {
            messageId = 'notSmtp';
            subject = covering.find((x) => x.services && !x.services.has('smtp') && !expired(x, settings.now));
          } else {
            messageId = 'expired';
            subject = covering[0];
          }
        }
        if (subject?.thumbprint && (messageId === 'notSmtp' || messageId === 'nowPresent')) {
          const serverPart = subject.server ? ` -Server ${subject.server.toUpperCase()}` : '';
          fixes.push({
            fixId: messageId === 'notSmtp' ? 'enableSmtp' : 'enableAgain',
            command: `Enable-ExchangeCertificate -Thumbprint ${subject.thumbprint}${serverPart} -Services SMTP`,
          });
        }
        if (fixes.length === 0 || messageId === 'notSmtp') fixes.push(list);
        const fill = { ...data, subject: subject ? short(firstRdn(subject.subject ?? subject.thumbprint ?? ''), 50) : '' };
        const connectorProp = (tlsName ? c.certificateName?.prop : undefined) ?? text(c.obj, 'Fqdn')?.prop ?? text(c.obj, 'Name')?.prop;
        const connectorRange = connectorProp?.valueRange ?? c.obj.range;
        const certInfo: RelatedInformation[] = (subject ? [subject] : certs.slice(0, 4)).map((x) => ({
          uri: x.uri,
          range: x.anchor,
          message: `Certificate ${x.subject ?? x.thumbprint ?? ''}${x.services ? ` (services: ${[...x.services].join(', ') || 'none'})` : ''}`,
        }));
        ctx.report({
          uri: ref.uri,
          range: nameValue.range,
          messageId,
          data: fill,
          fix: fixes,
          relatedInformation: [{ uri: c.uri, range: connectorRange, message: `The ${connector}` }, ...certInfo],
        });
        ctx.report({
          uri: c.uri,
          range: connectorRange,
          messageId: 'onConnector',
          data: fill,
          fix: fixes,
          relatedInformation: [{ uri: ref.uri, range: nameValue.range, message: `Event 12014 logged by ${data.server}` }, ...certInfo],
        });
      }
    }
  },
});
