// The evidence workspace through the CLI (test/fixtures/evidence/workspace-events, README there): each cross-file
// finding lands on both files, each pointing at the other (SARIF related locations), with the fix for the story.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, trustMapMarkdown } from '../../server/src/service';
import { runCli } from '../helpers/cli';

const DIR = 'test/fixtures/evidence/workspace-events';
const NOW = '2024-05-21T09:00:00Z';

type Json = { file: string; kind: string; diagnostics: { code: string; message: string; range: { start: { line: number; character: number } } }[] }[];
interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

const file = (out: Json, name: string) => out.find((f) => f.file.endsWith(name))!;
const codes = (out: Json, name: string) => file(out, name).diagnostics.map((d) => d.code);

describe('the evidence workspace through the CLI', () => {
  it('reads each file as its kind, and gives each story its findings on both sides', async () => {
    const run = await runCli(['--format', 'json', '--now', NOW, DIR]);
    const out = JSON.parse(run.stdout) as Json;
    assert.deepEqual(Object.fromEntries(out.map((f) => [f.file.split(/[\\/]/).pop(), f.kind])), {
      'EDGE01.xml': 'edge-subscription',
      'EX01-certificates.txt': 'format-list',
      'EX01-events.txt': 'event-log-text',
      'EX01-queues.txt': 'format-list',
      'EX01-receive-connectors.txt': 'format-list',
      'EX01-test-edgesync.txt': 'format-list',
      'send-connectors.txt': 'format-list',
    });
    // 1. KB 2989382: the event and the receive connector.
    assert.ok(codes(out, 'EX01-events.txt').includes('event-certificate-connector'));
    assert.ok(codes(out, 'EX01-events.txt').includes('event-starttls-certificate'));
    assert.ok(codes(out, 'EX01-receive-connectors.txt').includes('event-certificate-connector'));
    // 2. The queue and its send connector.
    assert.ok(codes(out, 'EX01-queues.txt').includes('queue-tls-connector'));
    assert.ok(codes(out, 'EX01-queues.txt').includes('queue-tls-error'));
    assert.ok(codes(out, 'send-connectors.txt').includes('queue-tls-connector'));
    // 3. The seed case: the test result and the subscription file.
    assert.ok(codes(out, 'EX01-test-edgesync.txt').includes('edgesync-failed'));
    assert.ok(codes(out, 'EX01-test-edgesync.txt').includes('edgesync-subscription'));
    assert.ok(codes(out, 'EDGE01.xml').includes('edgesync-subscription'));
    // The findings sit on the values: the name in the event, the TlsCertificateName of the connector.
    const onEvent = file(out, 'EX01-events.txt').diagnostics.find((d) => d.code === 'event-certificate-connector')!;
    assert.deepEqual(onEvent.range.start, { line: 10, character: 78 });
    const onConnector = file(out, 'EX01-receive-connectors.txt').diagnostics.find((d) => d.code === 'event-certificate-connector')!;
    assert.deepEqual(onConnector.range.start, { line: 10, character: 21 });
  });

  it('SARIF: each cross-file result points at the other file', async () => {
    const run = await runCli(['--format', 'sarif', '--now', NOW, DIR]);
    const results = (JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] }).runs[0].results;
    const pairs: [string, string, string][] = [
      ['event-certificate-connector', 'EX01-events.txt', 'EX01-receive-connectors.txt'],
      ['queue-tls-connector', 'EX01-queues.txt', 'send-connectors.txt'],
      ['edgesync-subscription', 'EX01-test-edgesync.txt', 'EDGE01.xml'],
    ];
    for (const [rule, a, b] of pairs) {
      for (const [from, to] of [
        [a, b],
        [b, a],
      ]) {
        const r = results.find((x) => x.ruleId === rule && x.locations[0].physicalLocation.artifactLocation.uri.endsWith(from));
        assert.ok(r, `${rule} on ${from}`);
        assert.ok(
          r.relatedLocations?.some((l) => l.physicalLocation.artifactLocation.uri.endsWith(to)),
          `${rule} on ${from} points at ${to}: ${JSON.stringify(r.relatedLocations)}`,
        );
      }
    }
  });

  it('the fix of each story (the engine the CLI runs)', () => {
    const inputs = readdirSync(DIR).map((f) => ({ uri: join(DIR, f), text: readFileSync(join(DIR, f), 'utf8') }));
    const project = createLanguageService().checkProject(inputs, { now: new Date(NOW) });
    const first = (name: string, rule: string) => project.get(join(DIR, name))!.find((d) => d.code === rule)!.fixes![0].command!;
    assert.match(
      first('EX01-events.txt', 'event-certificate-connector'),
      /^\$c = Get-ExchangeCertificate -Thumbprint 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B; Set-ReceiveConnector -Identity "EX01\\Default Frontend EX01"/,
    );
    assert.match(
      first('EX01-queues.txt', 'queue-tls-connector'),
      /^\$c = Get-ExchangeCertificate -Thumbprint 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B; Set-SendConnector -Identity "Outbound to Office 365 - 6f1c"/,
    );
    assert.equal(first('EX01-test-edgesync.txt', 'edgesync-subscription'), 'New-EdgeSubscription -FileName "<path>\\EDGE01.xml"');
  });
});

describe('the evidence workspace in the trust map', () => {
  it('shows the EdgeSync result, the 12014 event and the failing queue as broken links, and the subscription as broken', () => {
    const inputs = readdirSync(DIR).map((f) => ({ uri: join(DIR, f), text: readFileSync(join(DIR, f), 'utf8') }));
    const map = createLanguageService().trustMap(inputs, { now: new Date(NOW) });
    const link = (via: RegExp) => map.links.find((l) => via.test(l.via));
    assert.deepEqual(
      [link(/^Test-EdgeSynchronization: Failed$/)?.status, link(/^Test-EdgeSynchronization/)?.note, link(/^Test-EdgeSynchronization/)?.to],
      ['broken', 'no EdgeSync credentials', 'EDGE01'],
    );
    assert.deepEqual([link(/\(event 12014\)$/)?.from, link(/\(event 12014\)$/)?.status], ['EX01', 'broken']);
    assert.match(link(/\(event 12014\)$/)!.to, /^certificate <I>CN=R10/);
    assert.deepEqual([link(/^queue EX01\\4$/)?.status, link(/^queue EX01\\4$/)?.to], ['broken', 'contoso-mail-onmicrosoft-com.mail.protection.outlook.com']);
    assert.match(link(/^queue EX01\\4$/)!.note!, /^454 4\.7\.5 The certificate specified in TlsCertificateName/);
    const subscription = link(/^subscription: Edge certificate/);
    assert.equal(subscription?.status, 'broken');
    assert.match(subscription?.note ?? '', /edgesync-subscription/);
    assert.match(trustMapMarkdown(map), /Test-EdgeSynchronization: Failed/);
  });
});
