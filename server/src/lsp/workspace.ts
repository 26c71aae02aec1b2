// The files of the open workspace folders, closed ones included, for cross-file rules and workspace
// diagnostics. Read from disk at start and when the client's file watchers report changes; an open
// document's text replaces its file's. The index holds only what the CLI's walk of the same folders would
// lint: files inside the folders, outside dependency, build and hidden folders, holding Exchange content.
// Collector bundles (folders with the collector's manifest.json, and zips) are read as the CLI reads them: the
// files it chose, with the manifest's culture and UTC offset, so that several servers' bundles make one organisation.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { DEFAULT_SETTINGS, holdsKnownContent, type LanguageService, type LintSettings, type PrintedDates, type TextInput } from '../service';
import { isCandidate, isWalkedDir, readInput } from '../io/files';
import { findBundles, isZipName, MANIFEST, readBundle, type Bundle } from '../io/bundle';

/** Enough for any estate's exports; a folder with more candidates is indexed up to this many. */
const MAX_FILES = 5000;

export class WorkspaceFiles {
  private readonly disk = new Map<string, TextInput>();
  private version = 1;
  /** File system paths of the workspace folders (file: URIs only). */
  private roots: string[] = [];
  /** Bundles by root path (folder or zip): the URIs read from each, and the bundle. */
  private readonly bundles = new Map<string, { uris: string[]; bundle: Bundle }>();
  /** How a bundle member's dates were printed, for the member opened in the editor. */
  private readonly printed = new Map<string, PrintedDates>();

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
    const seen = new Set<string>();
    const found = await findBundles(this.roots.length > 0 ? this.roots : []);
    const files = 'missing' in found ? [] : found.files.slice(0, MAX_FILES);
    this.bundles.clear();
    this.printed.clear();
    for (const root of 'missing' in found ? [] : found.bundles) for (const uri of await this.readBundle(root)) seen.add(uri);
    for (const p of files) {
      const uri = URI.file(p).toString();
      seen.add(uri);
      await this.read(uri, p);
    }
    for (const uri of [...this.disk.keys()]) if (!seen.has(uri)) this.forget(uri);
    return this.disk.size;
  }

  /** Reads a bundle's chosen files into the index; the URIs read (none when it cannot be read). */
  private async readBundle(root: string): Promise<string[]> {
    const old = this.bundles.get(root);
    if (old) for (const uri of old.uris) (this.printed.delete(uri), this.disk.delete(uri));
    this.bundles.delete(root);
    const settings = this.lint();
    const b = await readBundle(root, settings?.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize).catch(() => undefined);
    if (!b || 'error' in b) return [];
    const uris: string[] = [];
    for (const f of b.inputs) {
      const uri = URI.file(f.uri).toString();
      const text: TextInput = { uri, text: f.text, binary: f.binary, size: f.size, version: -this.version++, final: true, printed: f.printed };
      if (!holdsKnownContent(this.service.analyze(text, settings))) continue;
      this.disk.set(uri, text);
      this.printed.set(uri, f.printed);
      uris.push(uri);
    }
    this.bundles.set(root, { uris, bundle: b });
    return uris;
  }

  /** The bundle root (folder or zip) a path lies in, if any. */
  private bundleOf(fsPath: string): string | undefined {
    for (const root of this.bundles.keys()) {
      const rel = path.relative(root, fsPath);
      if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) return root;
    }
    return undefined;
  }

  /** The bundles read, for runbooks (their servers' facts). */
  readBundles(): Bundle[] {
    return [...this.bundles.values()].map((b) => b.bundle);
  }

  /** The server a bundle member was collected on (its manifest's), for runbooks. */
  serverOf(uri: string): string | undefined {
    for (const { uris, bundle } of this.bundles.values()) if (uris.includes(uri)) return bundle.manifest.server;
    return undefined;
  }

  /** How an indexed bundle member's dates were printed (the editor's text of it is read the same way). */
  printedFor(uri: string): PrintedDates | undefined {
    return this.printed.get(uri);
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
    // A file of a bundle (or a new manifest or zip): the bundle is read again as a whole.
    const inBundle = this.bundleOf(fsPath);
    if (inBundle) {
      await this.readBundle(inBundle);
      return;
    }
    if (this.covers(fsPath) && (path.basename(fsPath).toLowerCase() === MANIFEST || isZipName(fsPath))) {
      const root = isZipName(fsPath) ? fsPath : path.dirname(fsPath);
      const uris = new Set(await this.readBundle(root));
      if (this.bundles.has(root)) {
        // The folder's files indexed one by one before it became a bundle: now read through the manifest only.
        const prefix = URI.file(root).toString() + '/';
        for (const key of [...this.disk.keys()]) if (key.startsWith(prefix) && !uris.has(key)) this.forget(key);
        return;
      }
    }
    if (!isCandidate(fsPath) || !this.covers(fsPath) || URI.parse(uri).scheme !== 'file') {
      this.forget(uri);
      return;
    }
    try {
      const settings = this.lint();
      const input = await readInput(fsPath, false, settings?.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize);
      const text: TextInput = { uri, text: input.text, binary: input.binary, size: input.size, version: -this.version++, final: true };
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
      const found = await findBundles([u.fsPath]);
      if ('missing' in found) return;
      for (const b of found.bundles) await this.readBundle(b);
      for (const p of found.files) if (this.disk.size < MAX_FILES) await this.read(URI.file(p).toString(), p);
    } else await this.read(uri, u.fsPath);
  }

  forget(uri: string): void {
    this.printed.delete(uri);
    if (this.disk.delete(uri)) this.service.forget(uri);
  }

  /** Forgets a file, or every file under a folder (bundles under it too). */
  forgetUnder(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const key of [...this.disk.keys()]) if (key === uri || key.startsWith(prefix)) this.forget(key);
    const fsPath = URI.parse(uri).fsPath;
    for (const root of [...this.bundles.keys()]) {
      const rel = path.relative(fsPath, root);
      if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) this.bundles.delete(root);
    }
  }

  has(uri: string): boolean {
    return this.disk.has(uri);
  }

  get(uri: string): TextInput | undefined {
    return this.disk.get(uri);
  }

  /** All project files: open documents as the editor has them, the others as on disk. */
  inputs(open: Map<string, TextInput>): TextInput[] {
    const out = [...open.values()].map((i) => this.withPrinted(i));
    for (const [uri, input] of this.disk) if (!open.has(uri)) out.push(input);
    return out;
  }

  /** An open document read as its bundle prints dates, when it is a bundle member. */
  withPrinted(input: TextInput): TextInput {
    const printed = this.printed.get(input.uri);
    return printed && !input.printed ? { ...input, printed } : input;
  }

  closed(open: Map<string, TextInput>): TextInput[] {
    return [...this.disk.values()].filter((i) => !open.has(i.uri));
  }
}
