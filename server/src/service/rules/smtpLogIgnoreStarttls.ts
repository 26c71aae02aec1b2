import { bool } from '../objects/access';
import { locRange, type EvidenceGroup } from '../protocolLog/model';
import { moreText, PROTOCOL_LOGGING } from './protocolLogRules';
import { scriptEdit, setCommand } from './objectRules';
import { defineRule } from './types';

export const smtpLogIgnoreStarttls = defineRule({
  meta: {
    id: 'smtp-log-ignore-starttls',
    defaultSeverity: 'warning',
    category: 'evidence',
    kinds: ['smtp-protocol-log', 'format-list', 'clixml', 'json', 'powershell'],
    description: 'Clear-text sessions of a protocol log tied to the send connector whose IgnoreSTARTTLS $true caused them, on both sides.',
    messages: {
      onLog: 'Send connector "{{connector}}" has IgnoreSTARTTLS True, which is why session {{session}} went in clear text{{more}}.',
      onConnector: 'Send connector "{{connector}}" ignored STARTTLS in {{sessions}} of the protocol logs, which went in clear text.',
    },
    fixes: { useTls: 'Use STARTTLS on "{{connector}}" again (-IgnoreSTARTTLS $false)' },
    sources: [PROTOCOL_LOGGING, 'Set-SendConnector'],
  },
  checkProject(ctx) {
    if (ctx.trust.logs.length === 0) return;
    for (const c of ctx.trust.connectors) {
      if (c.kind !== 'send-connector') continue;
      const ignore = bool(c.obj, 'IgnoreSTARTTLS');
      if (!ignore?.value) continue;
      const uses: { uri: string; g: EvidenceGroup }[] = [];
      for (const log of ctx.trust.logs) {
        for (const g of log.file.log.groups) {
          if (g.kind !== 'clear-text' || (g.variant !== 'ignoredOffer' && g.variant !== 'refused')) continue;
          if (g.session.connector.toLowerCase() === c.name.toLowerCase()) uses.push({ uri: log.uri, g });
        }
      }
      if (uses.length === 0) continue;
      const fix = {
        fixId: 'useTls' as const,
        command: setCommand('Set-SendConnector', c.obj, '-IgnoreSTARTTLS $false'),
        edits: scriptEdit(c.obj, ignore.prop, '$false'),
      };
      for (const { uri, g } of uses) {
        ctx.report({
          uri,
          range: locRange(g.at),
          messageId: 'onLog',
          data: { connector: c.name, session: g.session.id, more: moreText(g.count) },
          relatedInformation: [{ uri: c.uri, range: ignore.prop.valueRange, message: `IgnoreSTARTTLS of send connector "${c.name}"` }],
          fix: { fixId: 'useTls', command: fix.command },
        });
      }
      const total = uses.reduce((n, u) => n + u.g.count, 0);
      ctx.report({
        uri: c.uri,
        range: ignore.prop.valueRange,
        messageId: 'onConnector',
        data: { connector: c.name, sessions: `${total} session${total === 1 ? '' : 's'}` },
        relatedInformation: uses.slice(0, 5).map(({ uri, g }) => ({ uri, range: locRange(g.at), message: `Clear text in session ${g.session.id}` })),
        fix,
      });
    }
  },
});
