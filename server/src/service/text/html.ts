// Escaping for HTML and SVG text and attribute values: every text that came from a file goes through it.

/** `&`, `<`, `>`, `"` and `'` as entities: safe in element content and in quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
