// The receive connectors Exchange setup creates, which rules leave alone where they are meant to differ from custom
// ones (anonymous Internet mail on "Default Frontend <server>", for example). Their names end with the server name:
// 2013 and later: Default <S>, Client Proxy <S>, Default Frontend <S>, Outbound Proxy Frontend <S>, Client Frontend <S>;
// 2007/2010 Hub: Default <S>, Client <S>; Edge: Default internal receive connector <S>. Identity adds "<S>\".
import { text } from '../objects/access';
import { displayName, type ExchangeObject } from '../objects/model';

const DEFAULT_NAME = /^(?:Default|Client|Client Proxy|Default Frontend|Outbound Proxy Frontend|Client Frontend|Default internal receive connector) (\S+)$/i;

/** A NetBIOS-like server name, when the object does not say which server it is on. */
const SERVER_NAME = /^[A-Za-z0-9-]{1,15}$/;

function shortName(server: string): string {
  return server.trim().split('.')[0].toLowerCase();
}

/** Whether a receive connector carries one of the names Exchange gives its own connectors, for its server. */
export function isDefaultReceiveConnector(obj: ExchangeObject): boolean {
  const identity = text(obj, 'Identity')?.value.trim();
  const prefix = identity?.includes('\\') ? identity.slice(0, identity.indexOf('\\')) : undefined;
  // "EX01\Default Frontend EX01" when only Identity was printed.
  const name = displayName(obj).replace(/^[^\\]*\\/, '');
  const m = DEFAULT_NAME.exec(name.trim());
  if (!m) return false;
  const server = text(obj, 'Server')?.value ?? prefix;
  return server ? m[1].toLowerCase() === shortName(server) : SERVER_NAME.test(m[1]);
}
