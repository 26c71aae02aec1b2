import type { EdgeSubscriptionFile } from '../document';
import { defineRule } from './types';

export const subscriptionRootNamespace = defineRule<'namespaced', 'removeNamespace', EdgeSubscriptionFile>({
  meta: {
    id: 'subscription-root-namespace',
    defaultSeverity: 'error',
    category: 'subscription',
    kinds: ['edge-subscription'],
    description: '<EdgeSubscriptionData> has a default XML namespace; Exchange only reads it in no namespace.',
    messages: {
      namespaced: '<EdgeSubscriptionData> is in namespace "{{namespace}}"; the import reads it only without one.',
    },
    fixes: { removeNamespace: 'Remove xmlns="{{namespace}}" from the root element (New-EdgeSubscription writes none)' },
    sources: ['New-EdgeSubscription'],
  },
  check(ctx) {
    const sub = ctx.file.subscription;
    const ns = sub?.xml.rootAttributes.find((a) => a.name === 'xmlns' && a.value !== '');
    if (!ns) return;
    const namespace = ns.value.length > 60 ? `${ns.value.slice(0, 59)}…` : ns.value;
    ctx.report({
      range: ns.range,
      messageId: 'namespaced',
      data: { namespace },
      fix: { fixId: 'removeNamespace', edits: removeAttribute(ctx.file, ns.range) },
    });
  },
});

/** The attribute from the blank before its name to its closing quote. */
function removeAttribute(file: EdgeSubscriptionFile, nameRange: { start: { line: number; character: number } }) {
  const lines = file.lines;
  const at = lines.offsetAt(nameRange.start);
  const m = /^xmlns\s*=\s*("[^"]*"|'[^']*')/.exec(file.text.slice(at, at + 4096));
  if (!m) return [];
  let start = at;
  while (start > 0 && /[ \t\r\n]/.test(file.text[start - 1])) start--;
  return [{ range: lines.range(start, at + m[0].length), newText: '' }];
}
