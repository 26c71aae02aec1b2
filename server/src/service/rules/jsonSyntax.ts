import { defineRule } from './types';

const MESSAGES = {
  cut: 'The JSON ends early: the export was cut.',
  trailingComma: 'A trailing comma before "{{next}}", which JSON does not allow: the file was edited.',
  propertyNameExpected: 'A property name in double quotes was expected here, found {{found}}.',
  valueExpected: 'A value was expected here, found {{found}}.',
  colonExpected: 'A ":" was expected after the property name, found {{found}}.',
  commaExpected: 'A "," was expected between two values, found {{found}}.',
  closeBraceExpected: 'A "}" was expected to close the object, found {{found}}.',
  closeBracketExpected: 'A "]" was expected to close the list, found {{found}}.',
  secondValue: 'A second JSON value starts here: two exports were written into one file.',
  unquotedName: 'Property name {{name}} is not in double quotes.',
  strayText: '{{found}} is not JSON: text was mixed into the export.',
  badNumber: '{{found}} is not a valid JSON number.',
  unclosedString: 'This string has no closing double quote.',
  badEscape: 'An invalid escape: a backslash in a string must be followed by ", \\, /, b, f, n, r, t or u.',
  badUnicode: 'An invalid \\u escape: four hexadecimal digits must follow \\u.',
  controlCharacter: 'A tab or line break inside a string must be escaped (\\t, \\n).',
  unclosedComment: 'A comment is not closed ("*/" is missing).',
  invalid: 'The JSON is not valid here (found {{found}}).',
  empty: 'The file holds no JSON value.',
  tooDeep: 'The JSON is nested thousands of levels deep, deeper than any ConvertTo-Json export; it was not read.',
};

type JsonProblemId = keyof typeof MESSAGES;
const isJsonProblem = (id: string): id is JsonProblemId => Object.prototype.hasOwnProperty.call(MESSAGES, id);

export const jsonSyntax = defineRule({
  meta: {
    id: 'json-syntax',
    defaultSeverity: 'error',
    category: 'syntax',
    kinds: ['json'],
    description: 'The JSON is not valid (a ConvertTo-Json export that was cut or edited).',
    messages: MESSAGES,
  },
  check(ctx) {
    for (const p of ctx.file.syntaxErrors) ctx.report({ range: p.range, messageId: isJsonProblem(p.id) ? p.id : 'invalid', data: p.data });
  },
});
