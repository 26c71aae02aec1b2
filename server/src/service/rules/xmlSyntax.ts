import { newFileCommand } from './subscriptionShared';
import { defineRule } from './types';

const MESSAGES = {
  doctype: 'The file declares a {{declaration}}, which this linter refuses (entity attacks), so it was not read.',
  mismatchedTag: 'This end tag does not close <{{expected}}>, so the XML is not well-formed.',
  unclosed: 'The XML ends with elements still open: the file was cut.',
  badTag: 'A broken or unmatched tag: the XML is not well-formed here.',
  badAttribute: 'A broken attribute: the XML is not well-formed here.',
  badChar: 'An unexpected character: the XML is not well-formed here.',
  notWellFormed: 'The XML is not well-formed here.',
  unreadable: 'The XML cannot be read.',
  noRoot: 'The file has no root element.',
  notClixml: 'The root element is <{{name}}>, not the <Objs> of an Export-Clixml file.',
};

type XmlProblemId = keyof typeof MESSAGES;
const isXmlProblem = (id: string): id is XmlProblemId => Object.prototype.hasOwnProperty.call(MESSAGES, id);

export const xmlSyntax = defineRule({
  meta: {
    id: 'xml-syntax',
    defaultSeverity: 'error',
    category: 'syntax',
    kinds: ['edge-subscription', 'clixml'],
    description: 'The XML is not well-formed, or declares a DOCTYPE/ENTITY (this linter refuses those and never expands them).',
    messages: MESSAGES,
    fixes: { newFile: 'Make a new subscription file on the Edge (new bootstrap account)' },
  },
  check(ctx) {
    const file = ctx.file;
    for (const p of file.syntaxErrors) {
      ctx.report({
        range: p.range,
        messageId: isXmlProblem(p.id) ? p.id : 'notWellFormed',
        data: p.data,
        // A subscription file is made again, not repaired: the Edge writes it in one go.
        fix: file.kind === 'edge-subscription' ? { fixId: 'newFile', command: newFileCommand(undefined) } : undefined,
      });
    }
  },
});
