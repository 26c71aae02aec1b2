// The shared corpus samples (copied to test/fixtures/evidence with their provenance) give the findings their
// stories say. The queue sample holds LastError lines in three shapes: each is put into a Get-Queue object.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, type Diagnostic } from '../../server/src/service';
import { queue } from '../helpers/queues';

const service = createLanguageService();
const DIR = 'test/fixtures/evidence';
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const EVIDENCE = /^(event|edgesync|queue)-/;

function findings(file: string, text = read(file), now = '2024-05-06T09:00:00Z'): Diagnostic[] {
  return service.validate({ uri: file, text }, { now: new Date(now) }).filter((d) => EVIDENCE.test(d.code));
}
const ids = (ds: Diagnostic[]) => ds.map((d) => `${d.code}[${d.messageId}]`);

describe('the evidence samples give the findings their stories say', () => {
  it('events/12014 (Edge, Exchange 2010): no certificate for mail1.contoso.test on the internal receive connector, with the fix', () => {
    const [d] = findings('events/12014-edge-e2010-receive-connector-fqdn.reconstructed.txt');
    assert.equal(`${d.code}[${d.messageId}]`, 'event-starttls-certificate[missing]');
    assert.match(d.message, /mail1\.contoso\.test/);
    assert.match(d.message, /Default internal receive connector EDGE01/);
    assert.deepEqual(
      d.fixes?.map((f) => f.command),
      [
        'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,CertificateDomains,Services,Status,NotAfter',
        'Enable-ExchangeCertificate -Thumbprint "<thumbprint>" -Services SMTP',
      ],
    );
  });

  it('events/1035 (KB 979174): ExchangeAuth failing with IllegalMessage on Default EX02', () => {
    assert.deepEqual(ids(findings('events/1035-receive-exchangeauth-illegalmessage.reconstructed.txt')), ['event-transport-tls[receiveAuth]']);
  });

  it('events/2004: Exchange Online refused the TLS channel (UntrustedRoot) on Outbound to Office 365', () => {
    const ds = findings('events/2004-send-untrustedroot-o365.reconstructed.txt');
    assert.deepEqual(ids(ds), ['event-transport-tls[sendAck]']);
    assert.match(ds[0].message, /UntrustedRoot/);
  });

  it('edgesync/01: Normal gives nothing while it is recent, and edgesync-stale once it is old', () => {
    assert.deepEqual(ids(findings('edgesync/01-test-edgesynchronization-fl-normal.derived.txt')), []);
    assert.deepEqual(ids(findings('edgesync/01-test-edgesynchronization-fl-normal.derived.txt', undefined, '2024-06-01T00:00:00Z')), [
      'edgesync-stale[oldResult]',
    ]);
  });

  it('edgesync/02 (the seed case): no credentials, re-subscribe without removing first', () => {
    const ds = findings('edgesync/02-test-edgesynchronization-fl-nocredentials.derived.txt');
    assert.deepEqual(ids(ds), ['edgesync-failed[noCredentials]']);
    const titles = ds[0].fixes!.map((f) => f.title);
    assert.match(titles[0], /make a new subscription file/);
    assert.match(titles[2], /^Only if the import is refused: remove the subscription.*deletes the Send connectors sourced only on EDGE01/);
    assert.match(ds[0].fixes![2].command!, /^Remove-EdgeSubscription -Identity EDGE01; New-EdgeSubscription -FileData/);
  });

  it('edgesync/20 (KB 4052493): Start-EdgeSynchronization Incomplete', () => {
    assert.deepEqual(ids(findings('edgesync/20-start-edgesynchronization-incomplete.reconstructed.txt')), ['edgesync-start-failed[incomplete]']);
  });

  it('queue/lasterror-formats: each LastError in a Get-Queue object gives its finding', () => {
    const lines = read('queue/lasterror-formats.reconstructed.txt')
      .split(/\r?\n/)
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.replace(/^LastError\s*:\s*/, ''));
    const got = lines.map((l) => ids(findings('queue.txt', queue(l))));
    assert.deepEqual(got, [
      // (A) Exchange 2013: Temporary authentication failure (Kerberos between sites).
      ['queue-connection-error[tempAuth]'],
      // (B) Exchange 2016/2019: timed out; dropped due to TimedOut.
      ['queue-connection-error[timedOut]'],
      ['queue-connection-error[socketError]'],
      // (C) the plain responses of the KBs.
      ['queue-connection-error[timedOut]'],
      ['queue-connection-error[unableToConnect]'],
      ['queue-connection-error[tempAuth]'],
      ['queue-tls-error[starttlsRequired]'],
      ['queue-tls-error[certificateNameNotFound]'],
    ]);
  });
});
