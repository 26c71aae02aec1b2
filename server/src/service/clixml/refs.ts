// The reference tables of a CLIXML document. PowerShell writes an object once, as <Obj RefId="n">, and later
// occurrences as <Ref RefId="n"/>; a list of type names once, as <TN RefId="m">, and later as <TNRef RefId="m"/>.
// Both kinds of id are document-wide (a later top-level object may point into an earlier one).
import type { XmlNode } from '../xml/tree';

export interface RefTables {
  objects: Map<string, XmlNode>;
  typeNames: Map<string, string[]>;
}

const DESERIALIZED = 'Deserialized.';

/** One pass over the whole tree: every <Obj RefId> and every <TN RefId> (type names without "Deserialized."). */
export function indexRefs(root: XmlNode): RefTables {
  const objects = new Map<string, XmlNode>();
  const typeNames = new Map<string, string[]>();
  const stack: XmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const id = node.attrs.RefId;
    if (id !== undefined) {
      if (node.name === 'Obj') {
        if (!objects.has(id)) objects.set(id, node);
      } else if (node.name === 'TN') {
        if (!typeNames.has(id))
          typeNames.set(
            id,
            node.children.filter((c) => c.name === 'T').map((t) => plainTypeName(t.text)),
          );
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return { objects, typeNames };
}

/** `Deserialized.Microsoft.Exchange.…` → `Microsoft.Exchange.…` (what a remote session hands to Export-Clixml). */
export function plainTypeName(name: string): string {
  const t = name.trim();
  return t.startsWith(DESERIALIZED) ? t.slice(DESERIALIZED.length) : t;
}

/** The type names of an <Obj>: its own <TN>, or the one its <TNRef> points to; [] when it has neither. */
export function typeNamesOf(obj: XmlNode, refs: RefTables): string[] {
  for (const c of obj.children) {
    if (c.name === 'TN') {
      const id = c.attrs.RefId;
      return (id !== undefined ? refs.typeNames.get(id) : undefined) ?? c.children.filter((t) => t.name === 'T').map((t) => plainTypeName(t.text));
    }
    if (c.name === 'TNRef') return refs.typeNames.get(c.attrs.RefId ?? '') ?? [];
  }
  return [];
}
