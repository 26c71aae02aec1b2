// Receive connector Bindings: `0.0.0.0:25`, `10.1.2.3:587`, `[::]:25`, `[fe80::1]:2525`.
import { formatIpAddress, isBroadcast, isMulticast, isUnspecified, readIpv4, readIpv6, type IpAddress } from './ipAddress';
import { fail, flawed, ok, quote, type ValueResult } from './result';

export interface IpBinding {
  address: IpAddress;
  port: number;
  /** 0.0.0.0 or [::]: every local address of that family. */
  allAddresses: boolean;
}

const EXAMPLE = '"0.0.0.0:25" or "[::]:25"';

export function parseIpBinding(text: string): ValueResult<IpBinding> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; a binding is an address and a port, e.g. ${EXAMPLE}.`);
  if (t.length > 80) return fail(`${quote(t)} is not a binding; expected an address and a port, e.g. ${EXAMPLE}.`);

  let addrText: string;
  let portText: string;
  if (t.startsWith('[')) {
    const close = t.indexOf(']');
    if (close < 0 || t[close + 1] !== ':') {
      return fail(`${quote(t)} is not a binding; an IPv6 binding is the address in brackets, a colon and the port, e.g. "[::]:25".`);
    }
    addrText = t.slice(1, close);
    portText = t.slice(close + 2);
  } else {
    const colon = t.lastIndexOf(':');
    if (colon < 0) return fail(`${quote(t)} has no port; a binding is an address and a port, e.g. ${EXAMPLE}.`);
    addrText = t.slice(0, colon);
    portText = t.slice(colon + 1);
    if (addrText.includes(':')) {
      return fail(`${quote(t)} looks like an IPv6 address without brackets; write the address in brackets before the port, e.g. "[::]:25".`);
    }
  }

  const addr = t.startsWith('[') ? readIpv6(addrText) : readIpv4(addrText);
  if (typeof addr === 'string') return fail(`The address in ${quote(t)} is not valid: ${addr}`);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    return fail(`${quote(t)} has port ${quote(portText)}; a port is a number from 0 to 65535, e.g. ${EXAMPLE}.`);
  }
  const value: IpBinding = { address: addr, port: Number(portText), allAddresses: isUnspecified(addr) };
  if (isMulticast(addr)) {
    return flawed(
      value,
      `${formatIpAddress(addr)} is a multicast address; Exchange does not accept it as a binding. Bind to a local unicast address or to 0.0.0.0 / [::].`,
    );
  }
  if (isBroadcast(addr)) {
    return flawed(value, `255.255.255.255 is the broadcast address; Exchange does not accept it as a binding. Bind to a local address or to 0.0.0.0.`);
  }
  return ok(value);
}

export function formatIpBinding(b: IpBinding): string {
  const a = formatIpAddress(b.address);
  return b.address.family === 'ipv6' ? `[${a}]:${b.port}` : `${a}:${b.port}`;
}
