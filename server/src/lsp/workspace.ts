// The files of the open workspace folders, closed ones included, for cross-file rules and workspace
// diagnostics. Read from disk at start and when the client's file watcher reports changes; an open
// document's text replaces its file's.
import { URI } from 'vscode-uri';
import { DEFAULT_SETTINGS, holdsKnownContent, type LanguageService, type LintSettings, type TextInput } from '../service';
import { isCandidate, readInput, walk } from '../io/files';

/** Enough for any estate's exports; a folder with more candidates is indexed up to this many. */
const MAX_FILES = 5000;

export class WorkspaceFiles {
  private readonly disk = new Map<string, TextInput>();
  private version = 1;

  /** @param lint the settings cross-file checks use, so the analysis made here is the one they reuse */
  constructor(
    private readonly service: LanguageService,
    private readonly lint: () => Omit<LintSettings, 'now'> | undefined,
  ) {}

  /** Indexes every candidate file under the folders (file: URIs). */
  async scan(folderUris: string[]): Promise<number> {
    const paths: string[] = [];
    for (const uri of folderUris) {
      const u = URI.parse(uri);
      if (u.scheme === 'file') await walk(u.fsPath, paths, MAX_FILES);
    }
    for (const p of paths) await this.read(URI.file(p).toString(), p);
    return this.disk.size;
  }

  /** (Re)reads one file; forgets it when it is gone or holds nothing this linter knows. */
  async read(uri: string, fsPath = URI.parse(uri).fsPath): Promise<void> {
    if (!isCandidate(fsPath)) return;
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

  forget(uri: string): void {
    if (this.disk.delete(uri)) this.service.forget(uri);
  }

  has(uri: string): boolean {
    return this.disk.has(uri);
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
