// Content-based language detection: a plain-text document that is a `Format-List` dump of Exchange transport objects
// (`Get-SendConnector | fl > whatever.txt`, or pasted into an Untitled editor) becomes `exchange-format-list`.
// File names the package.json patterns already claim never get here (they open as exchange-format-list).
import * as vscode from 'vscode';
import { looksLikeExchangeDump, SNIFF_MAX_CHARS, SNIFF_MAX_LINES } from './dumpSniffer';
import { SNIFFED_LANGUAGE } from '../../server/src/protocol';

export const FORMAT_LIST_LANGUAGE_ID = 'exchange-format-list';

/** Documents that are not the user's text: output channels, debug consoles and the like. */
const SKIPPED_SCHEMES = new Set(['output', 'debug', 'vscode-terminal', 'vscode-scm', 'comment', 'walkThrough']);

/** Re-examine an edited document this long after the last change (pasting into an empty editor). */
const CHANGE_DELAY_MS = 300;

/** After a close, wait this long before forgetting a document (a language change closes and reopens it at once). */
const FORGET_DELAY_MS = 1000;

export function registerDumpDetection(context: vscode.ExtensionContext): void {
  // Documents switched by us. When one of them shows up as plain text again, the user chose that: leave it alone.
  const switched = new Set<string>();
  // Documents that were empty or untitled when opened: their content arrives later, so changes are examined too.
  const watched = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const candidate = (doc: vscode.TextDocument): boolean =>
    doc.languageId === SNIFFED_LANGUAGE &&
    !SKIPPED_SCHEMES.has(doc.uri.scheme) &&
    !switched.has(doc.uri.toString()) &&
    vscode.workspace.getConfiguration('exchangeTransport', doc.uri).get<boolean>('enable', true);

  const examine = (doc: vscode.TextDocument): boolean => {
    if (!candidate(doc) || doc.isClosed) return false;
    if (!looksLikeExchangeDump(head(doc))) return false;
    const key = doc.uri.toString();
    switched.add(key);
    watched.delete(key);
    vscode.languages.setTextDocumentLanguage(doc, FORMAT_LIST_LANGUAGE_ID).then(refreshStickyScroll, () => switched.delete(key));
    return true;
  };

  const opened = (doc: vscode.TextDocument): void => {
    if (!candidate(doc)) return;
    if (!examine(doc) && (doc.uri.scheme === 'untitled' || isEmpty(doc))) watched.add(doc.uri.toString());
  };

  const changed = (e: vscode.TextDocumentChangeEvent): void => {
    const key = e.document.uri.toString();
    if (e.contentChanges.length === 0 || !watched.has(key)) return;
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        examine(e.document);
      }, CHANGE_DELAY_MS),
    );
  };

  const closed = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    // A language change closes and reopens the document; only a real close (the URI stays gone) forgets it,
    // so that a reused `Untitled-1` or a file opened again later is examined afresh.
    setTimeout(() => {
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
      switched.delete(key);
      watched.delete(key);
    }, FORGET_DELAY_MS);
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(opened),
    vscode.workspace.onDidChangeTextDocument(changed),
    vscode.workspace.onDidCloseTextDocument(closed),
    {
      dispose: () => {
        for (const t of timers.values()) clearTimeout(t);
        timers.clear();
      },
    },
  );
  for (const doc of vscode.workspace.textDocuments) opened(doc);
}

function isEmpty(doc: vscode.TextDocument): boolean {
  return doc.lineCount === 1 && doc.lineAt(0).isEmptyOrWhitespace;
}

/** The first {@link SNIFF_MAX_LINES} lines, cut at {@link SNIFF_MAX_CHARS} (one huge line must not be copied whole). */
function head(doc: vscode.TextDocument): string {
  const lines = new vscode.Position(Math.min(doc.lineCount, SNIFF_MAX_LINES), 0);
  const chars = doc.positionAt(SNIFF_MAX_CHARS);
  return doc.getText(new vscode.Range(new vscode.Position(0, 0), chars.isBefore(lines) ? chars : lines));
}

/**
 * Sticky scroll builds its model when an editor opens and again only when the text or the document symbol
 * providers change, not when the language does: it would keep what it made of the plain text (nothing, or the
 * folding ranges, which start at RunspaceId). A provider added and removed again makes it read our outline,
 * which pins each object's Name line.
 */
function refreshStickyScroll(): void {
  vscode.languages.registerDocumentSymbolProvider({ language: FORMAT_LIST_LANGUAGE_ID }, { provideDocumentSymbols: () => undefined }).dispose();
}
