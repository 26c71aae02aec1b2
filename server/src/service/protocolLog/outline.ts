// Outline and folding of a protocol log: one symbol per session (named by its id and peer, with what happened to
// TLS), one fold per session whose rows are not interleaved with another folded session's.
import type { ProtocolLogFile } from '../document';
import type { DocumentSymbol, FoldingRange } from '../types';
import { peerName } from './classify';
import type { SessionFacts } from './model';
import { protocolLabel } from './texts';

const MAX_SYMBOLS = 5000;

/** What happened to TLS in a session, in a few words. */
export function tlsSummary(s: SessionFacts): string {
  if (s.tls) return `${s.tlsVerb?.verb === 'X-ANONYMOUSTLS' ? 'X-ANONYMOUSTLS, ' : ''}${protocolLabel(s.tls.protocol)}`;
  if (s.failure) return `TLS failed: ${s.failure.error}`;
  if (s.mail) return 'mail in clear text';
  if (s.tlsVerb) return `${s.tlsVerb.verb}, no TLS`;
  return 'no TLS';
}

export function protocolLogSymbols(file: ProtocolLogFile): DocumentSymbol[] {
  return [...file.log.sessions]
    .sort((a, b) => a.firstLine - b.firstLine)
    .slice(0, MAX_SYMBOLS)
    .map((s) => ({
      name: `${s.id} ${s.direction === 'receive' ? '←' : '→'} ${peerName(s)}`,
      detail: `${s.connector} · ${tlsSummary(s)}`,
      kind: 'object' as const,
      range: {
        start: { line: s.firstLine, character: 0 },
        end: { line: s.lastLine, character: file.lines.lineEnd(s.lastLine) - file.lines.lineStart(s.lastLine) },
      },
      selectionRange: { start: { line: s.idAt.line, character: s.idAt.start }, end: { line: s.idAt.line, character: s.idAt.end } },
    }));
}

export function protocolLogFolding(file: ProtocolLogFile): FoldingRange[] {
  const out: FoldingRange[] = file.log.headers.filter((h) => h.lastLine > h.line).map((h) => ({ startLine: h.line, endLine: h.lastLine }));
  let end = -1;
  for (const s of [...file.log.sessions].sort((a, b) => a.firstLine - b.firstLine)) {
    if (s.lastLine <= s.firstLine || s.firstLine <= end) continue;
    out.push({ startLine: s.firstLine, endLine: s.lastLine });
    end = s.lastLine;
    if (out.length >= MAX_SYMBOLS) break;
  }
  return out;
}
