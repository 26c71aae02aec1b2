// Events 12014, 12016, 12018 in every layout: Event Viewer text (with and without its XML), Get-WinEvent | fl,
// Get-EventLog | fl; 12014 with an FQDN (Exchange 2010) and with a TlsCertificateName (2013 and later, KB 2989382).
import { readFileSync } from 'node:fs';
import { annotate } from '../helpers/annotate';
import { eventLog, text12014, viewer, winEvent } from '../helpers/events';
import { ruleTester } from '../helpers/ruleTester';

const DIR = 'test/fixtures/evidence/events';
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const LIST = 'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,CertificateDomains,Services,Status,NotAfter';
const ENABLE = 'Enable-ExchangeCertificate -Thumbprint "<thumbprint>" -Services SMTP';
const NAME = "<I>CN=R10, O=Let's Encrypt, C=US<S>CN=mail.contoso.com";
const POINT =
  '$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-ReceiveConnector -Identity "EX01\\Default Frontend EX01" -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"';

ruleTester('event-starttls-certificate', {
  valid: [
    {
      name: 'the same ID from another provider is another event',
      text: viewer({ source: 'MSExchangeIS', id: 12014, description: 'Something else entirely.' }),
    },
    {
      name: 'event 12015 belongs to event-internal-certificate',
      text: viewer({
        source: 'MSExchangeTransport',
        id: 12015,
        description: 'An internal transport certificate expired. Thumbprint:3C1A77D0B6F4E2A19C8D5E6F7A8B9C0D1E2F3A4B',
      }),
    },
  ],
  invalid: [
    {
      name: 'Event Viewer text (the Exchange 2010 Edge sample): the FQDN, list then enable',
      text: annotate(
        read('12014-edge-e2010-receive-connector-fqdn.reconstructed.txt'),
        'Microsoft Exchange',
        'mail1.contoso.test',
        `event-starttls-certificate[missing] fixes: ${LIST} || ${ENABLE}`,
      ),
    },
    {
      name: 'Get-WinEvent | fl at 120 columns',
      text: annotate(
        winEvent({ source: 'MSExchangeFrontEndTransport', id: 12014, description: text12014('smtp.contoso.com', 'Default Frontend EX01', 'smtp.contoso.com') }),
        'Message',
        'smtp.contoso.com',
        'event-starttls-certificate[missing]',
      ),
    },
    {
      name: 'Get-EventLog | fl (InstanceId with the severity bits)',
      text: annotate(
        eventLog({
          source: 'MSExchangeTransport',
          id: 12014,
          instanceId: 3221237486,
          description: text12014('mail.contoso.com', 'Default EX02', 'mail.contoso.com'),
          replacementStrings: ['mail.contoso.com', 'Default EX02', 'mail.contoso.com'],
        }),
        'Message',
        'mail.contoso.com',
        'event-starttls-certificate[missing]',
      ),
    },
    {
      name: 'a TlsCertificateName (KB 2989382), Event Viewer with its XML: point the connector at an installed certificate',
      text: annotate(
        read('12014-frontend-tlscertificatename-viewer-xml.txt'),
        'Microsoft Exchange',
        NAME,
        `event-starttls-certificate[missingName] fixes: ${LIST} || ${POINT}`,
      ),
    },
    {
      name: 'the description cut after its first sentence: the connector from the XML insertion strings',
      text: annotate(
        read('12014-cut-description-viewer-xml.txt'),
        'Microsoft Exchange',
        NAME,
        `event-starttls-certificate[missingName] fixes: ${LIST} || ${POINT}`,
      ),
    },
    {
      name: 'empty insertion strings (as some copies show): the event itself',
      text: annotate(
        viewer({ source: 'MSExchangeFrontEndTransport', id: 12014, description: text12014('', '', '') }),
        'Event ID',
        '12014',
        `event-starttls-certificate[missingUnnamed] fix: ${LIST}`,
      ),
    },
    {
      name: '12016 and 12018 among several events of one paste',
      text: annotate(
        annotate(read('several-events-viewer.txt'), 'There is no valid', 'edge01.contoso.com', `event-starttls-certificate[expired] fix: ${LIST}`),
        'The STARTTLS certificate',
        'CN=mail.contoso.com',
        'event-starttls-certificate[expiring] fix: Get-ExchangeCertificate -Thumbprint 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B | Format-List Subject,Issuer,NotAfter,Services',
      ),
    },
  ],
});
