// A reader for the PowerShell that fixes and runbooks are written in: statements separated by `;` or new lines,
// pipelines, `$x = ...` assignments, commands with `-Param value`, `-Switch`, `-Param:$false`, positional arguments,
// quoted strings (backtick escapes, `$var` and `$(...)` inside double quotes), `$true`/`$false`/`$null`, arrays
// `a,b`, `@(...)`, `@{...}`, `(...)`, `{...}`, `[type]::Member(...)`, comments and line continuations. It finds every
// command, wherever it is nested, and every variable read or assigned, with offsets; it does not evaluate anything.
// Like PowerShell's own parser it does not know which parameters are switches: `-Switch value` comes out as a
// parameter followed by an argument, and the checker pairs them with the cmdlet catalogue.

export interface PsSpan {
  start: number;
  end: number;
}

export type PsValueKind =
  /** 'text' or "text" without expansions: `value` is the text. */
  | 'string'
  /** "text $var $(...)": its text is known only at run time. */
  | 'expandable'
  /** An unquoted argument: `DomainValidation`, `mail.contoso.com`, `10.0.0.0/8`. `value` is the text. */
  | 'bareword'
  /** 25, 10MB, 0x1F, -1: `number` is the value. */
  | 'number'
  /** $name (no member access): `name` is its lower-case name without a scope prefix. */
  | 'variable'
  /** a,b,c */
  | 'array'
  /** @{ Key = value } */
  | 'hashtable'
  /** { ... } */
  | 'scriptblock'
  /** (...), $(...), @(...), [type]::x, $x.Member: known only at run time. */
  | 'expression';

export interface PsValue extends PsSpan {
  kind: PsValueKind;
  /** Source text. */
  text: string;
  /** The literal text of a string or bareword (escapes resolved). */
  value?: string;
  number?: number;
  name?: string;
  items?: PsValue[];
}

export type PsElement =
  | (PsSpan & { kind: 'parameter'; name: string; /** Written `-Name:value`. */ colon: boolean; value?: PsValue })
  | (PsSpan & { kind: 'argument'; value: PsValue });

export interface PsCommand extends PsSpan {
  /** As written (`Set-SendConnector`). */
  name: string;
  nameEnd: number;
  /** Index in its pipeline: 0 for the first element. */
  position: number;
  /** The pipeline it is in, in order (commands only; an expression first element is not listed). */
  pipeline: PsCommand[];
  elements: PsElement[];
}

export interface PsVariable extends PsSpan {
  /** Lower case, without `$`, braces or a scope prefix (`script:`, `global:`...). `env:x` keeps its drive. */
  name: string;
}

export interface PsSyntaxProblem extends PsSpan {
  message: string;
}

export interface PsScript {
  /** Every command, in source order (a nested command before the command around it ends). */
  commands: PsCommand[];
  /** Variables read, in source order. */
  reads: PsVariable[];
  /** Variables assigned (`$x =`, `foreach ($x in`, `param($x)`; -OutVariable x is left to the checker). */
  assignments: PsVariable[];
  /** Functions the script defines (`function Name {`), lower case: commands of its own. */
  functions: string[];
  problems: PsSyntaxProblem[];
}

const KEYWORDS = new Set([
  'if',
  'elseif',
  'else',
  'foreach',
  'for',
  'while',
  'do',
  'until',
  'switch',
  'try',
  'catch',
  'finally',
  'trap',
  'return',
  'throw',
  'break',
  'continue',
  'exit',
  'function',
  'filter',
  'param',
  'begin',
  'process',
  'end',
]);

/** Characters that end an unquoted argument. */
const ARG_END = new Set([' ', '\t', '\r', '\n', ';', ',', '|', ')', '}', '(', '{', '&', '\u00a0']);

const NUMBER = /^-?(?:0x[0-9a-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(?:d|l)?(?:kb|mb|gb|tb|pb)?$/i;
const MULTIPLIER: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** Parses a PowerShell script (a fix command, a runbook step). Never throws; what it cannot read becomes a problem. */
export function parsePowerShell(text: string): PsScript {
  return new Parser(text).run();
}

class Parser {
  private i = 0;
  private readonly out: PsScript = { commands: [], reads: [], assignments: [], functions: [], problems: [] };
  /** Guards against runaway nesting on hostile input. */
  private depth = 0;

  constructor(private readonly s: string) {}

  run(): PsScript {
    this.statements(undefined);
    return this.out;
  }

  private problem(start: number, end: number, message: string): void {
    this.out.problems.push({ start, end: Math.max(end, start), message });
  }

  private ch(): string {
    return this.s[this.i] ?? '';
  }

  private at(offset: number): string {
    return this.s[this.i + offset] ?? '';
  }

  /** Spaces, tabs and backtick line continuations. */
  private blanks(): void {
    for (;;) {
      const c = this.ch();
      if (c === ' ' || c === '\t' || c === '\u00a0') this.i++;
      else if (c === '`' && (this.at(1) === '\n' || (this.at(1) === '\r' && this.at(2) === '\n'))) this.i += this.at(1) === '\r' ? 3 : 2;
      else if (c === '<' && this.at(1) === '#') this.blockComment();
      else return;
    }
  }

  /** Blanks, new lines, `;` and comments between statements. */
  private separators(): void {
    for (;;) {
      this.blanks();
      const c = this.ch();
      if (c === '\n' || c === '\r' || c === ';') this.i++;
      else if (c === '#') this.lineComment();
      else return;
    }
  }

  private lineComment(): void {
    while (this.i < this.s.length && this.ch() !== '\n') this.i++;
  }

  private blockComment(): void {
    const start = this.i;
    const end = this.s.indexOf('#>', this.i + 2);
    if (end < 0) {
      this.problem(start, this.s.length, 'The block comment <# is never closed.');
      this.i = this.s.length;
    } else this.i = end + 2;
  }

  /** Statements up to `close` (`)` or `}`), or to the end of the text. */
  private statements(close: ')' | '}' | undefined, openAt = 0): void {
    if (++this.depth > 200) {
      this.problem(this.i, this.s.length, 'The script nests too deeply to read.');
      this.i = this.s.length;
      return;
    }
    for (;;) {
      this.separators();
      const c = this.ch();
      if (this.i >= this.s.length) {
        if (close) this.problem(openAt, openAt + 1, `The ${close === ')' ? '(' : '{'} is never closed.`);
        break;
      }
      if (c === close) {
        this.i++;
        break;
      }
      if (c === ')' || c === '}') {
        this.problem(this.i, this.i + 1, `Unexpected ${c}.`);
        this.i++;
        continue;
      }
      const before = this.i;
      this.statement(close);
      if (this.i === before) {
        // Nothing was read: skip the character so that the loop always advances.
        this.problem(this.i, this.i + 1, `Unexpected ${this.ch()}.`);
        this.i++;
      }
    }
    this.depth--;
  }

  private statement(close: ')' | '}' | undefined): void {
    const word = /^[A-Za-z]+/.exec(this.s.slice(this.i, this.i + 20))?.[0].toLowerCase();
    if (word && KEYWORDS.has(word) && !/[\w-]/.test(this.s[this.i + word.length] ?? '')) {
      this.keywordStatement(word, close);
      return;
    }
    const assign = /^\$(?:\{([^}]*)\}|((?:[A-Za-z]+:)?[A-Za-z_][\w]*))\s*(?:[+\-*/%]?=)(?!=)/.exec(this.s.slice(this.i, this.i + 300));
    if (assign) {
      this.out.assignments.push({
        start: this.i,
        end: this.i + 1 + (assign[1] !== undefined ? assign[1].length + 2 : assign[2].length),
        name: varName(assign[1] ?? assign[2]),
      });
      this.i += assign[0].length;
      this.blanks();
      // `$x = foreach (...) {...}`, `$x = if (...) {...}`: a statement's output assigned.
      const next = /^[A-Za-z]+/.exec(this.s.slice(this.i, this.i + 20))?.[0].toLowerCase();
      if (
        next &&
        KEYWORDS.has(next) &&
        !/[\w-]/.test(this.s[this.i + next.length] ?? '') &&
        /\s*[({]/.test(this.s.slice(this.i + next.length, this.i + next.length + 40))
      ) {
        this.keywordStatement(next, close);
        return;
      }
    }
    this.pipeline(close);
  }

  /** `if (...) {...}`, `foreach ($x in ...) {...}` and the like: read as an expression, noting a foreach variable. */
  private keywordStatement(word: string, close: ')' | '}' | undefined): void {
    this.i += word.length;
    this.blanks();
    if (word === 'function' || word === 'filter') {
      const m = /^[\w-]+(?::[\w-]+)?/.exec(this.s.slice(this.i, this.i + 200));
      if (m) {
        this.out.functions.push(m[0].replace(/^(?:global|script|local|private):/i, '').toLowerCase());
        this.i += m[0].length;
        this.blanks();
      }
    }
    if (word === 'param' && this.ch() === '(') this.parameterDeclarations();
    if (word === 'foreach' && this.ch() === '(') {
      const m = /^\(\s*\$([A-Za-z_]\w*)\s+in\s/i.exec(this.s.slice(this.i, this.i + 200));
      if (m) this.out.assignments.push({ start: this.i + m[0].indexOf('$'), end: this.i + m[0].indexOf('$') + 1 + m[1].length, name: m[1].toLowerCase() });
    }
    this.expression(close);
  }

  /**
   * `param([type]$Name = default, [switch]$Other)`: each `$Name` at the top of the group, after `(`, `,` or an
   * attribute's `]`, declares a variable (the group itself is then read as an expression, defaults included).
   */
  private parameterDeclarations(): void {
    let depth = 0;
    let quote: string | undefined;
    let prev = '';
    for (let j = this.i; j < this.s.length; j++) {
      const c = this.s[j];
      if (quote) {
        if (c === quote) quote = undefined;
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) return;
      } else if (c === '$' && depth === 1 && (prev === '(' || prev === ',' || prev === ']')) {
        const m = /^\$([A-Za-z_]\w*)/.exec(this.s.slice(j, j + 200));
        if (m) this.out.assignments.push({ start: j, end: j + m[0].length, name: m[1].toLowerCase() });
      }
      if (!/\s/.test(c)) prev = c;
    }
  }

  private pipeline(close: ')' | '}' | undefined): void {
    const commands: PsCommand[] = [];
    let position = 0;
    for (;;) {
      this.blanks();
      const start = this.i;
      if (this.isCommandStart()) {
        const cmd = this.command(position, commands);
        commands.push(cmd);
      } else if (position === 0) {
        this.expression(close);
      } else {
        this.problem(start, Math.max(start + 1, this.tokenEnd()), 'Only a command can follow | in a pipeline.');
        this.expression(close);
      }
      this.blanks();
      if (this.ch() === '|' && this.at(1) !== '|') {
        const bar = this.i;
        this.i++;
        // A new line may follow |.
        for (;;) {
          this.blanks();
          if (this.ch() === '\n' || this.ch() === '\r') this.i++;
          else if (this.ch() === '#') this.lineComment();
          else break;
        }
        if (this.i >= this.s.length || /[;)}|]/.test(this.ch())) {
          this.problem(bar, bar + 1, 'Nothing follows |.');
          return;
        }
        position++;
        continue;
      }
      if ((this.ch() === '&' && this.at(1) === '&') || (this.ch() === '|' && this.at(1) === '|')) {
        this.problem(this.i, this.i + 2, `${this.ch()}${this.ch()} does not exist in Windows PowerShell 5.1: use ; or an if statement.`);
        this.i += 2;
        continue;
      }
      return;
    }
  }

  /** A bareword at the start of a pipeline element names a command (keywords are handled before). */
  private isCommandStart(): boolean {
    const c = this.ch();
    if (/[A-Za-z_]/.test(c)) return true;
    // `%` and `?`, the aliases of ForEach-Object and Where-Object.
    if ((c === '%' || c === '?') && /[\s{]/.test(this.at(1) || ' ')) return true;
    return (c === '&' || c === '.') && /[\s$'"(]/.test(this.at(1) || ' ') && this.at(1) !== '\n';
  }

  private tokenEnd(): number {
    let j = this.i;
    while (j < this.s.length && !ARG_END.has(this.s[j])) j++;
    return j;
  }

  private command(position: number, pipeline: PsCommand[]): PsCommand {
    const start = this.i;
    let name: string;
    if (this.ch() === '&' || this.ch() === '.') {
      // `& $cmd` / `& 'path'`: a command known only at run time.
      this.i++;
      this.blanks();
      const v = this.argument();
      name = v ? v.text : '';
    } else {
      const end = this.tokenEnd();
      name = this.s.slice(start, end);
      this.i = end;
    }
    const cmd: PsCommand = { name, start, end: this.i, nameEnd: this.i, position, pipeline, elements: [] };
    this.out.commands.push(cmd);
    for (;;) {
      this.blanks();
      const c = this.ch();
      if (this.i >= this.s.length || c === '\n' || c === '\r' || c === ';' || c === '|' || c === ')' || c === '}' || c === '#') break;
      if (c === '&') {
        if (this.at(1) === '&') break;
        this.problem(this.i, this.i + 1, 'An unquoted & is not allowed in an argument: quote it.');
        this.i++;
        continue;
      }
      if (this.redirection()) continue;
      if (c === '-' && /[A-Za-z_?]/.test(this.at(1))) {
        cmd.elements.push(this.parameter());
        continue;
      }
      if (c === '-' && this.at(1) === '-' && /[\s]/.test(this.at(2) || ' ')) {
        this.i += 2; // `--`: what follows are arguments
        continue;
      }
      const v = this.argumentList();
      if (!v) break;
      cmd.elements.push({ kind: 'argument', start: v.start, end: v.end, value: v });
    }
    cmd.end = this.i;
    return cmd;
  }

  private parameter(): PsElement {
    const start = this.i;
    const m = /^-([A-Za-z_?][\w?]*)(:?)/.exec(this.s.slice(this.i, this.i + 200))!;
    this.i += m[0].length;
    const el: PsElement = { kind: 'parameter', start, end: this.i, name: m[1], colon: m[2] === ':' };
    if (el.colon) {
      this.blanks();
      const v = this.argumentList();
      if (v) {
        el.value = v;
        el.end = v.end;
      } else this.problem(start, this.i, `-${m[1]}: has no value after the colon.`);
    }
    return el;
  }

  /** `>`, `>>`, `2>&1`, `*>` with their target. */
  private redirection(): boolean {
    const m = /^[1-6*]?>>?(?:&[12])?/.exec(this.s.slice(this.i, this.i + 5));
    if (!m) return false;
    this.i += m[0].length;
    if (!m[0].includes('&')) {
      this.blanks();
      if (!this.argument()) this.problem(this.i - m[0].length, this.i, 'A redirection needs a file name.');
    }
    return true;
  }

  /** One argument, or several joined by commas (an array). */
  private argumentList(): PsValue | undefined {
    const first = this.argument();
    if (!first) return undefined;
    this.blanks();
    if (this.ch() !== ',') return first;
    const items = [first];
    while (this.ch() === ',') {
      const comma = this.i;
      this.i++;
      for (;;) {
        this.blanks();
        if (this.ch() === '\n' || this.ch() === '\r') this.i++;
        else break;
      }
      const next = this.argument();
      if (!next) {
        this.problem(comma, comma + 1, 'A comma must be followed by another value.');
        break;
      }
      items.push(next);
      this.blanks();
    }
    return { kind: 'array', start: first.start, end: items[items.length - 1].end, text: this.s.slice(first.start, items[items.length - 1].end), items };
  }

  /** One argument in argument mode. */
  private argument(): PsValue | undefined {
    const start = this.i;
    const c = this.ch();
    if (this.i >= this.s.length || c === '\n' || c === '\r' || c === ';' || c === '|' || c === ')' || c === '}' || c === ',') return undefined;
    let v: PsValue;
    if (c === "'") v = this.singleQuoted();
    else if (c === '"' || c === '\u201c' || c === '\u201d') v = this.doubleQuoted();
    else if (c === '$' || c === '(' || c === '@' || c === '{' || (c === '[' && /^\[[A-Za-z][\w.`[\], ]*\]::/.test(this.s.slice(this.i, this.i + 200))))
      v = this.primaryExpression();
    else if (c === '<') {
      const m = /^<[^<>\r\n]{1,60}>/.exec(this.s.slice(this.i, this.i + 64));
      const end = m ? this.i + m[0].length : this.i + 1;
      this.problem(start, end, m ? `The placeholder ${m[0]} must be quoted: "${m[0]}".` : 'An unquoted < is reserved in PowerShell: quote the value.');
      this.i = end;
      v = { kind: 'bareword', start, end, text: this.s.slice(start, end), value: this.s.slice(start, end) };
    } else v = this.bareword();
    return v;
  }

  private singleQuoted(): PsValue {
    const start = this.i;
    let value = '';
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) {
        this.problem(start, this.s.length, "The string starting with ' is never closed.");
        break;
      }
      const c = this.ch();
      if (c === "'" || c === '\u2018' || c === '\u2019') {
        if (this.at(1) === "'") {
          value += "'";
          this.i += 2;
          continue;
        }
        this.i++;
        break;
      }
      value += c;
      this.i++;
    }
    return { kind: 'string', start, end: this.i, text: this.s.slice(start, this.i), value };
  }

  private doubleQuoted(): PsValue {
    const start = this.i;
    let value = '';
    let expands = false;
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) {
        this.problem(start, this.s.length, 'The string starting with " is never closed.');
        break;
      }
      const c = this.ch();
      if (c === '`') {
        value += escaped(this.at(1));
        this.i += 2;
        continue;
      }
      if (c === '"' || c === '\u201c' || c === '\u201d') {
        if (this.at(1) === '"') {
          value += '"';
          this.i += 2;
          continue;
        }
        this.i++;
        break;
      }
      if (c === '$') {
        if (this.at(1) === '(') {
          expands = true;
          const open = this.i + 1;
          this.i += 2;
          this.statements(')', open);
          continue;
        }
        const v = this.variableName();
        if (v) {
          expands = true;
          continue;
        }
      }
      value += c;
      this.i++;
    }
    const text = this.s.slice(start, this.i);
    return expands ? { kind: 'expandable', start, end: this.i, text } : { kind: 'string', start, end: this.i, text, value };
  }

  /** `$name`, `${name}`, `$env:NAME`, `$_`: records the read and returns the name, or undefined when `$` starts none. */
  private variableName(): string | undefined {
    const start = this.i;
    const rest = this.s.slice(this.i, this.i + 300);
    const m = /^\$(?:\{([^}]+)\}|((?:[A-Za-z]+:)?[A-Za-z_\d][\w]*|[_?^$]))/.exec(rest);
    if (!m) return undefined;
    this.i += m[0].length;
    const name = varName(m[1] ?? m[2]);
    this.out.reads.push({ start, end: this.i, name });
    return name;
  }

  /** An unquoted argument: text up to a blank or a separator, `$var` inside it expanded. */
  private bareword(): PsValue {
    const start = this.i;
    let value = '';
    let expands = false;
    while (this.i < this.s.length && !ARG_END.has(this.ch())) {
      const c = this.ch();
      if (c === '`') {
        if (this.at(1) === '\n' || this.at(1) === '\r') break;
        value += this.at(1);
        this.i += 2;
        continue;
      }
      if (c === '$' && this.variableName()) {
        expands = true;
        continue;
      }
      if (c === '"' || c === "'") {
        // a"b c" is one argument: the quoted part joins the word.
        const q = c === '"' ? this.doubleQuoted() : this.singleQuoted();
        if (q.kind === 'expandable') expands = true;
        else value += q.value ?? '';
        continue;
      }
      if (c === '<' || c === '>') {
        this.problem(this.i, this.i + 1, `An unquoted ${c} is a redirection in PowerShell: quote the value.`);
      }
      value += c;
      this.i++;
    }
    const text = this.s.slice(start, this.i);
    if (expands) return { kind: 'expandable', start, end: this.i, text };
    if (NUMBER.test(text)) return { kind: 'number', start, end: this.i, text, number: numberValue(text), value: text };
    return { kind: 'bareword', start, end: this.i, text, value };
  }

  /** `$x`, `$x.Member`, `(...)`, `$(...)`, `@(...)`, `@{...}`, `{...}`, `[type]::Member(...)`, with member access after. */
  private primaryExpression(): PsValue {
    const start = this.i;
    const c = this.ch();
    let kind: PsValueKind = 'expression';
    let name: string | undefined;
    if (c === '$' && this.at(1) === '(') {
      this.i += 2;
      this.statements(')', start + 1);
    } else if (c === '$') {
      name = this.variableName();
      if (name === undefined) {
        this.problem(start, start + 1, 'A $ must start a variable name.');
        this.i++;
        return { kind: 'bareword', start, end: this.i, text: '$', value: '$' };
      }
      kind = 'variable';
    } else if (c === '@' && this.at(1) === '(') {
      this.i += 2;
      this.statements(')', start + 1);
    } else if (c === '@' && this.at(1) === '{') {
      this.i += 2;
      this.hashtable(start + 1);
      kind = 'hashtable';
    } else if (c === '@') {
      // Splatting: @params
      this.i++;
      const m = /^[A-Za-z_]\w*/.exec(this.s.slice(this.i, this.i + 100));
      if (m) {
        this.out.reads.push({ start, end: this.i + m[0].length, name: m[0].toLowerCase() });
        this.i += m[0].length;
      } else this.problem(start, start + 1, 'A @ must start @(...), @{...} or a splatted variable.');
    } else if (c === '(') {
      this.i++;
      this.statements(')', start);
    } else if (c === '{') {
      this.i++;
      this.statements('}', start);
      kind = 'scriptblock';
    } else if (c === '[') {
      this.typeLiteral();
    }
    // Member access, method calls, indexes: `.Name`, `.Name(...)`, `::Name`, `[0]`.
    let member = false;
    for (;;) {
      const m = /^(?:\.|::)[A-Za-z_]\w*/.exec(this.s.slice(this.i, this.i + 200));
      if (m) {
        this.i += m[0].length;
        member = true;
        if (this.ch() === '(') {
          const open = this.i;
          this.i++;
          this.methodArguments(open);
        }
        continue;
      }
      if (this.ch() === '[') {
        this.typeLiteral();
        member = true;
        continue;
      }
      break;
    }
    if (member && (kind === 'variable' || kind === 'hashtable' || kind === 'scriptblock')) kind = 'expression';
    const v: PsValue = { kind, start, end: this.i, text: this.s.slice(start, this.i) };
    if (kind === 'variable') v.name = name;
    return v;
  }

  /** `[System.IO.File]`, `[0]`: brackets, nested ones included. */
  private typeLiteral(): void {
    const start = this.i;
    let depth = 0;
    while (this.i < this.s.length) {
      const c = this.ch();
      if (c === '[') depth++;
      else if (c === ']') {
        depth--;
        if (depth === 0) {
          this.i++;
          return;
        }
      } else if (c === '$') {
        if (this.variableName()) continue;
      } else if (c === '(') {
        const open = this.i;
        this.i++;
        this.statements(')', open);
        continue;
      } else if (c === '"' || c === "'") {
        if (c === '"') this.doubleQuoted();
        else this.singleQuoted();
        continue;
      } else if (c === '\n') break;
      this.i++;
    }
    this.problem(start, start + 1, 'The [ is never closed.');
  }

  /** The arguments of a method call, up to `)`: comma-separated expressions. */
  private methodArguments(open: number): void {
    this.statements(')', open);
  }

  /** `@{ Key = value; Key2 = value }` up to `}`. */
  private hashtable(open: number): void {
    for (;;) {
      this.separators();
      if (this.i >= this.s.length) {
        this.problem(open, open + 1, 'The @{ is never closed.');
        return;
      }
      if (this.ch() === '}') {
        this.i++;
        return;
      }
      // Key: a word, a string or an expression, then `=`.
      const keyStart = this.i;
      if (this.ch() === '"') this.doubleQuoted();
      else if (this.ch() === "'") this.singleQuoted();
      else if (this.ch() === '$' || this.ch() === '(') this.primaryExpression();
      else while (this.i < this.s.length && /[\w.-]/.test(this.ch())) this.i++;
      this.blanks();
      if (this.ch() !== '=') {
        this.problem(keyStart, Math.max(this.i, keyStart + 1), 'A hashtable entry must be written Key = value.');
        // Skip to the next separator.
        while (this.i < this.s.length && !/[;\n}]/.test(this.ch())) this.i++;
        continue;
      }
      this.i++;
      this.blanks();
      this.pipeline('}');
    }
  }

  /**
   * An expression in expression mode (`(Get-Date).AddDays(2)`, `$a -eq 1`, `[int]$x + 1`): reads tokens up to the end
   * of the statement, the closing bracket of the group it is in, or a `|`. Commands inside groups are read as such.
   */
  private expression(close: ')' | '}' | undefined): void {
    for (;;) {
      this.blanks();
      const c = this.ch();
      if (this.i >= this.s.length || c === '\n' || c === '\r' || c === ';' || c === '#') return;
      if (c === '|') return;
      if (c === ')' || c === '}') {
        if (c !== close) this.problem(this.i, this.i + 1, `Unexpected ${c}.`);
        return;
      }
      if (c === '&' && this.at(1) === '&') return;
      if (c === "'") this.singleQuoted();
      else if (c === '"') this.doubleQuoted();
      else if (c === '$' || c === '(' || c === '@' || c === '{' || c === '[') this.primaryExpression();
      else if (c === '-' && /[A-Za-z]/.test(this.at(1))) {
        // An operator: -eq, -like, -and, -f...
        this.i++;
        while (/[A-Za-z]/.test(this.ch())) this.i++;
      } else if (/[\w.]/.test(c)) {
        while (this.i < this.s.length && /[\w.:\\-]/.test(this.ch())) this.i++;
        // A keyword's block or condition: `else {`, `catch [x] {`
      } else this.i++;
    }
  }
}

function escaped(c: string): string {
  switch (c) {
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case '0':
      return '\0';
    case 'a':
      return '\x07';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'v':
      return '\v';
    case 'e':
      return '\x1b';
    default:
      return c;
  }
}

/** `script:Name` → `name`; `env:Path` keeps its drive: `env:path`. */
function varName(raw: string): string {
  const lower = raw.toLowerCase();
  const m = /^(global|script|local|private|using):(.*)$/.exec(lower);
  return m ? m[2] : lower;
}

function numberValue(text: string): number {
  const m = /^(-?)(.*?)(kb|mb|gb|tb|pb)?$/i.exec(text)!;
  const body = m[2].replace(/[dl]$/i, '');
  const n = /^0x/i.test(body) ? parseInt(body.slice(2), 16) : Number(body);
  return (m[1] ? -1 : 1) * n * (m[3] ? MULTIPLIER[m[3].toLowerCase()] : 1);
}
