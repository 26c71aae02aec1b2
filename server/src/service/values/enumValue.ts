// Enum and [Flags] enum values: member names as Format-List and <ToString> print them ("DomainValidation",
// "Tls, Integrated, BasicAuth"), or the numbers ConvertTo-Json and CLIXML <I32> carry.
import type { EnumDef, EnumMember } from '../catalogue/types';
import { fail, ok, quote, type ValueResult } from './result';

export interface EnumValue {
  member: EnumMember;
}

export interface FlagsValue {
  /** The members named (or, for a number, the members whose bits make it up), in enum order for numbers. */
  members: EnumMember[];
  /** Sum of the members' values. */
  value: number;
}

export function parseEnum(text: string, def: EnumDef): ValueResult<EnumValue> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; expected one of ${names(def)}.`);
  if (t.length > 200) return fail(`${quote(t)} is not one of the ${def.name} values; expected one of ${names(def)}.`);
  const byName = def.members.find((m) => m.name.toLowerCase() === t.toLowerCase());
  if (byName) return ok({ member: byName });
  if (/^-?\d{1,10}$/.test(t)) {
    const byNumber = def.members.find((m) => m.value === Number(t));
    if (byNumber) return ok({ member: byNumber });
    return fail(`${t} is not a number of ${def.name}; the values are ${def.members.map((m) => `${m.name}=${m.value}`).join(', ')}.`);
  }
  return fail(`${quote(t)} is not one of the ${def.name} values; expected one of ${names(def)}.`);
}

export function parseFlags(text: string, def: EnumDef): ValueResult<FlagsValue> {
  const t = text.trim();
  if (t === '') return fail(`The value is empty; expected one or more of ${names(def)}, separated by commas.`);
  if (t.length > 2000) return fail(`${quote(t)} is not one of the ${def.name} values; expected one or more of ${names(def)}, separated by commas.`);
  if (/^\d{1,10}$/.test(t)) {
    const n = Number(t);
    const members: EnumMember[] = [];
    let rest = n;
    if (n === 0) {
      const zero = def.members.find((m) => m.value === 0);
      return ok({ members: zero ? [zero] : [], value: 0 });
    }
    for (const m of def.members) {
      if (m.value !== 0 && (n & m.value) === m.value && isPowerOfTwo(m.value)) {
        members.push(m);
        rest &= ~m.value;
      }
    }
    if (rest !== 0) return fail(`${t} has bits that are not ${def.name}; the values are ${def.members.map((m) => `${m.name}=${m.value}`).join(', ')}.`);
    return ok({ members, value: n });
  }
  const members: EnumMember[] = [];
  let value = 0;
  for (const raw of t.split(',')) {
    const name = raw.trim();
    if (name === '')
      return fail(
        `${quote(t)} has an empty member between commas; expected e.g. ${quote(
          def.members
            .slice(0, 2)
            .map((m) => m.name)
            .join(', '),
        )}.`,
      );
    const m = def.members.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!m) return fail(`${quote(name)} is not one of the ${def.name}; the members are ${names(def)}.`);
    if (!members.includes(m)) {
      members.push(m);
      value |= m.value;
    }
  }
  return ok({ members, value });
}

function names(def: EnumDef): string {
  return def.members.map((m) => m.name).join(', ');
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
