// exchange-transport-lint: the same engine as the language server, on files and folders.
import { contentChecked, createLanguageService, holdsKnownContent, resolveSettings, SEVERITY_ORDER, type TextInput } from '../service';
import { parseArgs, USAGE, UsageError } from './args';
import { collectFiles, readInput } from '../io/files';
import { streamProtocolLog } from '../io/logStream';
import { ConfigResolver, isIncluded, settingsFromConfig } from '../io/config';
import { loadPowerShellGrammar } from '../io/powershellGrammar';
import { applyBaseline, BaselineError, writeBaseline } from './baseline';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatJunit } from './formatters/junit';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import type { FileResult, Formatter } from './formatters/types';
import { version } from '../../../package.json';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, junit: formatJunit, github: formatGithub };

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
  if (opts.paths.length === 0) {
    io.stderr(`exchange-transport-lint: no files or folders given\n\n${USAGE}\n`);
    return 2;
  }

  const files = await collectFiles(opts.paths);
  if (!Array.isArray(files)) {
    io.stderr(`exchange-transport-lint: no such file or folder: ${files.missing}\n`);
    return 2;
  }
  const explicit = new Set(opts.ignoreUnknown ? [] : opts.paths);
  // Precedence: built-in defaults < .exchange-transport.json < command-line options.
  const cliSettings = { now: opts.now, ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}) };
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
  const seen = new Set(files.map((f) => resolve(f)));
  for (const path of files) {
    const named = explicit.has(path);
    if (!named && !isIncluded(configs.forFile(path), path)) continue;
    const settings = settingsFor(path);
    // A protocol log larger than maxFileSize is streamed into its analysis instead of being sampled (io/logStream.ts).
    const streamed = await streamProtocolLog(path, settings.maxFileSize);
    const input = streamed ? undefined : await readInput(path, named, settings.maxFileSize);
    const text: TextInput = streamed ?? { uri: path, text: input!.text, binary: input!.binary, size: input!.size, version: 0 };
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
  const projectSettings = settingsFor(files[0] ?? join(process.cwd(), 'x'));
  const project = service.checkProject(
    inputs.map((i) => i.text),
    projectSettings,
  );
  const results: FileResult[] = inputs.map(({ text, explicit: named }) => {
    const settings = { ...settingsFor(text.uri), reportUnrecognized: named };
    const { kind, diagnostics } = service.check(text, settings, project.get(text.uri));
    return { file: text.uri, kind, diagnostics, checked: contentChecked(service.analyze(text, settings)) };
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
  // --quiet: errors only, in the output and in the exit code.
  if (opts.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  io.stdout(FORMATTERS[opts.format](results, { color: opts.color, verbose: opts.verbose, skipped }));
  const all = results.flatMap((r) => r.diagnostics);
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (all.some((d) => SEVERITY_ORDER[d.severity] >= SEVERITY_ORDER[opts.failOn])) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    if (opts.format === 'stylish') io.stderr(`exchange-transport-lint: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
