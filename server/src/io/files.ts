// Finds and reads the files to lint (CLI) or to index (language server workspace). Bytes are decoded here
// (BOM, UTF-16); oversized files are only sampled.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CANDIDATE_EXTENSIONS, compareNames, decodeBytes } from '../service';

export interface InputFile {
  path: string;
  text: string;
  binary: boolean;
  /** Size in bytes on disk. */
  size: number;
  /** Named on the command line (reported even when of unknown kind). */
  explicit: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.e2e', '.vscode-test', 'dist', 'out']);
/** File name endings that may hold something this linter reads (also the editor's file watcher pattern). */
export const CANDIDATE_EXT: ReadonlySet<string> = new Set(CANDIDATE_EXTENSIONS);
const SAMPLE_BYTES = 64 * 1024;

export async function collectFiles(paths: string[]): Promise<string[] | { missing: string }> {
  const out: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      return { missing: p };
    }
    if (stat.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Candidate files under `dir`, depth first, in name order; unreadable folders are skipped. */
export async function walk(dir: string, out: string[], limit = Infinity): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const e of entries) {
    if (out.length >= limit) return;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (isWalkedDir(e.name)) await walk(full, out, limit);
    } else if (e.isFile() && isCandidate(e.name)) out.push(full);
  }
}

/** Folders the walk enters: not dependencies, build output or hidden folders (.git, .vscode). */
export function isWalkedDir(name: string): boolean {
  return !SKIP_DIRS.has(name) && !name.startsWith('.');
}

export function isCandidate(name: string): boolean {
  return CANDIDATE_EXT.has(path.extname(name).toLowerCase());
}

export async function readInput(file: string, explicit: boolean, maxFileSize: number): Promise<InputFile> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = size > maxFileSize ? SAMPLE_BYTES : size;
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, 0);
    const decoded = decodeBytes(buf);
    return { path: file, text: decoded.text, binary: decoded.binary, size, explicit };
  } finally {
    await handle.close();
  }
}
