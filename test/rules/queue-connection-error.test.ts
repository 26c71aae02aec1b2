// Connection failures in a queue's LastError, both layouts: the time-out and "unable to connect" that a TLS failure
// on every host also ends in (KB 4051498, KB 4495258), dropped connections, authentication failures.
import { annotate } from '../helpers/annotate';
import { message, queue } from '../helpers/queues';
import { ruleTester } from '../helpers/ruleTester';

const GUID = '4520e633-d83d-411a-bbe4-6a84648674ee';
const LOG = `Set-SendConnector -Identity ${GUID} -ProtocolLoggingLevel Verbose`;
const HOST = 'contoso-mail-onmicrosoft-com.mail.protection.outlook.com';

ruleTester('queue-connection-error', {
  valid: [
    {
      name: 'a TLS failure is queue-tls-error',
      text: queue('[{LED=454 4.7.5 Certificate validation failure};{MSG=};{FQDN=};{IP=};{LRT=5/2/2019 6:32:14 AM}]'),
    },
    {
      name: 'an error Exchange does not explain',
      text: queue('[{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found};{MSG=};{FQDN=};{IP=};{LRT=5/2/2019 6:32:14 AM}]'),
    },
  ],
  invalid: [
    {
      name: '2016 layout (jaapwesselius, 2019 CU1 Edge): timed out, log the sessions to see whether TLS fails',
      text: annotate(
        queue(`[{LED=451 4.4.395 Target host responded with error. -> 421 4.4.1 Connection timed out};{MSG=};{FQDN=${HOST}};{IP=};{LRT=5/2/2019 6:32:14 AM}]`),
        'LastError',
        '421 4.4.1 Connection timed out',
        `queue-connection-error[timedOut] fixes: ${LOG} || Test-NetConnection -ComputerName ${HOST} -Port 25`,
      ),
    },
    {
      name: '2016 layout: dropped due to TimedOut (a TLS version mismatch with Exchange Online)',
      text: annotate(
        queue(
          `[{LED=451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to TimedOut};{MSG=};{FQDN=${HOST}};{IP=198.51.100.10};{LRT=8/20/2018 12:00:39 AM}]`,
        ),
        'LastError',
        '421 4.4.2 Connection dropped due to TimedOut',
        'queue-connection-error[socketError]',
      ),
    },
    {
      name: '2013 layout: Kerberos between sites (KB 979174)',
      text: annotate(
        queue(
          '[{LRT=11/4/2019 1:31:03 PM};{LED=451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 10.0.2.168:25};{FQDN=br-ex07.branch.contoso.test};{IP=10.0.2.168}]',
          { DeliveryType: 'SmtpRelayToRemoteActiveDirectorySite', NextHopDomain: 'Branch', NextHopConnector: 'bfd6c3df-5b65-4a2b-8bfb-53f1f2c0d55c' },
        ),
        'LastError',
        '454 4.7.0 Temporary authentication failure',
        'queue-connection-error[tempAuth]',
      ),
    },
    {
      name: 'plain layout (KB 4051498): unable to connect',
      text: annotate(
        queue(
          '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.',
        ),
        'LastError',
        '421 4.2.1 Unable to connect',
        `queue-connection-error[unableToConnect] fix: ${LOG}`,
      ),
    },
    {
      name: 'anonymous refused by the next hop',
      text: annotate(
        message('[{LED=530 5.7.1 Client was not authenticated};{MSG=};{FQDN=relay.fabrikam.com};{IP=};{LRT=5/2/2019 6:32:14 AM}]'),
        'LastError',
        '530 5.7.1 Client was not authenticated',
        'queue-connection-error[notAuthenticated]',
      ),
    },
  ],
});
