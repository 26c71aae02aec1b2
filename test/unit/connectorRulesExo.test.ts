// Exchange Online connectors (`Get-OutboundConnector | fl`, `Get-InboundConnector | fl`): read as their kinds, and the
// hybrid pair the HCW creates gives no finding. Each exo-* rule has its cases in test/rules/<id>.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, RULES, type Diagnostic, type Range } from '../../server/src/service';
import { inboundConnector, outboundConnector, renderDump, type Dump, type DumpOptions, type Props } from '../helpers/dumps';

const service = createLanguageService();
const NOW = new Date('2024-06-01T00:00:00Z');

function plain(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

interface Finding {
  code: string;
  at: Range;
}

function check(objects: Props[], expected: (d: Dump) => Finding[], options: DumpOptions = {}): Diagnostic[] {
  const d = renderDump(objects, options);
  const diags = service.validate({ uri: 'exo.txt', text: d.text }, { now: NOW });
  assert.deepEqual(
    diags.map((x) => ({ code: x.code, at: plain(x.range) })),
    expected(d).map((f) => ({ code: f.code, at: plain(f.at) })),
  );
  return diags;
}

const OUT = outboundConnector('Outbound to Contoso');
const IN = inboundConnector('Inbound from Contoso');

describe('Exchange Online connectors', () => {
  it('every exo-* rule of the registry has its RuleTester file', () => {
    const ids = RULES.map((r) => r.meta.id)
      .filter((id) => id.startsWith('exo-'))
      .sort();
    assert.deepEqual(ids, [
      'exo-domain-validation-without-tls-domain',
      'exo-on-premises-sender-identity',
      'exo-requires-on-premises',
      'exo-restrict-domains',
      'exo-smart-hosts',
      'exo-tls-certificate-without-require-tls',
      'exo-tls-domain-without-domain-validation',
    ]);
    for (const id of ids) assert.ok(existsSync(join(__dirname, '..', 'rules', `${id}.test.ts`)), `no test/rules/${id}.test.ts`);
  });
  it('healthy hybrid connectors give no findings, also wrapped at 80 columns', () => {
    check([OUT, IN], () => []);
    check([OUT, IN], () => [], { width: 80 });
  });
  it('are detected as outbound and inbound connectors', () => {
    const file = service.analyze({ uri: 'exo.txt', text: renderDump([OUT, IN]).text });
    assert.ok(file.kind === 'format-list');
    assert.deepEqual(
      (file as { objects: { kind?: string }[] }).objects.map((o) => o.kind),
      ['outbound-connector', 'inbound-connector'],
    );
  });
});
