// The pre-commit hook (.pre-commit-hooks.yaml) run by Debian's pre-commit with the system Node, as `pre-commit
// try-repo` installs it for a user: npm installs and packs this repository, then runs the packed CLI on the staged
// files, all in one run so the cross-file checks see them together; files of no known kind are skipped. Each
// try-repo installs afresh (a minute or more), so one run carries all the checks; the exit-0 path of the same CLI is
// tested on the installed package in test/package/action.test.ts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cleanEnv, ROOT } from '../helpers/pack';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs Debian's pre-commit (.ci/run); elsewhere the test says why it did not run.
const skip = !hasPreCommit && !process.env.CI ? 'pre-commit is not installed (apt-get install pre-commit)' : false;

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
  pass_filenames?: boolean;
}

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

let repo: string;
before(() => {
  repo = mkdtempSync(join(tmpdir(), 'ext-precommit-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  for (const f of ['edge/EDGE01-subscription.xml', 'edge/EDGE01-certificates.txt', 'hub/send-connectors.txt', 'hub/receive-connectors.txt']) {
    copyFileSync(join(ROOT, 'examples', f), join(repo, f.replace('/', '-')));
  }
  writeFileSync(join(repo, 'notes.txt'), 'Change window: Saturday 02:00.\n');
  writeFileSync(join(repo, 'package.json'), '{ "name": "not-exchange" }\n');
  execFileSync('git', ['add', '.'], { cwd: repo });
});
after(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

function tryRepo(files: string[]): { status: number | null; out: string } {
  const r = spawnSync('pre-commit', ['try-repo', ROOT, 'exchange-transport-lint', '--verbose', '--files', ...files], {
    cwd: repo,
    // npm installs this repository's dependencies for the hook: from the local cache when it has them.
    env: { ...cleanEnv, npm_config_prefer_offline: 'true', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook on the file extensions the linter reads, in one serial run, skipping unknown files', () => {
    const hook = hooks.find((h) => h.id === 'exchange-transport-lint');
    assert.ok(hook);
    assert.equal(hook.language, 'node');
    assert.equal(hook.require_serial, true);
    assert.notEqual(hook.pass_filenames, false);
    assert.match(hook.entry, /^exchange-transport-lint --ignore-unknown$/);
    // Python's inline (?i) is a flag in JavaScript.
    const re = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');
    for (const f of ['a.xml', 'b.txt', 'c.json', 'd.clixml', 'SEND20240101-1.LOG', 'e.ps1']) assert.ok(re.test(f), f);
    assert.ok(!re.test('f.md') && !re.test('g.png'));
  });

  it('fails the commit on findings, with cross-file findings (one run) and no complaint about unknown files', { skip }, () => {
    const r = tryRepo([
      'edge-EDGE01-subscription.xml',
      'edge-EDGE01-certificates.txt',
      'hub-send-connectors.txt',
      'hub-receive-connectors.txt',
      'notes.txt',
      'package.json',
    ]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /exchange-transport-lint\.+Failed/);
    assert.match(r.out, /open-relay/);
    assert.match(r.out, /subscription-certificate-stale/, 'a cross-file finding: the files were linted together');
    assert.doesNotMatch(r.out, /file-unrecognized|notes\.txt|package\.json/);
  });
});
