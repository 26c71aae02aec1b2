// Get-Queue and Get-Message objects as Format-List prints them (Exchange 2016/2019 property set; the order is
// the documented one and is not relied on), with the LastError given in either layout.

const QUEUE: [string, string][] = [
  ['RunspaceId', '0f0f0f0f-1111-2222-3333-444444444444'],
  ['DeliveryType', 'SmartHostConnectorDelivery'],
  ['NextHopDomain', 'contoso-mail-onmicrosoft-com.mail.protection.outlook.com'],
  ['TlsDomain', ''],
  ['NextHopConnector', '4520e633-d83d-411a-bbe4-6a84648674ee'],
  ['Status', 'Retry'],
  ['MessageCount', '12'],
  ['LastError', ''],
  ['RetryCount', '3'],
  ['LastRetryTime', '5/2/2019 6:32:14 AM'],
  ['NextRetryTime', '5/2/2019 6:42:14 AM'],
  ['FirstRetryTime', '5/2/2019 6:12:01 AM'],
  ['DeferredMessageCount', '0'],
  ['LockedMessageCount', '0'],
  ['MessageCountsPerPriority', '{0, 12, 0, 0}'],
  ['DeferredMessageCountsPerPriority', '{0, 0, 0, 0}'],
  ['RiskLevel', 'Normal'],
  ['OutboundIPPool', '0'],
  ['NextHopCategory', 'External'],
  ['IncomingRate', '0'],
  ['OutgoingRate', '0'],
  ['Velocity', '0'],
  ['OverrideSource', ''],
  ['Identity', 'EX01\\4'],
  ['PriorityDescriptions', '{High, Normal, Low, None}'],
];

const MESSAGE: [string, string][] = [
  ['RunspaceId', '0f0f0f0f-1111-2222-3333-444444444444'],
  ['Subject', 'Quarterly report'],
  ['Identity', 'EX01\\4\\25769803777'],
  ['FromAddress', 'kate@contoso.com'],
  ['Status', 'Retry'],
  ['Size', '21.54 KB (22,061 bytes)'],
  ['MessageSourceName', 'SMTP:Default EX01'],
  ['SourceIP', '10.0.1.21'],
  ['SCL', '-1'],
  ['DateReceived', '5/2/2019 6:11:58 AM'],
  ['ExpirationTime', '5/4/2019 6:11:58 AM'],
  ['LastError', ''],
  ['RetryCount', '3'],
  ['Recipients', '{chris@fabrikam.com;2;2;[{LRT=};{LED=};{FQDN=};{IP=}];0;CN=Outbound to Fabrikam}'],
  ['InternetMessageId', '<4867a3d78a50438bad95c0f6d072fca5@EX01.contoso.com>'],
  ['Queue', 'EX01\\4'],
  ['Priority', 'Normal'],
];

/** Format-List lines of an object, some values replaced (a value of `undefined` drops the line). */
function fl(props: [string, string][], changes: Record<string, string | undefined>): string[] {
  const width = Math.max(...props.map(([n]) => n.length));
  return props
    .filter(([n]) => !(n in changes) || changes[n] !== undefined)
    .map(([n, v]) => {
      const value = n in changes ? changes[n]! : v;
      return `${n.padEnd(width)} :${value === '' ? '' : ` ${value}`}`;
    });
}

/** A `Get-Queue | Format-List` object; `lastError` may hold annotation lines after the value. */
export function queue(lastError: string, changes: Record<string, string | undefined> = {}): string {
  return '\n' + fl(QUEUE, { LastError: lastError, ...changes }).join('\n') + '\n';
}

/** A `Get-Message | Format-List` object. */
export function message(lastError: string, changes: Record<string, string | undefined> = {}): string {
  return '\n' + fl(MESSAGE, { LastError: lastError, ...changes }).join('\n') + '\n';
}

/** The prefix of the LastError line of a queue (for annotations). */
export const QUEUE_LAST_ERROR = 'LastError                        : ';
export const MESSAGE_LAST_ERROR = 'LastError         : ';
