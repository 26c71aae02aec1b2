// Get-Queue / Get-Message LastError in both layouts (Exchange 2013 [{LRT};{LED};{FQDN};{IP}], 2016 and later
// [{LED};{MSG};{FQDN};{IP};{LRT}]) and the plain SMTP response, with the TLS texts of evidence-formats.md §4.2.
import { annotate } from '../helpers/annotate';
import { message, queue } from '../helpers/queues';
import { ruleTester } from '../helpers/ruleTester';

const CERT_NOT_FOUND = '454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found';
const LIST = 'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,CertificateDomains,Services,HasPrivateKey,NotAfter';
const GUID = '4520e633-d83d-411a-bbe4-6a84648674ee';

ruleTester('queue-tls-error', {
  valid: [
    { name: 'no LastError', text: queue('', { Status: 'Active' }) },
    {
      name: 'a connection time-out is queue-connection-error',
      text: queue(
        '[{LED=451 4.4.395 Target host responded with error. -> 421 4.4.1 Connection timed out};{MSG=};{FQDN=contoso-mail-onmicrosoft-com.mail.protection.outlook.com};{IP=};{LRT=5/2/2019 6:32:14 AM}]',
      ),
    },
    {
      name: 'a Ready queue keeps an old error: not reported',
      text: queue(`[{LED=${CERT_NOT_FOUND}.};{MSG=};{FQDN=};{IP=};{LRT=5/2/2019 6:32:14 AM}]`, { Status: 'Ready' }),
    },
  ],
  invalid: [
    {
      name: '2016 layout: TlsCertificateName not found (list the certificates, then point the connector)',
      text: annotate(
        queue(`[{LED=${CERT_NOT_FOUND}.};{MSG=};{FQDN=contoso-mail-onmicrosoft-com.mail.protection.outlook.com};{IP=198.51.100.10};{LRT=5/2/2019 6:32:14 AM}]`),
        'LastError',
        CERT_NOT_FOUND,
        `queue-tls-error[certificateNameNotFound] fixes: ${LIST} || $c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-SendConnector -Identity ${GUID} -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"`,
      ),
    },
    {
      name: '2013 layout: STARTTLS required, inside the failover text',
      text: annotate(
        queue(
          '[{LRT=11/4/2019 1:31:03 PM};{LED=451 4.4.0 Primary target IP address responded with: "451 5.7.3 STARTTLS is required to send mail." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 10.0.2.168:25};{FQDN=br-ex07.branch.contoso.test};{IP=10.0.2.168}]',
          { DeliveryType: 'DnsConnectorDelivery', NextHopDomain: 'branch.contoso.test' },
        ),
        'LastError',
        '5.7.3 STARTTLS is required to send mail',
        `queue-tls-error[starttlsRequired] fix: Get-SendConnector -Identity ${GUID} | Format-List Name,RequireTLS,TlsAuthLevel,TlsDomain,SmartHosts`,
      ),
    },
    {
      name: 'plain layout (Queue Viewer, KB texts): the hybrid proxy failure of KB 2989382',
      text: annotate(
        queue(
          `450 4.4.101 Proxy session setup failed on Frontend with '451 4.4.0 Primary target IP address responded with "451 5.7.3 STARTTLS is required to send mail." Attempted failover to alternate host, but that did not succeed.'.`,
        ),
        'LastError',
        '5.7.3 STARTTLS is required to send mail',
        'queue-tls-error[starttlsRequired]',
      ),
    },
    {
      name: 'the TLS channel refused (Exchange Online, UntrustedRoot)',
      text: annotate(
        queue('[{LED=454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied};{MSG=};{FQDN=};{IP=};{LRT=5/2/2019 6:32:14 AM}]'),
        'LastError',
        '454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied',
        `queue-tls-error[tlsChannel] fixes: ${LIST} || Get-SendConnector -Identity ${GUID} | Format-List Name,TlsCertificateName,TlsAuthLevel,TlsDomain`,
      ),
    },
    {
      name: 'certificate validation failure, with TlsDomain',
      text: annotate(
        queue('[{LED=454 4.7.5 Certificate validation failure};{MSG=};{FQDN=mx.fabrikam.com};{IP=203.0.113.7};{LRT=5/2/2019 6:32:14 AM}]'),
        'LastError',
        '454 4.7.5 Certificate validation failure',
        'queue-tls-error[certificateValidation]',
      ),
    },
    {
      name: 'STARTTLS demanded by the next hop',
      text: annotate(
        queue('[{LED=530 5.7.0 Must issue a STARTTLS command first};{MSG=};{FQDN=mx.fabrikam.com};{IP=};{LRT=5/2/2019 6:32:14 AM}]'),
        'LastError',
        '530 5.7.0 Must issue a STARTTLS command first',
        'queue-tls-error[mustStarttls]',
      ),
    },
    {
      name: 'the default SMTP certificate cannot be loaded (Hub to Edge)',
      text: annotate(
        queue(
          '[{LED=451 5.7.3 Cannot load Internal Transport Certificate. Exchange Server authentication failed.};{MSG=};{FQDN=edge01.contoso.com};{IP=};{LRT=5/2/2019 6:32:14 AM}]',
          {
            DeliveryType: 'SmtpRelayWithinAdSiteToEdge',
            NextHopDomain: 'EdgeSync - Default-First-Site-Name to Internet',
          },
        ),
        'LastError',
        '451 5.7.3 Cannot load Internal Transport Certificate',
        'queue-tls-error[internalCertificate] fix: Get-ExchangeCertificate -Thumbprint (Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint | Format-List Thumbprint,Subject,Status,HasPrivateKey,NotAfter,Services',
      ),
    },
    {
      name: 'TLS negotiation failed with UnknownCredentials: enable the certificate for SMTP',
      text: annotate(
        queue('[{LED=TLS negotiation failed with error UnknownCredentials};{MSG=};{FQDN=};{IP=};{LRT=5/2/2019 6:32:14 AM}]'),
        'LastError',
        'TLS negotiation failed with error UnknownCredentials',
        `queue-tls-error[tlsNegotiation] fixes: ${LIST} || Enable-ExchangeCertificate -Thumbprint "<thumbprint>" -Services SMTP`,
      ),
    },
    {
      name: 'Get-Message | fl: the same texts on a message, no connector to name',
      text: annotate(
        message(`[{LED=${CERT_NOT_FOUND}.};{MSG=};{FQDN=};{IP=};{LRT=5/2/2019 6:32:14 AM}]`),
        'LastError',
        CERT_NOT_FOUND,
        `queue-tls-error[certificateNameNotFound] fixes: ${LIST}`,
      ),
    },
    {
      name: 'a LastError wrapped over two lines at the console width',
      text: queue('').replace(
        'LastError                        :',
        [
          'LastError                        : [{LED=454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could',
          '#                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ queue-tls-error[certificateNameNotFound]',
          '                                   not be found.};{MSG=};{FQDN=};{IP=};{LRT=5/2/2019 6:32:14 AM}]',
        ].join('\n'),
      ),
    },
  ],
});
