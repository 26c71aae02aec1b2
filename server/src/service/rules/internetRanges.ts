// RemoteIPRanges items that reach the Internet: every address, or a range wider than a /8 (IPv4) or a /16 (IPv6)
// that holds public addresses. Private space, however wide, does not (10.0.0.0/8, fc00::/7).
import { list } from '../objects/access';
import type { ExchangeObject, ListItem } from '../objects/model';
import { coversWholeInternet, includesPublicAddresses, isVeryWide, parseIpRange } from '../values/ipRange';

export interface RemoteRanges {
  /** The items that reach the Internet. */
  wide: ListItem[];
  /** The other readable items, as printed. */
  narrow: ListItem[];
  /** The list was cut by $FormatEnumerationLimit: more items exist than those above. */
  truncated: boolean;
}

export function remoteRanges(obj: ExchangeObject): RemoteRanges | undefined {
  const ranges = list(obj, 'RemoteIPRanges');
  if (!ranges) return undefined;
  const wide: ListItem[] = [];
  const narrow: ListItem[] = [];
  for (const item of ranges.value) {
    const r = parseIpRange(item.text).value;
    if (!r) continue;
    if (coversWholeInternet(r) || (isVeryWide(r) && includesPublicAddresses(r))) wide.push(item);
    else narrow.push(item);
  }
  return { wide, narrow, truncated: ranges.truncated };
}

/** `-RemoteIPRanges` keeping the narrow items, or a placeholder when none can be kept. */
export function narrowedRangesArg(r: RemoteRanges): string {
  const keep = r.truncated ? [] : r.narrow.map((i) => i.text.trim()).filter((t) => t !== '');
  return `-RemoteIPRanges ${keep.length > 0 ? keep.join(',') : '"<relay host IPs>"'}`;
}
