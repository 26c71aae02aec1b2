// Command-line options of exchange-transport-lint.

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export const FAIL_ON = ['error', 'warning', 'information'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliOptions {
  format: OutputFormat;
  now?: Date;
  maxWarnings: number;
  failOn: (typeof FAIL_ON)[number];
  quiet: boolean;
  /** Files named on the command line that hold nothing this linter reads are skipped, as in folders (pre-commit). */
  ignoreUnknown: boolean;
  dateOrder?: 'auto' | 'mdy' | 'dmy';
  /** A configuration file to use instead of searching upward from each file. */
  config?: string;
  /** Record the current findings here and exit. */
  writeBaseline?: string;
  /** Report only findings that are not in this baseline. */
  baseline?: string;
  paths: string[];
  help: boolean;
  version: boolean;
  color: boolean;
  /** Every fix and related location under each finding, and the files skipped in folders. */
  verbose: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: exchange-transport-lint [options] <files or folders...>

Lints Exchange transport configuration: EdgeSubscription XML files (New-EdgeSubscription -FileName) and
Format-List dumps of Get-SendConnector, Get-ReceiveConnector, Get-ExchangeCertificate, Get-OutboundConnector
and Get-InboundConnector (also pasted: quoted, indented, double-spaced, partial), their Format-Table output,
Export-Clixml and ConvertTo-Json exports, New-/Set- connector scripts, and the evidence: SMTP protocol logs
(streamed), transport and EdgeSync event text, Test-/Start-EdgeSynchronization output and queue errors.
Folders are searched recursively for files of a known kind (the others are counted as skipped); files named
explicitly are always reported. Under each finding: the PowerShell of its preferred fix.

Options:
  --format <stylish|json|sarif|junit|github>
                           Output format (default: stylish). json prints one JSON array on stdout; sarif a
                           SARIF 2.1.0 log (GitHub code scanning); junit JUnit XML; github workflow-command
                           annotations (::error file=...).
  --now <ISO-8601>         Evaluate time-dependent rules as of this instant (default: the current time).
  --max-warnings <N>       Exit 1 when there are more than N warnings (default: -1, no limit).
  --fail-on <error|warning|information>
                           Exit 1 when a finding of this severity or above is reported (default: error).
  --quiet                  Report errors only: warnings, information and hints are left out of the output
                           and of the exit code.
  --ignore-unknown         Skip named files that hold nothing this linter reads, as in folders (for
                           pre-commit hooks, which name every staged file).
  --date-order <auto|mdy|dmy>
                           How to read ambiguous culture dates such as 8/12/2024 in Format-List dumps
                           (default: auto: inferred from the file, else month first).
  --config <file>          Use this .exchange-transport.json instead of the one found upward from each file.
  --write-baseline [file]  Record the current findings (default .exchange-transport-baseline.json) and exit 0.
  --baseline <file>        Report only findings that are not recorded in this baseline.
  --verbose                Every fix and related location under each finding, and the files skipped in
                           folders (json: as entries of kind unknown).
  --no-color               Plain output even on a terminal (NO_COLOR is honoured too).
  -h, --help               Show this help.
  -v, --version            Show the version.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or too many warnings), 2 usage or
internal failure.`;

export function parseArgs(argv: string[], isTty: boolean): CliOptions {
  const opts: CliOptions = {
    format: 'stylish',
    maxWarnings: -1,
    failOn: 'error',
    quiet: false,
    ignoreUnknown: false,
    paths: [],
    help: false,
    version: false,
    color: isTty && !process.env.NO_COLOR,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (use ${FORMATS.join(' or ')})`);
        opts.format = f as OutputFormat;
        break;
      }
      case '--now': {
        const v = value();
        const d = new Date(v);
        if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime()))
          throw new UsageError(`--now needs an ISO-8601 date-time such as 2024-05-14T12:00:00Z, not "${v}"`);
        opts.now = d;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^-?\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number, not "${v}"`);
        opts.maxWarnings = Number(v);
        break;
      }
      case '--fail-on': {
        const v = value();
        if (!(FAIL_ON as readonly string[]).includes(v)) throw new UsageError(`--fail-on is error, warning or information, not "${v}"`);
        opts.failOn = v as CliOptions['failOn'];
        break;
      }
      case '--quiet':
        opts.quiet = true;
        break;
      case '--ignore-unknown':
        opts.ignoreUnknown = true;
        break;
      case '--date-order': {
        const v = value();
        if (v !== 'auto' && v !== 'mdy' && v !== 'dmy') throw new UsageError(`--date-order is auto, mdy or dmy, not "${v}"`);
        opts.dateOrder = v;
        break;
      }
      case '--config':
        opts.config = value();
        break;
      case '--baseline':
        opts.baseline = value();
        break;
      case '--write-baseline': {
        // The file name is optional: --write-baseline alone writes .exchange-transport-baseline.json.
        const next = inline ?? (argv[i + 1] !== undefined && argv[i + 1].endsWith('.json') ? argv[++i] : undefined);
        opts.writeBaseline = next ?? '.exchange-transport-baseline.json';
        break;
      }
      case '--verbose':
        opts.verbose = true;
        break;
      case '--no-color':
        opts.color = false;
        break;
      case '--color':
        opts.color = true;
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '-v':
      case '--version':
        opts.version = true;
        break;
      case '--':
        opts.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        opts.paths.push(arg);
    }
  }
  return opts;
}
