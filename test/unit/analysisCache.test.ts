// The language service reads each version of an editor document once: the language server prepares a document
// (protocol logs in slices) before it validates it, then answers hovers and the outline from the same analysis.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, FORMATS, type FileFormat } from '../../server/src/service';
import { bigSendLog } from '../helpers/protocolLogs';

const now = new Date('2024-06-01T00:00:00Z');
const DUMP = readFileSync('examples/hub/send-connectors.txt', 'utf8');

/** Counts the reads of one format's reader (sync and in slices) until restored. */
function countReads(id: string): { reads: () => number; restore: () => void } {
  const format = FORMATS.find((f) => f.id === id) as FileFormat & { read: FileFormat['read']; readAsync?: FileFormat['readAsync'] };
  const { read, readAsync } = format;
  let reads = 0;
  format.read = (...args) => (reads++, read(...args));
  if (readAsync) format.readAsync = (...args) => (reads++, readAsync(...args));
  return {
    reads: () => reads,
    restore: () => {
      format.read = read;
      if (readAsync) format.readAsync = readAsync;
    },
  };
}

let restore: () => void = () => undefined;
afterEach(() => restore());

describe('one read per document version', () => {
  it('a Format-List dump prepared, validated, hovered and outlined is read once; its next version once more', async () => {
    const counter = countReads('format-list');
    restore = counter.restore;
    const service = createLanguageService();
    const input = { uri: 'file:///hub/send-connectors.txt', text: DUMP, version: 1 };
    await service.prepare(input, { now });
    assert.ok(service.validate(input, { now }).length > 0);
    service.hover(input, { line: 3, character: 2 }, { now });
    service.documentSymbols(input);
    assert.equal(counter.reads(), 1);
    const edited = { ...input, text: DUMP.replace('Name', 'Name '), version: 2 };
    await service.prepare(edited, { now });
    service.validate(edited, { now });
    assert.equal(counter.reads(), 2);
  });

  it('a protocol log read in slices is not read again to be validated', async () => {
    const counter = countReads('smtp-protocol-log');
    restore = counter.restore;
    const service = createLanguageService();
    const input = { uri: 'file:///SEND20240506-1.LOG', text: bigSendLog({ size: 256 * 1024, seed: 3 }), version: 1 };
    await service.prepare(input, { now });
    service.validate(input, { now });
    assert.equal(counter.reads(), 1);
  });
});
