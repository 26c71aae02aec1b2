// The files of the open workspace folders, closed ones included, for cross-file rules and workspace
// diagnostics. Read from disk at start and when the client's file watchers report changes; an open
// document's text replaces its file's. The index holds only what the CLI's walk of the same folders would
// lint: files inside the folders, outside dependency, build and hidden folders, holding Exchange content.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { DEFAULT_SETTINGS, holdsKnownContent, type LanguageService, type LintSettings, type TextInput } from '../service';
import { isCandidate, isWalkedDir, readInput, walk } from '../io/files';

/** Enough for any estate's exports; a folder with more candidates is indexed up to this many. */
const MAX_FILES = 5000;

export class WorkspaceFiles {
  private readonly disk = new Map<string, TextInput>();
  private version = 1;
  /** File system paths of the workspace folders (file: URIs only). */
  private roots: string[] = [];

  /** @param lint the settings cross-file checks use, so the analysis made here is the one they reuse */
  constructor(
    private readonly service: LanguageService,
    private readonly lint: () => Omit<LintSettings, 'now'> | undefined,
  ) {}

  /** Indexes every candidate file under the folders (file: URIs) afresh: files gone since are dropped. */
  async scan(folderUris: string[]): Promise<number> {
    this.roots = folderUris
      .map((f) => URI.parse(f))
      .filter((u) => u.scheme === 'file')
      .map((u) => u.fsPath);
    const paths: string[] = [];
    for (const root of this.roots) await walk(root, paths, MAX_FILES);
    const seen = new Set<string>();
    for (const p of paths) {
      const uri = URI.file(p).toString();
      seen.add(uri);
      await this.read(uri, p);
    }
    for (const uri of [...this.disk.keys()]) if (!seen.has(uri)) this.forget(uri);
    return this.disk.size;
  }

  /** Whether a path is one the folder walk covers (inside a folder, not under node_modules, .git and the like). */
  covers(fsPath: string): boolean {
    return this.roots.some((root) => {
      const rel = path.relative(root, fsPath);
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return rel.split(path.sep).slice(0, -1).every(isWalkedDir);
    });
  }

  /** (Re)reads one file; forgets it when it is gone, outside the folders, or holds nothing this linter knows. */
  async read(uri: string, fsPath = URI.parse(uri).fsPath): Promise<void> {
    if (!isCandidate(fsPath) || !this.covers(fsPath) || URI.parse(uri).scheme !== 'file') {
      this.forget(uri);
      return;
    }
    try {
      const settings = this.lint();
      const input = await readInput(fsPath, false, settings?.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize);
      const text: TextInput = { uri, text: input.text, binary: input.binary, size: input.size, version: -this.version++ };
      if (holdsKnownContent(this.service.analyze(text, settings))) this.disk.set(uri, text);
      else this.forget(uri);
    } catch {
      this.forget(uri);
    }
  }

  /**
   * A watcher event for any path: a file is read again; a folder (created, or moved here) is walked; a path
   * that is gone takes every indexed file under it along (a deleted or renamed folder reports only itself).
   */
  async changed(uri: string): Promise<void> {
    const u = URI.parse(uri);
    // Paths under node_modules, .git and the like (the watcher sees everything): not even looked at.
    if (u.scheme !== 'file' || !this.covers(u.fsPath)) return;
    let stat;
    try {
      stat = await fs.stat(u.fsPath);
    } catch {
      this.forgetUnder(uri);
      return;
    }
    if (stat.isDirectory()) {
      if (!this.covers(path.join(u.fsPath, 'x'))) return;
      const paths: string[] = [];
      await walk(u.fsPath, paths, MAX_FILES);
      for (const p of paths) if (this.disk.size < MAX_FILES) await this.read(URI.file(p).toString(), p);
    } else await this.read(uri, u.fsPath);
  }

  forget(uri: string): void {
    if (this.disk.delete(uri)) this.service.forget(uri);
  }

  /** Forgets a file, or every file under a folder. */
  forgetUnder(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const key of [...this.disk.keys()]) if (key === uri || key.startsWith(prefix)) this.forget(key);
  }

  has(uri: string): boolean {
    return this.disk.has(uri);
  }

  get(uri: string): TextInput | undefined {
    return this.disk.get(uri);
  }

  /** All project files: open documents as the editor has them, the others as on disk. */
  inputs(open: Map<string, TextInput>): TextInput[] {
    const out = [...open.values()];
    for (const [uri, input] of this.disk) if (!open.has(uri)) out.push(input);
    return out;
  }

  closed(open: Map<string, TextInput>): TextInput[] {
    return [...this.disk.values()].filter((i) => !open.has(i.uri));
  }
}
