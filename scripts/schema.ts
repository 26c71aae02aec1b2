// Writes schemas/exchange-transport.schema.json (the JSON schema of .exchange-transport.json) from the rule
// registry, so every rule id is offered and checked by the editor. `npm run schema`; a test keeps it current.
import { writeFileSync } from 'node:fs';
import { RULES, type RuleOptionSpec } from '../server/src/service';

/** An option's JSON schema, from its spec in the rule's metadata. */
function optionSchema(o: RuleOptionSpec): object {
  return {
    type: o.type,
    description: o.description,
    default: o.default,
    ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
    ...(o.maximum !== undefined ? { maximum: o.maximum } : {}),
    ...(o.enum ? { enum: o.enum } : {}),
  };
}

export function configSchema(): object {
  const severity = { enum: ['off', 'hint', 'information', 'warning', 'error'] };
  const ruleProps: Record<string, object> = {};
  for (const r of [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const options = r.meta.options;
    const withOptions = options
      ? [
          {
            type: 'array',
            items: [
              severity,
              {
                type: 'object',
                properties: Object.fromEntries(Object.entries(options).map(([name, o]) => [name, optionSchema(o)])),
                additionalProperties: false,
              },
            ],
            minItems: 1,
            maxItems: 2,
          },
        ]
      : [];
    ruleProps[r.meta.id] = { description: `${r.meta.description} (default: ${r.meta.defaultSeverity})`, anyOf: [severity, ...withOptions] };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'exchange-transport configuration (.exchange-transport.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', description: 'Severity per rule id ("off" turns a rule off).', properties: ruleProps, additionalProperties: false },
      dateOrder: { enum: ['auto', 'mdy', 'dmy'], description: 'How to read ambiguous culture dates such as 8/12/2024 in Format-List dumps.' },
      maxFileSize: { type: 'integer', minimum: 1024, description: 'Files larger than this many characters are not analysed.' },
      include: { type: 'array', items: { type: 'string' }, description: 'Glob patterns (relative to this file) of files to lint.' },
      exclude: { type: 'array', items: { type: 'string' }, description: 'Glob patterns (relative to this file) of files not to lint.' },
    },
  };
}

if (process.argv[1]?.endsWith('schema.ts')) {
  writeFileSync('schemas/exchange-transport.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
}
