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

/**
 * Why a value cannot be used, by id (subscription-invalid-value has a message for each). `value` is the text as
 * written, for the message; it is never set for the password.
 */
export type ValueProblemId = 'childElements' | 'empty' | 'notTicks' | 'ticksOutOfRange' | 'durationTooShort' | 'badPort' | 'badVersion' | 'badFqdn';

export interface ValueProblem {
  id: ValueProblemId;
  value?: string;
}

/** A value can decode and still be a problem (a Duration under 2 minutes still has an expiry). */
export interface ValueCheck {
  decoded?: DecodedValue;
  problem?: ValueProblem;
}

const FQDN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Checks a non-empty value of an element of the given type. */
export function checkValue(type: ElementValueType, text: string): ValueCheck {
  const problem = (id: ValueProblemId): ValueProblem => ({ id, value: clip(text) });
  switch (type) {
    case 'ticks': {
      const ticks = parseInt64(text);
      if (ticks === undefined) return { problem: problem('notTicks') };
      if (ticks <= 0n || ticks > MAX_DATETIME_TICKS) return { problem: problem('ticksOutOfRange') };
      return { decoded: { type: 'ticks', ticks, date: ticksToDate(ticks) } };
    }
    case 'timespan-ticks': {
      const ticks = parseInt64(text);
      if (ticks === undefined) return { problem: problem('notTicks') };
      if (ticks < MIN_DURATION_TICKS) return { decoded: { type: 'timespan-ticks', ticks }, problem: problem('durationTooShort') };
      return { decoded: { type: 'timespan-ticks', ticks } };
    }
    case 'port': {
      if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) return { problem: problem('badPort') };
      return { decoded: { type: 'port', port: Number(text) } };
    }
    case 'version': {
      const n = /^-?\d{1,10}$/.test(text) ? Number(text) : NaN;
      const version = decodeVersionNumber(n);
      if (!version) return { problem: problem('badVersion') };
      return { decoded: { type: 'version', number: n, version } };
    }
    case 'fqdn': {
      const labels = text.replace(/\.$/, '').split('.');
      if (text.length > 255 || !labels.every((l) => FQDN_LABEL.test(l))) return { problem: problem('badFqdn') };
      return { decoded: { type: 'text', text } };
    }
    default:
      return { decoded: { type: 'text', text } };
  }
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 37) + '...' : text;
}
