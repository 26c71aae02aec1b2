// Transport events about TLS and authentication between servers, from the samples (KB 979174's 1035, the 2004 of
// Exchange Online's UntrustedRoot) and in Get-WinEvent | fl.
import { readFileSync } from 'node:fs';
import { annotate } from '../helpers/annotate';
import { viewer, winEvent } from '../helpers/events';
import { ruleTester } from '../helpers/ruleTester';

const DIR = 'test/fixtures/evidence/events';
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const T2015 =
  "Send connector Partner TLS couldn't connect to remote domain fabrikam.example. The send connector requires Transport Layer Security (TLS) authentication, but is unable to establish TLS with the receiving server for the remote domain. Check this connector's authentication setting and the EHLO response from the remote server mx1.fabrikam.example.";

ruleTester('event-transport-tls', {
  valid: [
    {
      name: '2004 with a non-TLS response says nothing',
      text: viewer({
        source: 'MSExchangeTransport',
        id: 2004,
        level: 'Information',
        description:
          'Send connector Outbound to Office 365: Message delivery was not successful. The message with message ID <a@b> was acknowledged with SMTP response 550 5.1.10 Recipient not found.',
      }),
    },
    { name: 'EdgeSync 1035 is event-edgesync', text: viewer({ source: 'MSExchange EdgeSync', id: 1035, description: 'EdgeSync failed to synchronize.' }) },
  ],
  invalid: [
    {
      name: '1035 ExchangeAuth IllegalMessage (KB 979174, Event Type / Event Source layout)',
      text: annotate(read('1035-receive-exchangeauth-illegalmessage.reconstructed.txt'), 'Description', 'IllegalMessage', 'event-transport-tls[receiveAuth]'),
    },
    {
      name: '2004 UntrustedRoot (no Source line in the copy)',
      text: annotate(
        read('2004-send-untrustedroot-o365.reconstructed.txt'),
        'Send connector',
        '454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied',
        'event-transport-tls[sendAck] fixes: Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,CertificateDomains,Services,Status,NotAfter || Get-SendConnector -Identity "Outbound to Office 365" | Format-List Name,RequireTLS,TlsAuthLevel,TlsDomain,TlsCertificateName',
      ),
    },
    {
      name: '2015 through Get-WinEvent | fl: the remote domain',
      text: annotate(
        winEvent({ source: 'MSExchangeTransport', id: 2015, description: T2015 }),
        'Message',
        'fabrikam.example',
        'event-transport-tls[sendTlsRequired] fix: Get-SendConnector -Identity "Partner TLS" | Format-List Name,RequireTLS,TlsAuthLevel,TlsDomain,TlsCertificateName',
      ),
    },
    {
      name: '2017 LogonDenied between sites',
      text: annotate(
        viewer({
          source: 'MSExchangeTransport',
          id: 2017,
          task: 'SmtpSend',
          description:
            'Outbound authentication failed with error LogonDenied for Send connector Intra-Organization SMTP Send Connector. The authentication mechanism is ExchangeAuth. The target is SMTPSVC/br-ex07.branch.contoso.test.',
        }),
        'Outbound',
        'LogonDenied',
        'event-transport-tls[sendAuth]',
      ),
    },
    {
      name: '1032 with the connector from the XML: show its TLS settings',
      text: annotate(
        viewer({
          source: 'MSExchangeTransport',
          id: 1032,
          task: 'SmtpReceive',
          computer: 'EDGE01',
          description: 'The Receive connector requires TLS.',
          data: ['Partner Inbound'],
        }),
        '    <Data>',
        'Partner Inbound',
        'event-transport-tls[receiveTlsRequired] fix: Get-ReceiveConnector -Identity "EDGE01\\Partner Inbound" | Format-List Name,RequireTLS,AuthMechanism,Fqdn,TlsCertificateName',
      ),
    },
    {
      name: '11015 Domain Security',
      text: annotate(
        viewer({
          source: 'MSExchangeTransport',
          id: 11015,
          description:
            "A message from domain-secured domain 'fabrikam.com' on connector 'Partner Inbound' failed to authenticate because the Transport Layer Security (TLS) certificate does not contain the domain name.",
        }),
        'A message',
        'fabrikam.com',
        'event-transport-tls[domainSecurity]',
      ),
    },
  ],
});
