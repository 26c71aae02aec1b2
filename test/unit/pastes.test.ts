// The paste corpus (test/fixtures/pastes/, see its README): every paste gives exactly the reading and the findings its
// sidecar expects, and the VS Code client's sniffer agrees with the engine on which pastes are dumps (also on the
// clean real-shaped dumps of test/fixtures/versions/).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type AnalyzedFile } from '../../server/src/service';
import { isObjectsFile } from '../../server/src/service/document';
import { displayName } from '../../server/src/service/objects/model';
import { looksLikeExchangeDump } from '../../client/src/dumpSniffer';

const DIR = join(__dirname, '..', 'fixtures', 'pastes');
const VERSIONS = join(__dirname, '..', 'fixtures', 'versions');
const SETTINGS = { now: new Date('2024-06-01T00:00:00Z'), reportUnrecognized: true };
const service = createLanguageService();

interface Expected {
  about: string;
  kind: string;
  looksLike?: string;
  together: string[];
  objects: string[];
  findings: { line: number; character: number; code: string; messageId?: string; fix?: string; fixPart?: string }[];
}

function readExpected(file: string): Expected {
  const e: Expected = { about: '', kind: '', together: [], objects: [], findings: [] };
  for (const line of readFileSync(join(DIR, `${file}.expected`), 'utf8').split('\n')) {
    if (line.startsWith('# ')) e.about ||= line.slice(2);
    else if (line.startsWith('kind: ')) e.kind = line.slice(6);
    else if (line.startsWith('looks-like: ')) e.looksLike = line.slice(12);
    else if (line.startsWith('together: ')) e.together.push(line.slice(10));
    else if (line.startsWith('object: ')) e.objects.push(line.slice(8));
    else if (line.startsWith('finding: ')) {
      const m = /^finding: (\d+):(\d+) ([a-z0-9-]+)(?:\[(\w+)\])?(?: fix: (.*?))?(?: fix~: (.*?))?$/.exec(line);
      assert.ok(m, `${file}.expected: unreadable line: ${line}`);
      e.findings.push({ line: Number(m[1]) - 1, character: Number(m[2]) - 1, code: m[3], messageId: m[4], fix: m[5], fixPart: m[6] });
    } else assert.equal(line.trim(), '', `${file}.expected: unreadable line: ${line}`);
  }
  return e;
}

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

/** The engine reads the text as a dump: a Format-List or Format-Table text with a typed object, or a table. */
function engineSaysDump(file: AnalyzedFile): boolean {
  if (file.kind === 'event-log-text') return true;
  if (file.kind !== 'format-list' && file.kind !== 'format-table') return false;
  return isObjectsFile(file) && (file.objects.some((o) => o.kind) || (file.tables?.length ?? 0) > 0);
}

const pastes = readdirSync(DIR)
  .filter((f) => !f.endsWith('.expected') && f !== 'README.md')
  .sort();

describe('the paste corpus', () => {
  it('has at least 25 pastes, each with its expectations', () => {
    assert.ok(pastes.length >= 25, `${pastes.length} pastes`);
    const sidecars = new Set(readdirSync(DIR).filter((f) => f.endsWith('.expected')));
    for (const p of pastes) assert.ok(sidecars.has(`${p}.expected`), `${p} has no ${p}.expected`);
    for (const s of sidecars) assert.ok(pastes.includes(s.replace(/\.expected$/, '')), `${s} has no paste`);
  });

  for (const name of pastes) {
    const e = readExpected(name);
    describe(name, () => {
      it(`${e.about.slice(0, 90)}${e.about.length > 90 ? '…' : ''}`, () => {
        const inputs = [name, ...e.together].map((f) => ({ uri: f, text: read(DIR, f) }));
        const file = service.analyze(inputs[0], SETTINGS);
        assert.equal(file.kind, e.kind);
        assert.equal(file.kind === 'unknown' ? file.looksLike : undefined, e.looksLike);
        assert.deepEqual(isObjectsFile(file) ? file.objects.map((o) => `${o.kind ?? '-'} ${displayName(o)}`) : [], e.objects);
        const project = service.checkProject(inputs, SETTINGS);
        const diags = service.validate(inputs[0], SETTINGS, undefined, project.get(name));
        const got = diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
        assert.deepEqual(
          got,
          e.findings.map((f) => `${f.line + 1}:${f.character + 1} ${f.code}`),
        );
        diags.forEach((d, i) => {
          const f = e.findings[i];
          if (f.messageId) assert.equal(d.messageId, f.messageId, got[i]);
          if (f.fix) assert.equal(d.fixes?.[0]?.command, f.fix, got[i]);
          if (f.fixPart) assert.ok(d.fixes?.[0]?.command?.includes(f.fixPart), `${got[i]}: ${d.fixes?.[0]?.command}`);
          // No name-less object ends up in a command.
          for (const x of d.fixes ?? []) assert.ok(!x.command?.includes('(unnamed)'), `${got[i]}: ${x.command}`);
        });
      });
      it('the VS Code client calls it a dump exactly when the engine reads it as one', () => {
        const text = read(DIR, name);
        assert.equal(looksLikeExchangeDump(text), engineSaysDump(service.analyze({ uri: name, text }, SETTINGS)));
      });
    });
  }
});

describe('the client sniffer and the engine agree on the clean real-shaped dumps', () => {
  for (const name of readdirSync(VERSIONS).filter((f) => f.endsWith('.txt'))) {
    it(name, () => {
      const bytes = readFileSync(join(VERSIONS, name));
      // UTF-16 dumps as the editor shows them (decoded).
      const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le').replace(/^\uFEFF/, '') : bytes.toString('utf8');
      const file = service.analyze({ uri: name, text }, SETTINGS);
      assert.equal(engineSaysDump(file), true);
      assert.equal(looksLikeExchangeDump(text), true);
    });
  }
});
