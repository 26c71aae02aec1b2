// The GitHub Action (action.yml + scripts/action.sh) as a workflow would run it, against the packed tarball: inputs
// reach the script through env only, the annotations and the exit codes are the linter's, the SARIF log validates
// against the SARIF 2.1.0 schema, and no input is ever evaluated by the shell.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cleanEnv, packAndInstall, ROOT, type PackResult } from '../helpers/pack';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; shell?: string; run?: string; env?: Record<string, string> }[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

let pack: PackResult;
before(() => {
  pack = packAndInstall();
});
after(() => {
  if (pack) rmSync(pack.work, { recursive: true, force: true });
});

/** Runs the action's step as the composite step would: its env from action.yml with these input values. */
function runAction(
  inputs: Record<string, string>,
  name: string,
  cwd?: string,
): { status: number | null; stdout: string; stderr: string; output: string; dir: string } {
  const dir = join(pack.work, name);
  mkdirSync(dir, { recursive: true });
  const step = action.runs.steps[0];
  const env: Record<string, string> = {
    ...cleanEnv,
    npm_config_offline: 'true',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    GITHUB_OUTPUT: join(dir, 'github-output'),
  };
  for (const [key, expr] of Object.entries(step.env ?? {})) {
    const input = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(expr)?.[1];
    if (input) env[key] = inputs[input] ?? action.inputs[input].default ?? '';
    else if (/github\.action_path/.test(expr)) env[key] = ROOT;
  }
  writeFileSync(env.GITHUB_OUTPUT, '');
  const r = spawnSync('bash', ['-c', step.run!], { cwd: cwd ?? dir, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: readFileSync(env.GITHUB_OUTPUT, 'utf8'), dir };
}

describe('action.yml', () => {
  it('is a composite action whose every input is declared, described and used', () => {
    assert.equal(action.runs.using, 'composite');
    const declared = Object.keys(action.inputs).sort();
    assert.deepEqual(declared, ['fail-on', 'paths', 'sarif', 'version']);
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description.length > 20, `input ${name} has no description`);
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const used = new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]));
    assert.deepEqual([...used].sort(), declared, 'inputs used = inputs declared');
  });

  it('pastes no expression into a run: line; inputs reach the script through env', () => {
    for (const step of action.runs.steps) {
      if (step.run) assert.doesNotMatch(step.run, /\$\{\{/, `expression in run: ${step.run}`);
      assert.equal(step.shell, 'bash');
      for (const [key, value] of Object.entries(step.env ?? {})) assert.match(value, /^\$\{\{\s*(inputs\.[\w-]+|github\.action_path)\s*\}\}$/, key);
    }
  });
});

describe('the action run against the packed tarball', () => {
  it('lints examples/: annotations for every finding, exit code 1, exit-code output, and a valid SARIF log', () => {
    // Paths are relative to the workspace: run from the repository root, as a workflow runs from its checkout.
    const r = runAction({ paths: 'examples\n', sarif: join(pack.work, 'examples', 'out', 'results.sarif'), version: pack.tarball }, 'examples', ROOT);
    assert.equal(r.status, 1, r.stderr);
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    assert.ok(annotations.length >= 10, r.stdout);
    assert.ok(annotations.some((l) => /^::error file=.*examples\/.*,line=\d+/.test(l)));
    assert.match(r.output, /^exit-code=1$/m);
    const sarif = JSON.parse(readFileSync(join(r.dir, 'out', 'results.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(sarif.runs[0].results.length, annotations.length);
  });

  it('exits 0 on a clean dump; fail-on decides which findings fail the step', () => {
    const clean = runAction({ paths: 'test/fixtures/versions/exchange2019-edge-get-sendconnector-fl-width80.txt', version: pack.tarball }, 'clean', ROOT);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.doesNotMatch(clean.stdout, /^::/m);
    // examples/hub/send-connectors.txt has errors and warnings; its warnings alone (errors silenced) fail only with fail-on warning.
    const dir = join(pack.work, 'fail-on-src');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.exchange-transport.json'), JSON.stringify({ rules: { 'domain-validation-without-tls-domain': 'off' } }));
    writeFileSync(join(dir, 'send.txt'), readFileSync(join(ROOT, 'examples', 'hub', 'send-connectors.txt')));
    const byDefault = runAction({ paths: dir, version: pack.tarball }, 'fail-on-error');
    const strict = runAction({ paths: dir, version: pack.tarball, 'fail-on': 'warning' }, 'fail-on-warning');
    assert.match(byDefault.stdout, /^::warning /m);
    assert.doesNotMatch(byDefault.stdout, /^::error /m);
    assert.equal(byDefault.status, 0, byDefault.stderr);
    assert.equal(strict.status, 1, strict.stderr);
  });

  it('refuses a bad fail-on with exit 2 and an annotation', () => {
    const r = runAction({ paths: 'examples', version: pack.tarball, 'fail-on': 'fatal' }, 'bad-fail-on');
    assert.equal(r.status, 2);
    assert.match(r.stdout, /^::error title=exchange-transport-lint::fail-on is error, warning or information$/m);
  });

  it('never evaluates an input: a path with $(...) and spaces is a path, a leading dash is not an option', () => {
    const r = runAction({ paths: '$(touch pwned)\n-x; touch pwned2\n', version: pack.tarball }, 'injection');
    assert.equal(r.status, 2, 'no such file or folder is a usage failure');
    assert.match(r.stderr, /no such file or folder: \$\(touch pwned\)/);
    assert.ok(!existsSync(join(r.dir, 'pwned')) && !existsSync(join(r.dir, 'pwned2')));
  });
});
