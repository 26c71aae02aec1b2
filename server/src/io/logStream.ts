// Reads an SMTP protocol log larger than maxFileSize as a stream: chunks are decoded (UTF-8 or UTF-16, BOM or not)
// and fed to the engine's protocol-log stream, which reduces finished sessions to findings and drops them. The
// file is never held whole, so a folder of a day's logs (hundreds of MB) is linted in bounded memory.
import { createReadStream, promises as fs } from 'node:fs';
import { createProtocolLogStream, decodeBytes, detectKind, type TextInput } from '../service';

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

const DECODER_LABEL = { 'utf-8': 'utf-8', 'utf-8-bom': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be' } as const;

/**
 * The analysis of `path` when it is a protocol log larger than `maxFileSize`, read as a stream; undefined for any
 * other file (those are read whole, or sampled when too large, as before).
 */
export async function streamProtocolLog(path: string, maxFileSize: number): Promise<TextInput | undefined> {
  const handle = await fs.open(path, 'r');
  let size: number;
  let head: Buffer;
  try {
    size = (await handle.stat()).size;
    if (size <= maxFileSize) return undefined;
    head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const decoded = decodeBytes(head);
  if (decoded.binary || detectKind(decoded.text, path) !== 'smtp-protocol-log') return undefined;
  // TextDecoder drops a leading BOM itself, and keeps a character cut between two chunks for the next one.
  const decoder = new TextDecoder(DECODER_LABEL[decoded.encoding]);
  const log = createProtocolLogStream(path);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) log.push(decoder.decode(chunk as Buffer, { stream: true }));
  log.push(decoder.decode());
  const analyzed = log.end();
  return { uri: path, text: analyzed.text, size, version: 0, analyzed };
}
