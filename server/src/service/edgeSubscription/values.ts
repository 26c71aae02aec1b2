// Decoding and checking of each element's text by its type (table in elements.ts).
import { decodeVersionNumber, type ExchangeVersion } from '../exchangeVersion/versionNumber';
import { MAX_DATETIME_TICKS, parseInt64, TICKS_PER_MINUTE, ticksToDate } from '../time/ticks';
import type { ElementValueType } from './elements';

export const MIN_DURATION_TICKS = 2n * TICKS_PER_MINUTE;
export const DEFAULT_ADAM_SSL_PORT = 50636;

export type DecodedValue =
  | { type: 'ticks'; ticks: bigint; date: Date }
  | { type: 'timespan-ticks'; ticks: bigint }
  | { type: 'port'; port: number }
  | { type: 'version'; number: number; version: ExchangeVersion }
  | { type: 'text'; text: string };

/** A value can decode and still be a problem (a Duration under 2 minutes still has an expiry). */
export interface ValueCheck {
  decoded?: DecodedValue;
  problem?: string;
}

const FQDN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Checks a non-empty value; `name` is the element name for messages. */
export function checkValue(type: ElementValueType, name: string, text: string): ValueCheck {
  switch (type) {
    case 'ticks': {
      const ticks = parseInt64(text);
      if (ticks === undefined)
        return { problem: `${name} must be a whole number of .NET ticks (100 ns since 0001-01-01 UTC), not ${JSON.stringify(clip(text))}.` };
      if (ticks <= 0n || ticks > MAX_DATETIME_TICKS) return { problem: `${name} ${text} is outside the range of a date (1 to ${MAX_DATETIME_TICKS} ticks).` };
      return { decoded: { type: 'ticks', ticks, date: ticksToDate(ticks) } };
    }
    case 'timespan-ticks': {
      const ticks = parseInt64(text);
      if (ticks === undefined) return { problem: `${name} must be a whole number of .NET ticks (864000000000 = 1 day), not ${JSON.stringify(clip(text))}.` };
      if (ticks < MIN_DURATION_TICKS) {
        return {
          decoded: { type: 'timespan-ticks', ticks },
          problem: `${name} ${text} is shorter than 2 minutes (1200000000 ticks), the minimum AccountExpiryDuration. Make the file again with New-EdgeSubscription -FileName ... -AccountExpiryDuration 1.00:00:00 (or leave the default of 1 day).`,
        };
      }
      return { decoded: { type: 'timespan-ticks', ticks } };
    }
    case 'port': {
      if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) {
        return { problem: `${name} must be a TCP port from 1 to 65535 (default ${DEFAULT_ADAM_SSL_PORT}), not ${JSON.stringify(clip(text))}.` };
      }
      return { decoded: { type: 'port', port: Number(text) } };
    }
    case 'version': {
      const n = /^-?\d{1,10}$/.test(text) ? Number(text) : NaN;
      const version = decodeVersionNumber(n);
      if (!version) {
        return {
          problem: `${name} ${JSON.stringify(clip(text))} is not an encoded Exchange version (an Int32 with the 0x70008000 marker, e.g. 1942128136 = 15.2.1544). The Hub cannot match it to its own release and refuses the file.`,
        };
      }
      return { decoded: { type: 'version', number: n, version } };
    }
    case 'fqdn': {
      const labels = text.replace(/\.$/, '').split('.');
      if (text.length > 255 || !labels.every((l) => FQDN_LABEL.test(l))) {
        return { problem: `${name} ${JSON.stringify(clip(text))} is not a valid DNS name; the Hub servers must resolve it and reach the Edge by it.` };
      }
      return { decoded: { type: 'text', text } };
    }
    default:
      return { decoded: { type: 'text', text } };
  }
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 37) + '...' : text;
}
