// Cheap content checks that tell formats apart from the head of a text (never the whole of a large file).
import { PROPERTY_LINE } from '../formatList/parse';

const HEAD = 65536;

/** Format-List text: at least three `Name : value` lines among the first 200 lines. */
export function looksLikeFormatList(text: string): boolean {
  let hits = 0;
  let lines = 0;
  let from = 0;
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  while (from <= head.length && lines < 200) {
    let to = head.indexOf('\n', from);
    if (to < 0) to = head.length;
    if (PROPERTY_LINE.test(head.slice(from, to))) {
      if (++hits >= 3) return true;
    }
    lines++;
    from = to + 1;
  }
  return false;
}

// JSON starts with an object or an array of values; "[PS] C:\\>" (a pasted shell prompt) does not.
const JSON_START = /^\uFEFF?\s*(\{\s*("|\})|\[\s*(\{|\[|"|\]|-?\d|true|false|null))/;

export function looksLikeJson(text: string): boolean {
  return JSON_START.test(text.slice(0, 256));
}

const XML_ROOT_RE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*|<\?[\s\S]*?\?>\s*)*<([A-Za-z_][\w.:-]*)/;

/** The name of the root element of an XML text, without parsing it (first 64 KB only). */
export function xmlRootName(text: string): string | undefined {
  const head = text.charCodeAt(0) === 0xfeff ? text.slice(1, HEAD) : text.slice(0, HEAD);
  return XML_ROOT_RE.exec(head)?.[1];
}
