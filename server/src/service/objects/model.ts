// One model for Exchange objects, whichever format they came from (Format-List text, Export-Clixml,
// ConvertTo-Json): properties with their text, their source ranges, and what the source said about them.
import type { ObjectKind, PropertyDef } from '../catalogue/types';
import type { CertificateFacts } from '../certificate/facts';
import type { Range } from '../types';

export type SourceFormat = 'format-list' | 'format-table' | 'clixml' | 'json' | 'powershell';

export interface ListItem {
  text: string;
  range: Range;
}

export interface PropertyValue {
  /** The name as written in the file. */
  name: string;
  /** Display text of the value: Format-List text (continuation lines joined), CLIXML <ToString>, JSON string/number. */
  text: string;
  nameRange: Range;
  /** The value itself; for an empty value, a zero-width range after the separator. */
  valueRange: Range;
  /** Items when the value is a collection ({a, b} in text, <LST> in CLIXML, an array in JSON). */
  list?: ListItem[];
  /** The collection was cut by $FormatEnumerationLimit ("..." / "…"): do not treat it as complete. */
  truncated?: boolean;
  /** Numeric enum/flags value when the source gave one (CLIXML <I32>, JSON number). */
  number?: number;
  /** The source said null ($null, <Nil/>, JSON null) or printed nothing. */
  empty: boolean;
  /** The catalogue entry, once the object's kind is known (set by analyzeObjects). */
  def?: PropertyDef;
}

export interface ExchangeObject {
  /** Undefined when the property set matches no known kind (left alone by rules). */
  kind?: ObjectKind;
  /** The .NET type the source named (CLIXML), when it did: then the kind is not guessed from property names. */
  typeName?: string;
  format: SourceFormat;
  /** From the first to the last line of the object. */
  range: Range;
  /** Properties in file order. */
  properties: PropertyValue[];
  /** Lower-case name → first occurrence. */
  byName: Map<string, PropertyValue>;
  /** The command line pasted above the object in a text dump (`Get-ReceiveConnector "X" | fl auth*`), if any. */
  pastedCommand?: { text: string; cmdlet: string; range: Range };
  /** For Exchange certificates: what the certificate rules look at (set by analyzeObjects). */
  certificate?: CertificateFacts;
}

export function property(obj: ExchangeObject, name: string): PropertyValue | undefined {
  return obj.byName.get(lowerName(name));
}

// Rules ask for the same few dozen names for every object of every file: each is lowered once (bounded, since
// names can come from the input too).
const LOWER = new Map<string, string>();
function lowerName(name: string): string {
  let lower = LOWER.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (LOWER.size < 4096) LOWER.set(name, lower);
  }
  return lower;
}

/** Name, Identity or (certificates) Subject/Thumbprint: how messages and symbols name the object. */
export function displayName(obj: ExchangeObject): string {
  for (const n of ['Name', 'Identity', 'Subject', 'FriendlyName', 'Thumbprint']) {
    const p = property(obj, n);
    if (p && !p.empty && p.text.trim()) return p.text.trim();
  }
  return '(unnamed)';
}
