// Strings PowerShell writes when it stops serializing: a value deeper than -Depth becomes its ToString(), which is
// the .NET type name for types that do not override it ("Microsoft.Exchange.Data.ByteQuantifiedSize",
// "System.Collections.Hashtable"), or "@{Name=...; ...}" for a PSCustomObject. Such a string says the value exists
// but not what it is.

const TYPE_NAME = /^(?:Deserialized\.)?(?:Microsoft|System)(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:`\d+(?:\[.*\])?)?(?:\+[A-Za-z_][A-Za-z0-9_]*)*(?:\[\])?$/s;

export function isTypeNameString(s: string): boolean {
  const t = s.trim();
  if (t.length > 2000) return false;
  return TYPE_NAME.test(t) || (t.startsWith('@{') && t.endsWith('}'));
}
