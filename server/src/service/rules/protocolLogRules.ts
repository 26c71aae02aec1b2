// What rules on SMTP protocol logs share: the findings of a log by kind, how a message counts the sessions that
// did the same, where those sessions are, and the PowerShell that names a connector from its connector-id.
import type { AnalyzedFile, ProtocolLogFile } from '../document';
import { locRange, type EvidenceGroup, type EvidenceKind } from '../protocolLog/model';
import type { RelatedInformation } from '../types';
import type { RuleSource } from './types';
import { psQuote } from './objectRules';

export const LOG_KINDS = ['smtp-protocol-log'] as const;

/** Microsoft's page on protocol logs (fields, events, where the files are). */
export const PROTOCOL_LOGGING: RuleSource = { title: 'Protocol logging', url: 'https://learn.microsoft.com/exchange/mail-flow/connectors/protocol-logging' };

export function isProtocolLog(file: AnalyzedFile): file is ProtocolLogFile {
  return file.kind === 'smtp-protocol-log' && !file.tooLarge && 'log' in file;
}

export function groupsOf(file: AnalyzedFile, kind: EvidenceKind): EvidenceGroup[] {
  return isProtocolLog(file) ? file.log.groups.filter((g) => g.kind === kind) : [];
}

/** ` (and 41 more sessions)`, or nothing for a finding seen once: the message's `{{more}}`. */
export function moreText(count: number): string {
  return count > 1 ? ` (and ${count - 1} more session${count > 2 ? 's' : ''})` : '';
}

/** The message data of a finding: what the log gave, and how many sessions did the same. */
export function groupData(g: EvidenceGroup): Record<string, string> {
  return { ...g.data, more: moreText(g.count) };
}

/** The later sessions that did the same, as related information (a few of them). */
export function moreSessions(g: EvidenceGroup): RelatedInformation[] {
  return g.more.map((m) => ({ range: locRange(m.at), message: `The same in session ${m.session}` }));
}

/** Related information, or nothing when there is none. */
export function related(list: RelatedInformation[]): RelatedInformation[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** The thumbprint of the certificate this server presented in the session, when the log has it. */
export function sentThumbprint(g: EvidenceGroup): string | undefined {
  return g.session.certificates.find((c) => c.role === 'sent' && c.fields.thumbprint)?.fields.thumbprint;
}

/** `-Server EX01` when the log says which server wrote it. */
export function serverArg(g: EvidenceGroup): string {
  return g.session.server && /^[a-z0-9-]+$/i.test(g.session.server) ? ` -Server ${g.session.server.toUpperCase()}` : '';
}

/** Send connectors Exchange creates itself: no Set-SendConnector reaches them. */
const IMPLICIT_SEND_CONNECTORS = [
  'Intra-Organization SMTP Send Connector',
  'Inbound Proxy Internal Send Connector',
  'Outbound Proxy Internal Send Connector',
  'Mailbox Proxy Send Connector',
  'Client Proxy Send Connector',
  'Shadow Redundancy Send Connector',
];

export function isImplicitSendConnector(name: string): boolean {
  return IMPLICIT_SEND_CONNECTORS.some((n) => n.toLowerCase() === name.toLowerCase());
}

/** `Set-SendConnector -Identity "Outbound to Office 365" -IgnoreSTARTTLS $false`, unless Exchange owns the connector. */
export function sendConnectorCommand(cmdlet: 'Set-SendConnector' | 'Get-SendConnector', connector: string, params: string): string | undefined {
  return isImplicitSendConnector(connector) ? undefined : `${cmdlet} -Identity ${psQuote(connector)} ${params}`;
}

/** `Get-ReceiveConnector -Identity "EX01\Default Frontend EX01" ...`: a receive connector-id is its identity. */
export function receiveConnectorCommand(cmdlet: 'Get-ReceiveConnector' | 'Set-ReceiveConnector', connector: string, params: string): string {
  return `${cmdlet} -Identity ${psQuote(connector)} ${params}`;
}
