// Reads an SMTP protocol log larger than maxFileSize as a stream: chunks are decoded (UTF-8 or UTF-16, BOM or not)
// and fed to the engine's protocol-log stream, which reduces finished sessions to findings and drops them. The
// file is never held whole, so a folder of a day's logs (hundreds of MB) is linted in bounded memory.
import { createReadStream, promises as fs } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createProtocolLogStream, decodeBytes, detectKind, type TextInput } from '../service';

const HEAD_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

/** Chunk decoders: Node's StringDecoder (fast, keeps a character cut between chunks) where it can; TextDecoder else. */
function decoder(encoding: ReturnType<typeof decodeBytes>['encoding']): { write(b: Buffer): string; end(): string } {
  if (encoding === 'utf-16be') {
    const d = new TextDecoder('utf-16be');
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  }
  const d = new StringDecoder(encoding === 'utf-16le' ? 'utf16le' : 'utf8');
  return { write: (b) => d.write(b), end: () => d.end() };
}

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
  // A BOM reaches the engine as U+FEFF at the start of line 0, which the reader skips.
  const decode = decoder(decoded.encoding);
  const log = createProtocolLogStream(path);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) log.push(decode.write(chunk as Buffer));
  log.push(decode.end());
  const analyzed = log.end();
  return { uri: path, text: analyzed.text, size, version: 0, analyzed };
}
