// The Int32 VersionNumber of an EdgeSubscription file: 0x70008000 | (major&63)<<22 | (minor&63)<<16 | (build&0x7FFF).
import { releaseFor } from './releases';

export interface ExchangeVersion {
  major: number;
  minor: number;
  build: number;
}

const MARKER = 0x70008000;

export function decodeVersionNumber(value: number): ExchangeVersion | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) return undefined;
  if ((value & MARKER) !== MARKER) return undefined;
  return { major: (value >>> 22) & 63, minor: (value >>> 16) & 63, build: value & 0x7fff };
}

/** "Exchange Server 2019 CU14 (15.2.1544)", or the family when the build is not in the table. */
export function describeVersion(v: ExchangeVersion): string {
  const r = releaseFor(v.major, v.minor, v.build);
  const dotted = `${v.major}.${v.minor}.${v.build}`;
  if (r.release && r.exact) return `${r.release.name} (${dotted})`;
  if (r.release) return `${r.release.name} or later (${dotted})`;
  if (r.family) return `${r.family} (${dotted})`;
  return `an unknown Exchange version (${dotted})`;
}

/** SerialNumber text: `Version 15.2 (Build 31544.4)`; the build is shown plus 30000 (ServerVersion.ToString(true)). */
export function parseSerialNumber(text: string): (ExchangeVersion & { revision: number }) | undefined {
  const m = /^Version (\d+)\.(\d+) \(Build (\d+)\.(\d+)\)$/.exec(text.trim());
  if (!m) return undefined;
  const shown = Number(m[3]);
  return { major: Number(m[1]), minor: Number(m[2]), build: shown >= 30000 ? shown - 30000 : shown, revision: Number(m[4]) };
}
