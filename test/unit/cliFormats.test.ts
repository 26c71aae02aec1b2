// The CLI's machine formats (sarif, junit, github), --fail-on and --quiet, that every format carries the fixes in a
// field of its own (stylish: a fix: line; json: fixes; sarif: properties.fixes and fixes for file edits; junit: the
// failure body; github: a line under the message) and never in the message, and that no format ever prints the
// ESRA password of a subscription file. SARIF is validated against the official OASIS SARIF 2.1.0 JSON schema
// (errata 01, draft-04) shipped in test/fixtures/sarif; JUnit is parsed back with fast-xml-parser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RULES, createLanguageService, docsUrl, type Diagnostic, type Severity } from '../../server/src/service';
import { FORMATS } from '../../server/src/cli/args';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/formatters/github';
import { formatJunit } from '../../server/src/cli/formatters/junit';
import { formatSarif } from '../../server/src/cli/formatters/sarif';
import type { FileResult } from '../../server/src/cli/formatters/types';
import { runCli, tempDir } from '../helpers/cli';
import { PASSWORD, blobFor, defaultSpec, lineOf, subscriptionXml } from '../helpers/subscription';
import { version } from '../../package.json';

const MADE = new Date('2024-05-14T10:30:00Z');
const NOW = '2024-05-14T12:00:00Z';
const LATER = '2024-06-01T00:00:00Z';
const healthy = subscriptionXml(defaultSpec(MADE));
// A CA-issued Edge certificate signed with SHA-1: a warning (a self-signed one would only be information).
const weakSig = subscriptionXml({ ...defaultSpec(MADE), EdgeCertificateBlob: blobFor({ hash: 'sha1', issuerCn: 'Contoso Issuing CA' }) });
const corpus = (name: string) => readFileSync(join(__dirname, '..', 'grammar', 'fixtures', name), 'utf8');
const SEND = corpus('send-connectors.txt');
const RECEIVE = corpus('receive-connectors.txt');
const CERTS = corpus('exchange-certificates.txt');

interface JsonFix {
  title: string;
  command: string | null;
  edits: { range: Diagnostic['range']; newText: string }[];
}

interface JsonFile {
  file: string;
  kind: string;
  checked: boolean;
  diagnostics: { code: string; severity: Severity; message: string; range: Diagnostic['range']; fixes: JsonFix[] }[];
}

async function json(args: string[]): Promise<JsonFile[]> {
  const r = await runCli(['--format', 'json', ...args]);
  return JSON.parse(r.stdout);
}

/** Runs with the process in `dir`, so relative paths are what a CI job in its checkout would see. */
async function inDir<T>(dir: string, f: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await f();
  } finally {
    process.chdir(before);
  }
}

const rel = (file: string) => relative(process.cwd(), file).split(sep).join('/');

// ---------------------------------------------------------------------------------------------------------------
// SARIF

const schema = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
// strict: false: Ajv's strict mode rejects the schema's own anyOf/required idiom; formats (uri, uri-reference,
// date-time) are checked through ajv-formats.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function assertValidSarif(log: unknown): void {
  const ok = validateSarif(log);
  assert.ok(ok, `SARIF does not validate against the 2.1.0 schema:\n${JSON.stringify(validateSarif.errors, null, 2)}`);
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON/XML, checked field by field
type Sarif = any;

describe('--format sarif', () => {
  const mixed = () => tempDir({ 'edge.xml': weakSig, 'send-connectors.txt': SEND, 'receive-connectors.txt': RECEIVE, 'exchange-certificates.txt': CERTS });

  it('the shipped schema is the OASIS SARIF 2.1.0 schema and the validator really rejects bad logs', () => {
    assert.equal(schema.id, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    assert.deepEqual(schema.properties.version.enum, ['2.1.0']);
    assert.equal(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }), true);
    assert.equal(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'driver.name is required');
    assert.equal(
      validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', helpUri: 'not a uri' }] } } }] }),
      false,
      'helpUri must be a URI',
    );
    assert.equal(
      validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] }),
      false,
      'level enum',
    );
    assert.equal(
      validateSarif({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x' } },
            results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] }],
          },
        ],
      }),
      false,
      'lines are 1-based',
    );
  });

  it('validates against the schema, on subscriptions and on the corpus dumps, with findings and without', async () => {
    const dir = mixed();
    const counts: number[] = [];
    for (const args of [
      ['--now', LATER, dir],
      ['--now', NOW, dir],
      ['--now', LATER, join(dir, 'exchange-certificates.txt')],
    ]) {
      const r = await runCli(['--format', 'sarif', ...args]);
      assert.equal(r.stderr, '');
      const log: Sarif = JSON.parse(r.stdout);
      assertValidSarif(log);
      counts.push(log.runs[0].results.length);
    }
    assert.ok(counts[0] > 0 && counts[1] > 0);
    assert.equal(counts[2], 0, 'a clean file gives an empty results array');
  });

  it('describes the tool and every rule with its help URI, description and default level', async () => {
    const dir = tempDir({ 'a.xml': healthy });
    const log: Sarif = JSON.parse((await runCli(['--format', 'sarif', '--now', NOW, dir])).stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, schema.id);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'exchange-transport-lint');
    assert.equal(driver.version, version);
    assert.match(driver.informationUri, /^https:\/\/github\.com\/exchange-transport\/exchange-transport$/);
    const ids = driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const rule of RULES) {
      const d = driver.rules.find((r: { id: string }) => r.id === rule.meta.id);
      assert.ok(d, `rule ${rule.meta.id} is in the SARIF rules array`);
      assert.equal(d.helpUri, docsUrl(rule.meta.id));
      assert.equal(d.shortDescription.text, rule.meta.description);
      assert.equal(d.defaultConfiguration.level, LEVEL[rule.meta.defaultSeverity]);
      assert.match(d.name, /^[A-Z][A-Za-z0-9]*$/);
    }
  });

  it('has one result per diagnostic: rule id and index, level, message, 1-based region', async () => {
    const dir = mixed();
    const expected = (await json(['--now', LATER, dir])).flatMap((f) => f.diagnostics.map((d) => ({ file: f.file, ...d })));
    assert.ok(expected.length >= 8, 'the inputs have findings of several rules');
    assert.ok(new Set(expected.map((d) => d.severity)).size >= 3);
    const log: Sarif = JSON.parse((await runCli(['--format', 'sarif', '--now', LATER, dir])).stdout);
    const run = log.runs[0];
    assert.equal(run.results.length, expected.length);
    run.results.forEach((res: Sarif, i: number) => {
      const d = expected[i];
      assert.equal(res.ruleId, d.code);
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, d.code);
      assert.equal(res.level, LEVEL[d.severity]);
      assert.equal(res.message.text, d.message);
      assert.equal(res.locations.length, 1);
      const { artifactLocation, region } = res.locations[0].physicalLocation;
      assert.deepEqual(artifactLocation, { uri: rel(d.file), uriBaseId: '%SRCROOT%' });
      assert.deepEqual(
        region,
        {
          startLine: d.range.start.line + 1,
          startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
        },
        'exactly the region: no snippet or other file contents',
      );
    });
  });

  it('carries related information as relatedLocations', async () => {
    const dir = tempDir({ 'edge.xml': healthy });
    const log: Sarif = JSON.parse((await runCli(['--format', 'sarif', '--now', LATER, dir])).stdout);
    const expired = log.runs[0].results.find((r: Sarif) => r.ruleId === 'subscription-expired');
    assert.ok(expired?.relatedLocations?.length, 'subscription-expired points at the Duration too');
    const loc = expired.relatedLocations[0];
    assert.equal(loc.id, 1);
    assert.equal(loc.physicalLocation.artifactLocation.uri, rel(join(dir, 'edge.xml')));
    assert.equal(loc.physicalLocation.region.startLine, lineOf(healthy, '<Duration>') + 1);
    assert.equal(typeof loc.message.text, 'string');
    assertValidSarif(log);
    const noRelated = log.runs[0].results.filter((r: Sarif) => !('relatedLocations' in r));
    assert.ok(noRelated.length > 0, 'results without related information have no relatedLocations key');
  });

  it('uses paths relative to the working directory with forward slashes, percent-encoded', async () => {
    const dir = tempDir({ 'site 1/edge#1.xml': weakSig, 'site2/deep/edge.xml': weakSig });
    const log: Sarif = await inDir(dir, async () => JSON.parse((await runCli(['--format', 'sarif', '--now', NOW, '.'])).stdout));
    const uris = [...new Set(log.runs[0].results.map((r: Sarif) => r.locations[0].physicalLocation.artifactLocation.uri))].sort();
    assert.deepEqual(uris, ['site%201/edge%231.xml', 'site2/deep/edge.xml']);
    assert.match(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    assertValidSarif(log);
  });

  it('formatter: unknown rule codes still get a descriptor, hints are notes', () => {
    const d = (code: string, severity: Severity): Diagnostic => ({
      code,
      severity,
      message: 'm',
      source: 'exchange-transport',
      href: 'https://example.com/x',
      range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } },
    });
    const results: FileResult[] = [
      {
        file: '/work/x.xml',
        kind: 'edge-subscription',
        checked: true,
        diagnostics: [d('not-a-rule', 'hint'), d('xml-syntax', 'error'), d('not-a-rule', 'information')],
      },
    ];
    const log: Sarif = JSON.parse(formatSarif(results, { color: false, cwd: '/work' }));
    assertValidSarif(log);
    const [a, b, c] = log.runs[0].results;
    assert.equal(log.runs[0].tool.driver.rules[a.ruleIndex].id, 'not-a-rule');
    assert.equal(a.ruleIndex, c.ruleIndex);
    assert.equal(log.runs[0].tool.driver.rules[b.ruleIndex].id, 'xml-syntax');
    assert.deepEqual([a.level, b.level, c.level], ['note', 'error', 'note']);
    assert.deepEqual(a.locations[0].physicalLocation.artifactLocation, { uri: 'x.xml', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(a.locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 3, endColumn: 1 });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// JUnit

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  trimValues: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

describe('--format junit', () => {
  it('parses back: one suite per file, one case per finding, failures for errors and warnings', async () => {
    const dir = tempDir({
      'edge.xml': weakSig,
      'send-connectors.txt': SEND,
      'receive-connectors.txt': RECEIVE,
      'clean.xml': healthy,
      'exchange-certificates.txt': CERTS,
    });
    const files = await json(['--now', LATER, dir]);
    const r = await runCli(['--format', 'junit', '--now', LATER, dir]);
    assert.equal(XMLValidator.validate(r.stdout), true);
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    const doc = xmlParser.parse(r.stdout);
    const suites = doc.testsuites.testsuite;
    assert.equal(suites.length, files.length);
    let tests = 0;
    let failures = 0;
    files.forEach((f, i) => {
      const s = suites[i];
      const failing = f.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.equal(s.name, f.file);
      assert.equal(Number(s.tests), Math.max(1, f.diagnostics.length));
      assert.equal(s.testcase.length, Number(s.tests));
      assert.equal(Number(s.failures), failing.length);
      assert.equal(s.testcase.filter((c: Sarif) => c.failure).length, failing.length);
      assert.equal(Number(s.errors), 0);
      if (f.diagnostics.length === 0) {
        assert.equal(s.testcase[0].failure, undefined, 'a clean file is one passing testcase');
      }
      f.diagnostics.forEach((d, j) => {
        const c = s.testcase[j];
        assert.equal(c.classname, f.file);
        assert.ok(c.name.startsWith(`${d.code} at ${d.range.start.line + 1}:${d.range.start.character + 1}`));
        if (d.severity === 'error' || d.severity === 'warning') {
          assert.equal(c.failure.message, d.message);
          assert.equal(c.failure.type, d.code);
          assert.ok(c.failure['#text'].includes(d.message));
        } else {
          assert.equal(c.failure, undefined);
        }
      });
      tests += Number(s.tests);
      failures += Number(s.failures);
    });
    assert.ok(
      files.some((f) => f.diagnostics.length === 0),
      'a clean file is among the inputs',
    );
    assert.ok(failures > 0);
    assert.equal(Number(doc.testsuites.tests), tests);
    assert.equal(Number(doc.testsuites.failures), failures);
  });

  it('escapes file names and messages so the XML stays well-formed and reads back exactly', async () => {
    const odd = `a&b<c>"d'e.xml`;
    const dir = tempDir({ [odd]: weakSig });
    const r = await runCli(['--format', 'junit', '--now', NOW, join(dir, odd)]);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const s = xmlParser.parse(r.stdout).testsuites.testsuite[0];
    assert.equal(s.name, join(dir, odd));
    const msg = `Bad <value> & "quotes" 'too'\ttab\nnew line\r\nCRLF \u0007bell ]]> end`;
    const xml = formatJunit(
      [
        {
          file: 'x&y.xml',
          kind: 'edge-subscription',
          checked: true,
          diagnostics: [
            {
              code: 'xml-syntax',
              severity: 'error',
              message: msg,
              source: 'exchange-transport',
              href: 'https://example.com/?a=1&b=2',
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
            },
          ],
        },
      ],
      { color: false },
    );
    assert.equal(XMLValidator.validate(xml), true);
    const c = xmlParser.parse(xml).testsuites.testsuite[0].testcase[0];
    assert.equal(c.failure.message, msg.replace('\u0007', '\uFFFD'));
    assert.ok(c.failure['#text'].includes(msg.replace('\u0007', '\uFFFD')));
    assert.equal(c.classname, 'x&y.xml');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// GitHub workflow commands

const ANNOTATION = /^::(error|warning|notice) file=([^,:]*),line=(\d+)(?:,col=(\d+))?,endLine=(\d+)(?:,endColumn=(\d+))?,title=([^,:]+)::(.*)$/;
const unescapeProperty = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
const unescapeData = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

describe('--format github', () => {
  it('prints one annotation line per diagnostic with position, rule and message', async () => {
    const dir = tempDir({ 'edge.xml': weakSig, 'send-connectors.txt': SEND, 'receive-connectors.txt': RECEIVE });
    const expected = (await json(['--now', LATER, dir])).flatMap((f) => f.diagnostics.map((d) => ({ file: f.file, ...d })));
    const r = await runCli(['--format', 'github', '--now', LATER, dir]);
    assert.equal(r.code, 1);
    assert.ok(r.stdout.endsWith('\n'));
    const lines = r.stdout.slice(0, -1).split('\n');
    assert.equal(lines.length, expected.length);
    const command = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };
    lines.forEach((line, i) => {
      const d = expected[i];
      const m = ANNOTATION.exec(line);
      assert.ok(m, `not an annotation: ${line}`);
      const [, cmd, file, l, col, endLine, endColumn, title, message] = m;
      assert.equal(cmd, command[d.severity]);
      assert.equal(unescapeProperty(file), rel(d.file));
      assert.equal(Number(l), d.range.start.line + 1);
      assert.equal(Number(endLine), d.range.end.line + 1);
      if (d.range.start.line === d.range.end.line) {
        assert.equal(Number(col), d.range.start.character + 1);
        assert.equal(Number(endColumn), d.range.end.character + 1);
      } else {
        assert.equal(col, undefined, 'GitHub refuses columns on multi-line ranges');
        assert.equal(endColumn, undefined);
      }
      assert.equal(title, d.code);
      // The message, then the preferred fix on a line of its own.
      const fix = d.fixes[0] ? (d.fixes[0].command ?? d.fixes[0].title) : undefined;
      assert.equal(unescapeData(message), fix ? `${d.message}\nfix: ${fix}` : d.message);
    });
    assert.ok(expected.some((d) => d.fixes.length > 0));
    assert.ok(lines.some((l) => l.startsWith('::error ')) && lines.some((l) => l.startsWith('::warning ')) && lines.some((l) => l.startsWith('::notice ')));
  });

  it('paths are relative to the working directory; nothing is printed for clean files', async () => {
    const dir = tempDir({ 'sub dir/edge.xml': weakSig, 'clean.txt': CERTS });
    const r = await inDir(dir, () => runCli(['--format', 'github', '--now', NOW, 'sub dir']));
    assert.ok(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => l.includes(' file=sub dir/edge.xml,')),
      r.stdout,
    );
    const clean = await inDir(dir, () => runCli(['--format', 'github', '--now', LATER, 'clean.txt']));
    assert.equal(clean.stdout, '');
    assert.equal(clean.code, 0);
  });

  it('escapes %, CR and LF in messages and also , and : in properties', async () => {
    assert.equal(escapeData('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext: a,b');
    assert.equal(escapeProperty('C:\\x,y%z\n'), 'C%3A\\x%2Cy%25z%0A');
    const odd = 'odd,na:me%41.xml';
    const dir = tempDir({ [odd]: weakSig });
    const r = await inDir(dir, () => runCli(['--format', 'github', '--now', NOW, odd]));
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) {
      assert.ok(line.includes(' file=odd%2Cna%3Ame%2541.xml,'), line);
      assert.equal(unescapeProperty(ANNOTATION.exec(line)![2]), odd);
    }
    const out = formatGithub(
      [
        {
          file: '/w/a.xml',
          kind: 'edge-subscription',
          checked: true,
          diagnostics: [
            {
              code: 'xml-syntax',
              severity: 'hint',
              message: 'two\nlines, 50% : sure\r',
              source: 'exchange-transport',
              href: '',
              range: { start: { line: 1, character: 2 }, end: { line: 3, character: 4 } },
            },
            {
              code: 'xml-syntax',
              severity: 'information',
              message: 'one',
              source: 'exchange-transport',
              href: '',
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
            },
          ],
        },
      ],
      { color: false, cwd: '/w' },
    );
    assert.equal(
      out,
      [
        '::notice file=a.xml,line=2,endLine=4,title=xml-syntax::two%0Alines, 50%25 : sure%0D',
        '::notice file=a.xml,line=1,col=1,endLine=1,endColumn=6,title=xml-syntax::one',
        '',
      ].join('\n'),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// --fail-on, --quiet

describe('--fail-on and --quiet', () => {
  it('--fail-on sets the lowest severity that fails the run', async () => {
    const info = tempDir({ 'a.xml': healthy }); // information only (subscription-credentials)
    const warn = tempDir({ 'w.xml': weakSig }); // a warning and information
    const err = tempDir({ 'e.xml': healthy }); // an error as of LATER
    const code = async (...args: string[]) => (await runCli(args)).code;
    assert.equal(await code('--now', NOW, info), 0);
    assert.equal(await code('--now', NOW, '--fail-on', 'error', info), 0);
    assert.equal(await code('--now', NOW, '--fail-on', 'warning', info), 0);
    assert.equal(await code('--now', NOW, '--fail-on', 'information', info), 1);
    assert.equal(await code('--now', NOW, warn), 0);
    assert.equal(await code('--now', NOW, '--fail-on=warning', warn), 1);
    assert.equal(await code('--now', NOW, '--fail-on', 'information', warn), 1);
    for (const level of ['error', 'warning', 'information']) assert.equal(await code('--now', LATER, '--fail-on', level, err), 1);
    for (const format of FORMATS) assert.equal(await code('--format', format, '--now', NOW, '--fail-on', 'warning', warn), 1, format);
  });

  it('--quiet reports errors only and ignores the rest for the exit code, --max-warnings included', async () => {
    const warn = tempDir({ 'w.xml': weakSig });
    const both = tempDir({ 'w.xml': weakSig, 'send-connectors.txt': SEND });
    const code = async (...args: string[]) => (await runCli(args)).code;
    assert.equal(await code('--now', NOW, '--fail-on', 'warning', '--quiet', warn), 0);
    assert.equal(await code('--now', NOW, '--fail-on', 'information', '--quiet', warn), 0);
    assert.equal(await code('--now', NOW, '--max-warnings', '0', '--quiet', warn), 0);
    assert.equal(await code('--now', NOW, '--max-warnings', '0', warn), 1);
    const loud = await json(['--now', LATER, both]);
    const quiet = await json(['--now', LATER, '--quiet', both]);
    assert.ok(loud.some((f) => f.diagnostics.some((d) => d.severity !== 'error')));
    assert.deepEqual(
      quiet,
      loud.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })),
    );
    assert.ok(quiet.some((f) => f.diagnostics.length > 0));
    assert.equal(await code('--now', LATER, '--quiet', both), 1);
    const stylish = await runCli(['--now', NOW, '--quiet', warn]);
    assert.match(stylish.stdout, /no problems/);
    const sarif: Sarif = JSON.parse((await runCli(['--format', 'sarif', '--now', LATER, '--quiet', both])).stdout);
    assert.ok(sarif.runs[0].results.length > 0 && sarif.runs[0].results.every((r: Sarif) => r.level === 'error'));
    const github = (await runCli(['--format', 'github', '--now', LATER, '--quiet', both])).stdout.trimEnd().split('\n');
    assert.ok(github.every((l) => l.startsWith('::error ')));
    const junit = xmlParser.parse((await runCli(['--format', 'junit', '--now', NOW, '--quiet', warn])).stdout);
    assert.equal(Number(junit.testsuites.failures), 0);
  });

  it('usage errors: bad --fail-on values exit 2', async () => {
    for (const args of [
      ['--fail-on', 'hint', 'x'],
      ['--fail-on', 'bogus', 'x'],
      ['x', '--fail-on'],
      ['--format', 'sarif2', 'x'],
    ]) {
      const r = await runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /exchange-transport-lint: /);
    }
    const help = await runCli(['--help']);
    for (const s of ['--fail-on', '--quiet', 'sarif', 'junit', 'github']) assert.ok(help.stdout.includes(s), s);
  });

  it('--format json keeps exactly its shape with the new options', async () => {
    const dir = tempDir({ 'w.xml': weakSig });
    for (const extra of [[], ['--fail-on', 'warning'], ['--quiet'], ['--verbose']]) {
      for (const f of await json(['--now', NOW, ...extra, dir])) {
        assert.deepEqual(Object.keys(f), ['file', 'kind', 'checked', 'diagnostics']);
        for (const d of f.diagnostics) assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range', 'fixes']);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Fixes: in a field of their own in every format, never in the message

describe('fixes in every format', () => {
  const SCRIPT = 'Set-SendConnector -Identity Internet -IgnoreSTARTTLS $true\n';
  const files = () => tempDir({ 'send-connectors.txt': SEND, 'setup.ps1': SCRIPT });
  const RELAY_FIX = 'Set-SendConnector -Identity "Legacy Relay" -IgnoreSTARTTLS $false';

  it('json: fixes [{title, command, edits}], the PowerShell in command, file edits in edits', async () => {
    const out = await json(['--now', LATER, files()]);
    const all = out.flatMap((f) => f.diagnostics.map((d) => ({ file: f.file, ...d })));
    const relay = all.find((d) => d.code === 'ignore-starttls' && d.file.endsWith('.txt'))!;
    assert.equal(relay.fixes[0].command, RELAY_FIX);
    assert.deepEqual(relay.fixes[0].edits, []);
    assert.ok(relay.fixes[0].title.length > 0);
    const script = all.find((d) => d.code === 'ignore-starttls' && d.file.endsWith('.ps1'))!;
    assert.deepEqual(
      script.fixes[0].edits.map((e) => e.newText),
      ['$false'],
    );
    // The formatter adds nothing to the engine's message.
    for (const d of [relay, script]) assert.ok(!d.message.includes('Set-SendConnector'), d.message);
    const engine = createLanguageService().validate({ uri: relay.file, text: SEND }, { now: new Date(LATER) });
    assert.deepEqual(
      all.filter((d) => d.file === relay.file).map((d) => d.message),
      engine.map((d) => d.message),
    );
  });

  it('stylish: a fix: line under the finding; --verbose: every fix and the related locations', async () => {
    const dir = files();
    const plain = await runCli(['--now', LATER, join(dir, 'send-connectors.txt')]);
    const lines = plain.stdout.split('\n');
    const at = lines.findIndex((l) => /\bignore-starttls$/.test(l));
    assert.ok(at >= 0, plain.stdout);
    assert.equal(lines[at + 1].trim(), `fix: ${RELAY_FIX}`);
    assert.doesNotMatch(plain.stdout, /\bsee \d+:\d+:/);
    const edge = tempDir({ 'edge.xml': healthy });
    const verbose = await runCli(['--now', LATER, '--verbose', edge]);
    assert.match(verbose.stdout, /^\s+see \d+:\d+: /m, 'related information is listed');
    const script = await runCli(['--now', LATER, '--verbose', join(dir, 'setup.ps1')]);
    assert.match(script.stdout, /^\s+fix: .+$/m);
  });

  it('sarif: every fix in properties.fixes; file edits as SARIF fixes; still valid', async () => {
    const log: Sarif = JSON.parse((await runCli(['--format', 'sarif', '--now', LATER, files()])).stdout);
    assertValidSarif(log);
    const results = log.runs[0].results;
    const relay = results.find((r: Sarif) => r.ruleId === 'ignore-starttls' && r.locations[0].physicalLocation.artifactLocation.uri.endsWith('.txt'));
    assert.equal(relay.properties.fixes[0].command, RELAY_FIX);
    assert.equal(relay.fixes, undefined, 'a PowerShell command is not an edit of the file');
    const script = results.find((r: Sarif) => r.ruleId === 'ignore-starttls' && r.locations[0].physicalLocation.artifactLocation.uri.endsWith('.ps1'));
    const change = script.fixes[0].artifactChanges[0];
    assert.ok(change.artifactLocation.uri.endsWith('setup.ps1'));
    assert.equal(change.replacements[0].insertedContent.text, '$false');
    assert.equal(change.replacements[0].deletedRegion.startLine, 1);
    assert.equal(typeof script.fixes[0].description.text, 'string');
  });

  it('junit: the fixes in the failure body, not in its message', async () => {
    const r = await runCli(['--format', 'junit', '--now', LATER, join(files(), 'send-connectors.txt')]);
    const c = xmlParser.parse(r.stdout).testsuites.testsuite[0].testcase.find((t: Sarif) => t.failure && t.failure.type === 'ignore-starttls');
    assert.ok(c.failure['#text'].includes(`fix: `) && c.failure['#text'].includes(RELAY_FIX));
    assert.ok(!c.failure.message.includes(RELAY_FIX));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Files nothing could be checked in

describe('files nothing could be checked in', () => {
  const SERVICE =
    '\r\nName        : MSExchangeTransport\r\nDisplayName : Microsoft Exchange Transport\r\nStatus      : Running\r\nStartType   : Automatic\r\n\r\n';

  it('stylish never says "no problems" with a check mark for a file where nothing was checked', async () => {
    const dir = tempDir({ 'services.txt': SERVICE });
    const r = await runCli(['--now', NOW, join(dir, 'services.txt')]);
    assert.doesNotMatch(r.stdout, /✔/);
    assert.match(r.stdout, /not-checked/);
    // With the rule turned off the file is still not called clean.
    const cfg = tempDir({ 'services.txt': SERVICE, '.exchange-transport.json': '{ "rules": { "not-checked": "off" } }' });
    const off = await runCli(['--now', NOW, join(cfg, 'services.txt')]);
    assert.doesNotMatch(off.stdout, /✔/);
    assert.match(off.stdout, /not checked/);
    assert.match(off.stdout, /1 file not checked/);
  });

  it('folders: skipped files are counted, listed with --verbose (stylish and json)', async () => {
    const dir = tempDir({ 'certs.txt': CERTS, 'services.txt': SERVICE, 'pom.xml': '<project/>' });
    const r = await runCli(['--now', LATER, dir]);
    assert.match(r.stdout, /2 files in the folders skipped/);
    assert.match(r.stdout, /✔ 1 file checked, no problems/);
    assert.doesNotMatch(r.stdout, /pom\.xml/);
    const v = await runCli(['--now', LATER, '--verbose', dir]);
    assert.match(v.stdout, /pom\.xml/);
    assert.match(v.stdout, /services\.txt/);
    const out = await json(['--now', LATER, '--verbose', dir]);
    assert.deepEqual(
      out.map((f) => [f.file.slice(dir.length + 1), f.kind, f.checked, f.diagnostics.length]),
      [
        ['certs.txt', 'format-list', true, 0],
        ['pom.xml', 'unknown', false, 0],
        ['services.txt', 'unknown', false, 0],
      ],
    );
    assert.deepEqual(
      (await json(['--now', LATER, dir])).map((f) => f.file.slice(dir.length + 1)),
      ['certs.txt'],
    );
  });

  it('junit: a file where nothing was checked is a skipped testcase, not a passing one', async () => {
    const cfg = tempDir({ 'services.txt': SERVICE, '.exchange-transport.json': '{ "rules": { "not-checked": "off" } }' });
    const doc = xmlParser.parse((await runCli(['--format', 'junit', '--now', NOW, join(cfg, 'services.txt')])).stdout);
    const suite = doc.testsuites.testsuite[0];
    assert.equal(Number(suite.skipped), 1);
    assert.equal(suite.testcase[0].name, 'not checked');
    assert.ok('skipped' in suite.testcase[0]);
    assert.equal(Number(doc.testsuites.skipped), 1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Secrets

describe('the ESRA password never appears in any format', () => {
  // A password with characters every format escapes, to catch it in escaped form too.
  const NASTY = `Pw&<x>"q'%,:;\\u`;
  const forms = (p: string) => [
    p,
    JSON.stringify(p).slice(1, -1),
    p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
    escapeData(p),
    escapeProperty(p),
    encodeURIComponent(p),
  ];
  const spec = defaultSpec(MADE);
  const files = {
    'healthy.xml': healthy,
    'weak.xml': weakSig,
    'nasty.xml': subscriptionXml({ ...spec, ESRAPassword: NASTY }),
    'duplicate.xml': subscriptionXml(spec, [`<ESRAPassword>${PASSWORD}</ESRAPassword>`]),
    'misspelt.xml': subscriptionXml({ ...spec, ESRAPassword: undefined }, [`<ESRAPasword>${PASSWORD}</ESRAPasword>`]),
    'broken.xml': subscriptionXml(spec).replace('</ESRAPassword>', '</ESRAPassword'),
    'noBlob.xml': subscriptionXml({ ...spec, EdgeCertificateBlob: 'bm90IGEgY2VydGlmaWNhdGU=' }),
    'send-connectors.txt': SEND,
  };

  for (const format of FORMATS) {
    it(`--format ${format}`, async () => {
      const dir = tempDir(files);
      for (const now of [NOW, LATER, '2024-05-14T10:00:00Z']) {
        const r = await runCli(['--format', format, '--now', now, '--fail-on', 'information', dir]);
        assert.equal(r.code, 1, 'there are findings');
        assert.ok(r.stdout.length > 0);
        for (const secret of [...forms(PASSWORD), ...forms(NASTY)]) {
          assert.ok(!r.stdout.includes(secret), `${format} output contains the password (${JSON.stringify(secret)})`);
          assert.ok(!r.stderr.includes(secret), `${format} stderr contains the password`);
        }
      }
    });
  }
});
