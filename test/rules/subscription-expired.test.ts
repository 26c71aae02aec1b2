import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase, ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, PASSWORD, subscriptionLines, ticks } from '../helpers/subscription';

// Made 2024-05-14 10:30 UTC with the default Duration of one day: importable until 2024-05-15 10:30 UTC.
const MADE = new Date('2024-05-14T10:30:00Z');
const EFFECTIVE = ticks(MADE);
const LINES = elementLines(defaultSpec(MADE));
const CHECK = 'Get-EdgeSubscription -Identity "EDGE01" | Format-List Name,Site';
const NEW_FILE = 'New-EdgeSubscription -FileName "C:\\Temp\\EDGE01.xml"';

const expiredFile = (finding: string) => subscriptionLines(annotated(LINES, 'EffectiveDate', EFFECTIVE, finding));

/** `Get-SendConnector | Format-List` on a Mailbox server: the connectors New-EdgeSubscription made at import. */
const INTERNET = `
Name                   : EdgeSync - Default-First-Site-Name to Internet
Identity               : EdgeSync - Default-First-Site-Name to Internet
AddressSpaces          : {smtp:*;100}
DNSRoutingEnabled      : True
DomainSecureEnabled    : True
SmartHosts             : {}
SourceTransportServers : {EDGE01}
`;
const INBOUND = `
Name                   : EdgeSync - Inbound to Default-First-Site-Name
Identity               : EdgeSync - Inbound to Default-First-Site-Name
AddressSpaces          : {smtp:--;100}
DNSRoutingEnabled      : False
DomainSecureEnabled    : False
SmartHosts             : {--}
SmartHostAuthMechanism : ExchangeServer
SourceTransportServers : {EDGE01}
`;
const OTHER_EDGE = INTERNET.replace('{EDGE01}', '{EDGE02}') + INBOUND.replace('{EDGE01}', '{EDGE02}');

ruleTester('subscription-expired', {
  valid: [
    { name: 'one second before EffectiveDate + Duration', file: 'EDGE01.xml', now: '2024-05-15T10:29:59Z', text: subscriptionLines(LINES) },
    {
      name: 'no Duration: nothing to compute an expiry from (missing-element reports it)',
      file: 'EDGE01.xml',
      text: subscriptionLines(elementLines({ ...defaultSpec(MADE), Duration: undefined })),
    },
  ],
  invalid: [
    {
      name: 'on its own, an expired file is checked as one about to be imported: look before making a new one',
      file: 'EDGE01.xml',
      text: expiredFile(`subscription-expired[expired] fixes: ${CHECK} || ${NEW_FILE}`),
    },
    {
      name: 'exactly at EffectiveDate + Duration',
      file: 'EDGE01.xml',
      now: '2024-05-15T10:30:00Z',
      text: expiredFile('subscription-expired[expired]'),
    },
    {
      name: 'kept beside the send connector export that has its EdgeSync connectors: already imported, delete it',
      files: {
        'EDGE01.xml': expiredFile('subscription-expired[expiredImported]'),
        'send-connectors.txt': INTERNET + INBOUND,
      },
    },
    {
      name: 'subscribed with -CreateInternetSendConnector $false: only the inbound connector lists the Edge',
      files: { 'EDGE01.xml': expiredFile('subscription-expired[expiredImported]'), 'send-connectors.txt': INBOUND },
    },
    {
      name: 'a renamed EdgeSync connector still lists the Edge',
      files: {
        'EDGE01.xml': expiredFile('subscription-expired[expiredImported]'),
        'send-connectors.txt': INTERNET.replace(/EdgeSync - Default-First-Site-Name to Internet/g, 'Internet via Edge'),
      },
    },
    {
      name: 'connector exports that list other Edges only: still an import-time error',
      files: { 'EDGE01.xml': expiredFile('subscription-expired[expired]'), 'send-connectors.txt': OTHER_EDGE },
    },
  ],
});

describe('subscription-expired severity', () => {
  const now = new Date('2024-06-01T00:00:00Z');
  const finding = (files: Record<string, string>) =>
    lintCase(files, { now })
      .get('EDGE01.xml')!
      .find((d) => d.code === 'subscription-expired')!;
  it('is an error for a file on its own', () => {
    assert.equal(finding({ 'EDGE01.xml': subscriptionLines(LINES) }).severity, 'error');
  });
  it('is information, not an error, once the exports show the Edge subscribed; it links the connector', () => {
    const d = finding({ 'EDGE01.xml': subscriptionLines(LINES), 'send-connectors.txt': INTERNET + INBOUND });
    assert.equal(d.severity, 'information');
    assert.equal(d.messageId, 'expiredImported');
    assert.deepEqual(
      d.relatedInformation?.map((r) => [r.uri, r.range.start.line]),
      [
        ['send-connectors.txt', 1],
        ['send-connectors.txt', 9],
      ],
    );
    assert.equal(d.fixes, undefined, 'nothing to run: the file is only deleted');
  });
  it('stays information at most when configured as a warning', () => {
    const files = { 'EDGE01.xml': subscriptionLines(LINES), 'send-connectors.txt': INBOUND };
    const d = lintCase(files, { now, rules: { 'subscription-expired': 'warning' } })
      .get('EDGE01.xml')!
      .find((x) => x.code === 'subscription-expired')!;
    assert.equal(d.severity, 'information');
  });
  it('never shows the password', () => {
    const d = finding({ 'EDGE01.xml': subscriptionLines(LINES), 'send-connectors.txt': INBOUND });
    assert.ok(!JSON.stringify(d).includes(PASSWORD));
  });
});
