import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase, ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, subscriptionLines, ticks } from '../helpers/subscription';

// Made 2024-05-14 10:30 UTC with the default Duration of one day: the import refuses it from 10:25 UTC next day.
const MADE = new Date('2024-05-14T10:30:00Z');
const LINES = elementLines(defaultSpec(MADE));
const CHECK = 'Get-EdgeSubscription -Identity "EDGE01" | Format-List Name,Site';
const NEW_FILE = 'New-EdgeSubscription -FileName "C:\\Temp\\EDGE01.xml"';
const expiringFile = (finding: string) => subscriptionLines(annotated(LINES, 'EffectiveDate', ticks(MADE), finding));
const INBOUND = `
Name                   : EdgeSync - Inbound to Default-First-Site-Name
Identity               : EdgeSync - Inbound to Default-First-Site-Name
AddressSpaces          : {smtp:--;100}
DNSRoutingEnabled      : False
SmartHosts             : {--}
SmartHostAuthMechanism : ExchangeServer
SourceTransportServers : {EDGE01}
`;

ruleTester('subscription-expiring', {
  valid: [
    { name: 'exactly 5 minutes left', file: 'EDGE01.xml', now: '2024-05-15T10:25:00Z', text: subscriptionLines(LINES) },
    { name: 'expired (subscription-expired reports it)', file: 'EDGE01.xml', now: '2024-05-15T10:30:00Z', text: subscriptionLines(LINES) },
  ],
  invalid: [
    {
      name: 'under 5 minutes left: look first, then make a new file',
      file: 'EDGE01.xml',
      now: '2024-05-15T10:26:00Z',
      text: expiringFile(`subscription-expiring[expiring] fixes: ${CHECK} || ${NEW_FILE}`),
    },
    {
      name: 'one second left',
      file: 'EDGE01.xml',
      now: '2024-05-15T10:29:59Z',
      text: expiringFile('subscription-expiring[expiring]'),
    },
    {
      name: 'the exports show the Edge subscribed already',
      now: '2024-05-15T10:26:00Z',
      files: { 'EDGE01.xml': expiringFile('subscription-expiring[expiringImported]'), 'send-connectors.txt': INBOUND },
    },
  ],
});

describe('subscription-expiring severity', () => {
  const now = new Date('2024-05-15T10:26:00Z');
  const finding = (files: Record<string, string>) =>
    lintCase(files, { now })
      .get('EDGE01.xml')!
      .find((d) => d.code === 'subscription-expiring')!;
  it('is an error, like subscription-expired: the import refuses the file either way', () => {
    assert.equal(finding({ 'EDGE01.xml': subscriptionLines(LINES) }).severity, 'error');
  });
  it('is information once the exports show the Edge subscribed', () => {
    assert.equal(finding({ 'EDGE01.xml': subscriptionLines(LINES), 'send-connectors.txt': INBOUND }).severity, 'information');
  });
});
