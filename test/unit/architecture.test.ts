// The invariants ARCHITECTURE.md states, checked on the source: the engine imports no LSP, VS Code, file system or
// network module; front ends reach the engine only through service/index.ts; the client reaches the server only
// through protocol.ts; the engine has no import cycles; every format has a reader and every rule file is registered.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { FORMAT_IDS, FORMATS, RULES } from '../../server/src/service';

const ROOT = resolve(__dirname, '..', '..');
const SERVICE = join(ROOT, 'server', 'src', 'service');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

interface Import {
  spec: string;
  /** `import type` / `export type`: erased at run time. */
  typeOnly: boolean;
}

/** Static imports and re-exports of a file (dynamic import() and require() count too). */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ spec: m[3], typeOnly: !!m[2] });
  for (const m of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[1], typeOnly: false });
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base + '.ts', join(base, 'index.ts'), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* next */
    }
  }
  return undefined;
}

const rel = (f: string) => relative(ROOT, f);

const FORBIDDEN_IN_ENGINE = [
  /^vscode$/,
  /^vscode-languageserver/,
  /^vscode-languageclient/,
  /^vscode-jsonrpc/,
  /^(node:)?(fs|fs\/promises|child_process|net|http|https|dgram|tls|worker_threads)$/,
];

describe('architecture invariants', () => {
  const engine = tsFiles(SERVICE);

  it('the engine imports no LSP, VS Code, file system, process or network module', () => {
    const bad: string[] = [];
    for (const f of engine) for (const i of importsOf(f)) if (FORBIDDEN_IN_ENGINE.some((re) => re.test(i.spec))) bad.push(`${rel(f)} imports ${i.spec}`);
    assert.deepEqual(bad, []);
  });

  it('the engine imports nothing outside itself but its npm dependencies', () => {
    const bad: string[] = [];
    for (const f of engine) {
      for (const i of importsOf(f)) {
        const target = resolveLocal(f, i.spec);
        if (target && !target.startsWith(SERVICE) && !target.endsWith('package.json')) bad.push(`${rel(f)} imports ${rel(target)}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the front ends reach the engine only through service/index.ts', () => {
    const frontEnds = [join(ROOT, 'server', 'src', 'server.ts'), ...['lsp', 'cli', 'io'].flatMap((d) => tsFiles(join(ROOT, 'server', 'src', d)))];
    const bad: string[] = [];
    for (const f of frontEnds) {
      for (const i of importsOf(f)) {
        const target = resolveLocal(f, i.spec);
        if (target?.startsWith(SERVICE) && target !== join(SERVICE, 'index.ts')) bad.push(`${rel(f)} imports ${rel(target)}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the client reaches the server only through protocol.ts, which reads only leaf modules of the engine', () => {
    const bad: string[] = [];
    for (const f of tsFiles(join(ROOT, 'client', 'src'))) {
      for (const i of importsOf(f)) {
        const target = resolveLocal(f, i.spec);
        if (target && !target.startsWith(join(ROOT, 'client')) && target !== join(ROOT, 'server', 'src', 'protocol.ts'))
          bad.push(`${rel(f)} imports ${rel(target)}`);
        if (/^vscode-languageserver/.test(i.spec)) bad.push(`${rel(f)} imports ${i.spec}`);
      }
    }
    // protocol.ts reads the format table and leaf modules of the engine (no imports of their own), so the client
    // bundles no parser.
    const protocol = join(ROOT, 'server', 'src', 'protocol.ts');
    for (const i of importsOf(protocol)) {
      const target = resolveLocal(protocol, i.spec);
      if (!target || importsOf(target).length > 0) bad.push(`protocol.ts imports ${i.spec}, which is not a leaf module of the engine`);
    }
    assert.deepEqual(bad, []);
  });

  it('the engine has no import cycles (type-only imports aside)', () => {
    const graph = new Map<string, string[]>();
    for (const f of engine) {
      graph.set(
        f,
        importsOf(f)
          .filter((i) => !i.typeOnly)
          .map((i) => resolveLocal(f, i.spec))
          .filter((t): t is string => !!t && t.startsWith(SERVICE)),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(SERVICE, x)).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    assert.deepEqual(cycles, []);
  });

  it('every format in the table has one reader in the registry', () => {
    assert.deepEqual(FORMATS.map((f) => f.id).sort(), [...FORMAT_IDS].sort());
  });

  it('every rule file is registered in rules/index.ts, once', () => {
    const dir = join(SERVICE, 'rules');
    const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f));
    const exported = ruleFiles.flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/^export const (\w+)(?:: Rule\b.*)? = (?:defineRule\(|\{)/gm)].map((m) => m[1]),
    );
    const registered = readFileSync(join(dir, 'index.ts'), 'utf8');
    const missing = exported.filter((name) => !new RegExp(`^\\s+${name},$`, 'm').test(registered));
    assert.deepEqual(missing, [], 'rules exported but not in RULES');
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${id} is not kebab-case`);
  });
});
