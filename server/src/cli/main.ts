// exchange-transport-lint: the same engine as the language server, on files and folders.
import { contentChecked, createLanguageService, holdsKnownContent, resolveSettings, SEVERITY_ORDER, type TextInput } from '../service';
import { parseArgs, USAGE, UsageError } from './args';
import { readInput } from '../io/files';
import { bundleNotes, findBundles, readBundle, type Bundle } from '../io/bundle';
import { streamProtocolLog } from '../io/logStream';
import { ConfigResolver, isIncluded, settingsFromConfig } from '../io/config';
import { loadPowerShellGrammar } from '../io/powershellGrammar';
import { applyBaseline, BaselineError, writeBaseline } from './baseline';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runbookMarkdown, runbooksFor, runbookScript, type AnalyzedFile } from '../service';
import { collectorScript } from '../io/collector';
import { join, relative, resolve } from 'node:path';
import { formatGithub } from './formatters/github';
import { formatHtml, hashFiles } from './formatters/html';
import { formatJson } from './formatters/json';
import { formatJunit } from './formatters/junit';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import type { FileResult, Formatter } from './formatters/types';
import { version } from '../../../package.json';

const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: formatHtml,
};

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
}

const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTty: Boolean(process.stdout.isTTY),
};

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let opts;
  try {
    opts = parseArgs(argv, io.isTty);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`exchange-transport-lint: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout(version + '\n');
    return 0;
  }
  if (opts.collector) return writeCollector(opts.collector.path, io);
  if (opts.paths.length === 0) {
    io.stderr(`exchange-transport-lint: no files or folders given\n\n${USAGE}\n`);
    return 2;
  }

  const found = await findBundles(opts.paths);
  if ('missing' in found) {
    io.stderr(`exchange-transport-lint: no such file or folder: ${found.missing}\n`);
    return 2;
  }
  const { files } = found;
  const explicit = new Set(opts.ignoreUnknown ? [] : opts.paths);
  // Precedence: built-in defaults < .exchange-transport.json < command-line options.
  // One instant for every file of the run (the audit report states it).
  const now = opts.now ?? new Date();
  const cliSettings = { now, ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}) };
  const configs = new ConfigResolver(opts.config);
  if (opts.config && !configs.forFile(opts.config)) {
    io.stderr(`exchange-transport-lint: cannot read the configuration ${opts.config}\n`);
    return 2;
  }
  const settingsFor = (file: string) => resolveSettings(settingsFromConfig(cliSettings, configs.forFile(file)));
  const service = createLanguageService();
  // Without the grammar, scripts are reported unreadable; the reason goes to stderr.
  await loadPowerShellGrammar().catch((err) => io.stderr(`exchange-transport-lint: PowerShell grammar not loaded: ${String(err)}\n`));
  // Read and analyse every file first: the files of one run are also checked against each other
  // (subscription vs certificates vs connectors), and suppression comments apply to both kinds of finding.
  const inputs: { text: TextInput; explicit: boolean }[] = [];
  const skipped: string[] = [];
  const excluded: string[] = [];
  const seen = new Set(files.map((f) => resolve(f)));
  for (const path of files) {
    const named = explicit.has(path);
    if (!named && !isIncluded(configs.forFile(path), path)) {
      excluded.push(path);
      continue;
    }
    const settings = settingsFor(path);
    // A protocol log larger than maxFileSize is streamed into its analysis instead of being sampled (io/logStream.ts).
    const streamed = await streamProtocolLog(path, settings.maxFileSize);
    const input = streamed ? undefined : await readInput(path, named, settings.maxFileSize);
    const text: TextInput = streamed ?? { uri: path, text: input!.text, binary: input!.binary, size: input!.size, version: 0, final: true };
    // In folders, only files that hold something this linter knows are reported (not every JSON or XML file).
    if (!named && !holdsKnownContent(service.analyze(text, settings))) {
      skipped.push(path);
      continue;
    }
    inputs.push({ text, explicit: named });
    // A configuration in use that has problems is reported too, even when it sits above the linted folders.
    const config = configs.forFile(path);
    if (config && config.problems > 0 && !seen.has(config.path)) {
      seen.add(config.path);
      const shown = relative(process.cwd(), config.path) || config.path;
      inputs.push({ text: { uri: shown, text: readFileSync(config.path, 'utf8'), version: 0 }, explicit: true });
    }
  }
  // Collector bundles (folders with the collector's manifest.json, or their zips): each server's chosen files, read
  // with its culture and UTC offset; a bundle named on the command line that cannot be read is a usage error.
  const bundles: Bundle[] = [];
  for (const root of found.bundles) {
    const b = await readBundle(root, settingsFor(root).maxFileSize);
    if ('error' in b) {
      if (opts.paths.includes(root)) {
        io.stderr(`exchange-transport-lint: ${root} cannot be read as a collector bundle: ${b.error}\n`);
        return 2;
      }
      skipped.push(root);
      continue;
    }
    bundles.push(b);
    if (opts.format === 'stylish') for (const line of bundleNotes(b, opts.verbose)) io.stderr(`exchange-transport-lint: ${line}\n`);
    for (const f of b.inputs) {
      const text: TextInput = { uri: f.uri, text: f.text, binary: f.binary, size: f.size, version: 0, printed: f.printed };
      if (!holdsKnownContent(service.analyze(text, settingsFor(f.uri)))) {
        skipped.push(f.uri);
        continue;
      }
      inputs.push({ text, explicit: false });
    }
  }
  const projectSettings = settingsFor(files[0] ?? found.bundles[0] ?? join(process.cwd(), 'x'));
  const project = service.checkProject(
    inputs.map((i) => i.text),
    projectSettings,
  );
  const results: FileResult[] = inputs.map(({ text, explicit: named }) => {
    const settings = { ...settingsFor(text.uri), reportUnrecognized: named };
    const { kind, diagnostics, suppressed } = service.check(text, settings, project.get(text.uri));
    return { file: text.uri, kind, diagnostics, suppressed, checked: contentChecked(service.analyze(text, settings)) };
  });
  // Baselines hash the text of a finding's line: the engine's cached line index already has it.
  const byUri = new Map(inputs.map((i) => [i.text.uri, i.text]));
  const lineOf = (file: string, line: number) => {
    const text = byUri.get(file);
    return text ? service.analyze(text, settingsFor(file)).lines.lineText(line) : '';
  };
  if (opts.writeBaseline) {
    const n = writeBaseline(opts.writeBaseline, results, lineOf);
    io.stderr(`exchange-transport-lint: recorded ${n} finding${n === 1 ? '' : 's'} in ${opts.writeBaseline}\n`);
    return 0;
  }
  if (opts.baseline) {
    try {
      applyBaseline(opts.baseline, results, lineOf);
    } catch (err) {
      if (err instanceof BaselineError) {
        io.stderr(`exchange-transport-lint: ${err.message}\n`);
        return 2;
      }
      throw err;
    }
  }
  if (opts.runbooks) {
    const code = writeRunbooks(opts.runbooks, results, bundles, (uri) => service.analyze(byUri.get(uri)!, settingsFor(uri)), io);
    if (code !== 0) return code;
  }
  // --quiet: errors only, in the output and in the exit code.
  if (opts.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  const audit =
    opts.format === 'html'
      ? {
          service,
          inputs: new Map(inputs.map((i) => [i.text.uri, { text: i.text, settings: settingsFor(i.text.uri) }])),
          hashes: await hashFiles(inputs.map((i) => i.text.uri)),
          now,
          nowGiven: opts.now !== undefined,
          version,
          paths: opts.paths,
          baseline: opts.baseline,
          excluded,
        }
      : undefined;
  io.stdout(FORMATTERS[opts.format](results, { color: opts.color, verbose: opts.verbose, skipped, audit }));
  const all = results.flatMap((r) => r.diagnostics);
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (all.some((d) => SEVERITY_ORDER[d.severity] >= SEVERITY_ORDER[opts.failOn])) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    if (opts.format === 'stylish') io.stderr(`exchange-transport-lint: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** `collector [file]` and `--save-collector <file>`: the shipped script, unchanged. */
async function writeCollector(file: string | undefined, io: CliIo): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await collectorScript();
  } catch (err) {
    io.stderr(`exchange-transport-lint: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  if (file === undefined || file === '-') {
    io.stdout(bytes.toString('utf8'));
    return 0;
  }
  try {
    writeFileSync(file, bytes);
  } catch (err) {
    io.stderr(`exchange-transport-lint: cannot write ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  io.stderr(`exchange-transport-lint: wrote ${file}: run it elevated in the Exchange Management Shell of each server\n`);
  return 0;
}

/** `--runbooks <folder>`: each runbook the findings call for, as <id>.md and <id>.ps1 (UTF-8 with BOM for 5.1). */
function writeRunbooks(dir: string, results: FileResult[], bundles: Bundle[], analyzed: (uri: string) => AnalyzedFile, io: CliIo): number {
  const serverOf = new Map(bundles.flatMap((b) => b.inputs.map((i) => [i.uri, b.manifest.server] as const)));
  const triggers = runbooksFor({
    files: results.map((r) => ({ file: analyzed(r.file), diagnostics: r.diagnostics, ...(serverOf.has(r.file) ? { server: serverOf.get(r.file) } : {}) })),
    servers: bundles.map((b) => b.facts),
  });
  try {
    mkdirSync(dir, { recursive: true });
    for (const { runbook } of triggers) {
      writeFileSync(join(dir, `${runbook.id}.md`), runbookMarkdown(runbook));
      writeFileSync(join(dir, `${runbook.id}.ps1`), '\uFEFF' + runbookScript(runbook));
    }
  } catch (err) {
    io.stderr(`exchange-transport-lint: cannot write the runbooks to ${dir}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  io.stderr(
    `exchange-transport-lint: wrote ${triggers.length} runbook${triggers.length === 1 ? '' : 's'} to ${dir}${triggers.length > 0 ? `: ${triggers.map((t) => t.runbook.title).join('; ')}` : ''}\n`,
  );
  return 0;
}
