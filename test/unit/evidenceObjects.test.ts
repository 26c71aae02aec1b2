// Test-EdgeSynchronization, Start-EdgeSynchronization, Get-Queue and Get-Message output read with the object model:
// kinds in Format-List, Export-Clixml and ConvertTo-Json; hovers that decode statuses, LastError (both layouts)
// and FailureDetail; outline names.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { message, queue } from '../helpers/queues';

const service = createLanguageService();
const EDGESYNC = 'test/fixtures/evidence/edgesync';
const noCredentials = readFileSync(`${EDGESYNC}/02-test-edgesynchronization-fl-nocredentials.derived.txt`, 'utf8');

function hoverAt(text: string, lineStart: string, needle: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith(lineStart));
  return service.hover({ uri: 'x.txt', text }, { line, character: lines[line].indexOf(needle) + 1 });
}

describe('evidence objects: kinds', () => {
  it('Format-List output of the four cmdlets', () => {
    const kinds = (text: string) => (service.analyze({ uri: 'x.txt', text }) as ObjectsFile).objects.map((o) => o.kind);
    assert.deepEqual(kinds(noCredentials), ['edgesync-result']);
    assert.deepEqual(kinds(readFileSync(`${EDGESYNC}/20-start-edgesynchronization-incomplete.reconstructed.txt`, 'utf8')), ['edgesync-sync']);
    assert.deepEqual(kinds(queue('') + message('')), ['queue', 'queued-message']);
    // A partial Format-List with one property only a queue has.
    assert.deepEqual(kinds('\nIdentity      : EX01\\4\nNextHopDomain : contoso.com\nStatus        : Retry\nLastError     : 421 4.4.1 Connection timed out\n'), [
      'queue',
    ]);
  });

  it('Export-Clixml: by the class or its base class (the queue cmdlets return subclasses)', () => {
    const clixml = (types: string[], props: string) =>
      `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><TN RefId="0">${types.map((t) => `<T>${t}</T>`).join('')}</TN><Props>${props}</Props></Obj></Objs>`;
    const kind = (text: string) => (service.analyze({ uri: 'x.xml', text }) as ObjectsFile).objects[0]?.kind;
    assert.equal(
      kind(
        clixml(['Deserialized.Microsoft.Exchange.EdgeSync.Validation.EdgeSubscriptionStatus', 'Deserialized.System.Object'], '<S N="SyncStatus">Normal</S>'),
      ),
      'edgesync-result',
    );
    assert.equal(
      kind(
        clixml(
          [
            'Deserialized.Microsoft.Exchange.Data.QueueViewer.SomeQueueInfo',
            'Deserialized.Microsoft.Exchange.Data.QueueViewer.ExtensibleQueueInfo',
            'Deserialized.System.Object',
          ],
          '<S N="Identity">EX01\\4</S>',
        ),
      ),
      'queue',
    );
    assert.equal(kind(clixml(['Deserialized.Microsoft.Exchange.Data.QueueViewer.ExtensibleMessageInfo'], '<S N="Identity">EX01\\4\\1</S>')), 'queued-message');
    assert.equal(kind(clixml(['Deserialized.Microsoft.Exchange.EdgeSync.Status', 'Deserialized.System.Object'], '<S N="Result">Success</S>')), 'edgesync-sync');
    // Another class named Status is not an EdgeSync result.
    assert.equal(kind(clixml(['Deserialized.Microsoft.Exchange.Data.Status'], '<S N="Result">Success</S>')), undefined);
  });

  it('ConvertTo-Json: by the property names', () => {
    const json = JSON.stringify([
      {
        SyncStatus: 'Failed',
        Name: 'EDGE01',
        LeaseType: 'None',
        FailureDetail: 'The LDAP server is unavailable.',
        LastSynchronizedUtc: '/Date(-62135596800000)/',
      },
    ]);
    const file = service.analyze({ uri: 'x.json', text: json }) as ObjectsFile;
    assert.equal(file.objects[0].kind, 'edgesync-result');
    assert.deepEqual(
      service
        .validate({ uri: 'x.json', text: json }, { now: new Date('2024-05-06T09:00:00Z') })
        .filter((d) => d.code === 'edgesync-failed')
        .map((d) => d.messageId),
      ['ldapUnavailable'],
    );
  });
});

describe('evidence objects: hovers', () => {
  it('SyncStatus and the area statuses show what each value means', () => {
    const h = hoverAt(noCredentials, 'SyncStatus', 'Failed');
    assert.match(h!.contents, /\*\*SyncStatus\*\* · EdgeSync test result "EDGE01"/);
    assert.match(h!.contents, /\*\*✓ Failed = \d+\*\*: EdgeSync could not connect/);
    assert.match(hoverAt(noCredentials, 'SendConnectorStatus', 'Skipped')!.contents, /Only -FullCompareMode compares objects/i);
  });
  it('FailureDetail: what it means', () => {
    assert.match(hoverAt(noCredentials, 'FailureDetail', 'EdgeSync')!.contents, /joined the site after the subscription/);
  });
  it('LastError, Exchange 2013 layout: the parts, the status code, what the response means', () => {
    const text = queue(
      '[{LRT=11/4/2019 1:31:03 PM};{LED=451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure." Attempted failover to alternate host, but that did not succeed.};{FQDN=br-ex07.branch.contoso.test};{IP=10.0.2.168}]',
    );
    const h = hoverAt(text, 'LastError', '[{LRT')!.contents;
    assert.match(h, /Exchange 2013 layout/);
    assert.match(h, /- LRT \(last retry time\): `11\/4\/2019 1:31:03 PM`/);
    assert.match(h, /- FQDN \(next hop host\): `br-ex07\.branch\.contoso\.test`/);
    assert.match(h, /SMTP status 451 4\.4\.0: temporary, Exchange retries/);
    assert.match(h, /Kerberos/);
  });
  it('LastError, Exchange 2016 layout', () => {
    const text = message('[{LED=454 4.7.5 Certificate validation failure};{MSG=};{FQDN=mx.fabrikam.com};{IP=203.0.113.7};{LRT=5/2/2019 6:32:14 AM}]');
    const h = hoverAt(text, 'LastError', '[{LED')!.contents;
    assert.match(h, /Exchange 2016 and later layout/);
    assert.match(h, /- MSG \(message\): `\(empty\)`/);
    assert.match(h, /TlsAuthLevel/);
  });
});

describe('evidence objects: outline', () => {
  it('names each result, synchronization and queue by what it is about', () => {
    const names = (text: string) => service.documentSymbols({ uri: 'x.txt', text }).map((s) => s.name);
    assert.deepEqual(names(noCredentials), ['EDGE01: Failed']);
    assert.deepEqual(names(queue('')), ['EX01\\4 → contoso-mail-onmicrosoft-com.mail.protection.outlook.com (Retry)']);
    assert.deepEqual(names(message('')), ['EX01\\4\\25769803777 (Retry)']);
  });
});
