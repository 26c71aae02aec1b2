// What a script says, as rules read it: the commands it runs, each with its parameters and their values, the
// values known where the script writes them as literals (directly, through a variable assigned a literal, or
// through a splatted hashtable literal) and "present but unknown" where they are computed. Offsets are into the
// script's text.

export interface Span {
  start: number;
  end: number;
}

export type ValueForm = 'string' | 'bare' | 'number' | 'boolean' | 'null' | 'list' | 'hashtable' | 'expression';

export interface ScriptValue extends Span {
  /** The value as PowerShell reads it (quotes and escapes removed); '' when unknown or $null. */
  text: string;
  /** Not a literal the script shows: a computed expression, a command's output, a variable of unknown value. */
  unknown: boolean;
  form: ValueForm;
  /** A list literal's items (`a, b`, `"a","b"`, `@("a", "b")`). */
  items?: ScriptValue[];
  /** A hashtable literal's entries (`@{ RequireTLS = $true }`). */
  entries?: HashEntry[];
  /** Written as a variable: its name, and where the literal it holds was written. */
  variable?: string;
  assignedAt?: Span;
  /** Commands the value runs (`(Get-Credential)`, `$(Get-Content ...)`), as spans of command nodes. */
  commands?: Span[];
}

export interface HashEntry {
  key: string;
  /** The key without its quotes. */
  keySpan: Span;
  value: ScriptValue;
}

export interface ScriptParameter {
  /** As written, without the dash (or the hashtable key of a splat). */
  name: string;
  /** The name (without the dash), or the key in the splatted hashtable. */
  nameSpan: Span;
  /** The dash to the end of the value: what removing the parameter removes. */
  span: Span;
  /** Undefined for a switch written alone (`-Force`). */
  value?: ScriptValue;
  /** `-Name:value` */
  colon: boolean;
  /** From a splatted hashtable (`@params`). */
  splatted: boolean;
}

export interface ScriptCommand extends Span {
  /** As written (`Set-SendConnector`). */
  name: string;
  nameSpan: Span;
  parameters: ScriptParameter[];
  /** Arguments given without a parameter name, in order. */
  positional: ScriptValue[];
  /** A splatted variable of unknown content: the command may set parameters the script does not show. */
  unknownSplat: boolean;
  /** What is piped into it: the command before it in the pipeline, or an expression. */
  input?: { command?: ScriptCommand; value?: ScriptValue };
  /** The whole statement the command belongs to (its pipeline): what removing the command removes. */
  statement: Span;
}

export interface ScriptModel {
  /** Every command, in the order they start (script blocks, functions and branches included). */
  commands: ScriptCommand[];
  /** Parts of the script the grammar could not read (commands there may be missing or cut). */
  unreadable: Span[];
  /** The script runs at least one Exchange cmdlet (it is worth reporting when found in a folder). */
  exchange: boolean;
}

/** A command's parameter by name, case-insensitively (the first when given twice). */
export function parameter(cmd: ScriptCommand, name: string): ScriptParameter | undefined {
  const n = name.toLowerCase();
  return cmd.parameters.find((p) => p.name.toLowerCase() === n);
}

export function isCommand(cmd: ScriptCommand, ...names: string[]): boolean {
  const n = cmd.name.toLowerCase();
  return names.some((x) => x.toLowerCase() === n);
}

/** A literal's items: its list, or itself alone. */
export function valueItems(v: ScriptValue): ScriptValue[] {
  return v.items ?? [v];
}
