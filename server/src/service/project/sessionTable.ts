// The trust map's table of what the protocol logs show per connector: sessions, how many used TLS and which
// versions, clear-text mail, TLS failures by reason. Markdown for the report, HTML for the webview.
import { PROTOCOLS } from '../protocolLog/texts';
import type { ConnectorSessions } from './trustMap';

function versions(c: ConnectorSessions): string {
  return Object.entries(c.protocols)
    .map(([p, n]) => `${PROTOCOLS[p]?.label ?? p} ${n}`)
    .join(', ');
}

function failures(c: ConnectorSessions): string {
  return Object.entries(c.failures)
    .map(([e, n]) => `${e} ${n}`)
    .join(', ');
}

function name(c: ConnectorSessions): string {
  return `${c.direction === 'receive' ? 'Receive' : c.direction === 'send' ? 'Send' : ''} "${c.connector}"`.trim();
}

function isWeak(c: ConnectorSessions): boolean {
  return c.clearText > 0 || Object.keys(c.failures).length > 0 || Object.keys(c.protocols).some((p) => PROTOCOLS[p]?.legacy);
}

export function sessionsMarkdown(list: readonly ConnectorSessions[] | undefined): string[] {
  if (!list?.length) return [];
  const out = [
    '',
    '## Sessions in the protocol logs',
    '',
    '| | Connector | Sessions | TLS | Versions | Mail in clear text | TLS failures |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of list) {
    out.push(`| ${isWeak(c) ? '❌' : '✅'} | ${name(c)} | ${c.sessions} | ${c.tls} | ${versions(c)} | ${c.clearText} of ${c.mail} | ${failures(c)} |`);
  }
  return out;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function sessionsHtml(list: readonly ConnectorSessions[] | undefined): string {
  if (!list?.length) return '';
  const rows = list
    .map(
      (c) =>
        `<tr class="${isWeak(c) ? 'broken' : 'ok'}"><td>${isWeak(c) ? '❌' : '✅'}</td><td>${esc(name(c))}</td><td>${c.sessions}</td><td>${c.tls}</td><td>${esc(versions(c))}</td><td>${c.clearText} of ${c.mail}</td><td>${esc(failures(c))}</td></tr>`,
    )
    .join('\n');
  return `<h2>Sessions in the protocol logs</h2><table><thead><tr><th></th><th>Connector</th><th>Sessions</th><th>TLS</th><th>Versions</th><th>Mail in clear text</th><th>TLS failures</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}
