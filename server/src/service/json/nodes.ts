// Small reads of jsonc-parser nodes: members by name, the raw source of a value, where a string's content sits.
import type { Node } from 'jsonc-parser';

export interface Span {
  start: number;
  end: number;
}

/** The value node of an object's member, matched case-insensitively (PowerShell names are case-insensitive). */
export function member(obj: Node, name: string): Node | undefined {
  if (obj.type !== 'object' || !obj.children) return undefined;
  const lower = name.toLowerCase();
  for (const p of obj.children) {
    const key = p.children?.[0];
    if (key && typeof key.value === 'string' && key.value.toLowerCase() === lower) return p.children?.[1];
  }
  return undefined;
}

/** Lower-case member names of an object node. */
export function memberNames(obj: Node): Set<string> {
  const names = new Set<string>();
  for (const p of obj.children ?? []) {
    const key = p.children?.[0];
    if (key && typeof key.value === 'string') names.add(key.value.toLowerCase());
  }
  return names;
}

export function isObject(node: Node | undefined): node is Node {
  return node?.type === 'object';
}

export function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

export function numberOf(node: Node | undefined): number | undefined {
  return node?.type === 'number' && typeof node.value === 'number' ? node.value : undefined;
}

export function boolOf(node: Node | undefined): boolean | undefined {
  return node?.type === 'boolean' ? (node.value as boolean) : undefined;
}

/** The node exactly as written in the file (a number keeps its digits: 64-bit ticks lose nothing). */
export function source(text: string, node: Node): string {
  return text.slice(node.offset, node.offset + node.length);
}

/** Where a value sits: a string's content without its quotes, any other node whole. */
export function valueSpan(node: Node): Span {
  if (node.type === 'string' && node.length >= 2) return { start: node.offset + 1, end: node.offset + node.length - 1 };
  return { start: node.offset, end: node.offset + node.length };
}

/** A string written without escapes: offsets in its value are offsets in the file, from its content start. */
export function isVerbatimString(text: string, node: Node): boolean {
  return node.type === 'string' && node.length === (node.value as string).length + 2 && text.charCodeAt(node.offset + node.length - 1) === 34;
}
