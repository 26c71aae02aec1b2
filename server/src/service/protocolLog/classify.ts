// What a finished session shows, as findings the rules report: clear-text mail, failed or legacy TLS, STARTTLS not
// offered, failed direct trust. Each finding carries a key (what, on which connector, with which peer) so that a
// log of thousands of alike sessions yields one finding per peer with a count.
import type { EvidenceKind, Loc, SessionFacts } from './model';
import { PROTOCOLS, protocolLabel, tlsFailure } from './texts';

export interface Note {
  kind: EvidenceKind;
  variant: string;
  key: string;
  at: Loc;
  data: Record<string, string>;
}

/** `198.51.100.7:25` → `198.51.100.7`; `[2001:db8::1]:25` → `2001:db8::1`. */
export function endpointAddress(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(endpoint);
  if (v6) return v6[1];
  const colon = endpoint.lastIndexOf(':');
  return colon > 0 && endpoint.indexOf(':') === colon ? endpoint.slice(0, colon) : endpoint;
}

/** How a message names the other side: its host name when it gave one, else its address. */
export function peerName(s: SessionFacts): string {
  return s.remoteHost ?? endpointAddress(s.remote) ?? 'the other side';
}

export function classify(s: SessionFacts): Note[] {
  const out: Note[] = [];
  const ip = endpointAddress(s.remote) ?? '';
  const base = { session: s.id, connector: s.connector, peer: peerName(s), ip };
  const note = (kind: EvidenceKind, variant: string, at: Loc, data: Record<string, string> = {}, peerKey = ip) =>
    out.push({ kind, variant, key: `${kind}|${variant}|${s.connector}|${peerKey}|${data.detail ?? ''}`, at, data: { ...base, ...data } });
  const send = s.direction === 'send';

  // Mail without TLS.
  if (s.mustStartTls && send) note('clear-text', 'refused', s.mustStartTls);
  else if (s.mail && !s.mail.tls && !s.tls) {
    const offered = s.offered.length > 0;
    if (send) {
      if (offered && !s.tlsVerb) {
        if (s.priorFailure) note('clear-text', 'afterFailure', s.mail.at, { error: s.priorFailure.error, failedSession: s.priorFailure.session });
        else note('clear-text', 'ignoredOffer', s.mail.at, { verb: s.offered[0].verb });
      } else if (!offered && s.replyComplete) note('clear-text', 'notOffered', s.mail.at);
    } else if (s.direction === 'receive' && offered && !s.tlsVerb) note('clear-text', 'inbound', s.mail.at);
  }

  // STARTTLS not offered: a RequireTLS connector that could not send, or this server not offering it.
  if (s.requireTlsUnmet && send) note('starttls-not-offered', 'requireTls', s.requireTlsUnmet);
  else if (s.direction === 'receive' && s.ehlo?.verb === 'EHLO' && s.replyComplete && s.offered.length === 0 && s.replyAt) {
    note('starttls-not-offered', 'notOfferedByUs', s.replyAt, {}, '');
  }

  // Failed TLS: between Exchange servers (X-ANONYMOUSTLS) a direct-trust failure, else a TLS failure.
  if (s.failure) {
    const error = s.failure.error;
    if (s.tlsVerb?.verb === 'X-ANONYMOUSTLS') note('direct-trust-failed', 'handshake', s.failure.at, { error, detail: error });
    else note('tls-failed', s.failure.authLevel ? 'authLevel' : variantOf(error), s.failure.at, { error, level: s.failure.authLevel ?? '', detail: error });
  }
  if (s.directTrust && !s.directTrust.ok)
    note('direct-trust-failed', 'certificate', s.directTrust.at, { subject: s.directTrust.subject, detail: s.directTrust.subject });

  // Deprecated protocol versions.
  if (s.tls && PROTOCOLS[s.tls.protocol]?.legacy) {
    note('legacy-tls', 'legacy', s.tls.at, { protocol: protocolLabel(s.tls.protocol), detail: s.tls.protocol });
  }
  return out;
}

function variantOf(error: string): string {
  switch (tlsFailure(error).cause) {
    case 'certificate-services':
      return 'unknownCredentials';
    case 'private-key':
      return 'noCredentials';
    case 'handshake':
    case 'connection':
      return 'handshake';
    case 'chain':
    case 'expired':
    case 'no-certificate':
      return 'certificate';
    default:
      return 'other';
  }
}
