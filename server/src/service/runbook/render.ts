// A runbook as Markdown (to read and follow) and as a Windows PowerShell script that asks before each change,
// checks each step and stops at the first failed check. A step meant for another server stops the script with the
// command to go on there (`-From <step>`). Values the workspace does not know are asked for (Read-Host) just
// before the first step that needs them; passwords only ever as secure strings.
import type { Runbook, RunbookVariable } from './types';

const psString = (s: string) => `'${s.replace(/'/g, "''")}'`;

function valueText(v: RunbookVariable): string {
  return v.value ?? `(asked: ${v.prompt})`;
}

export function runbookMarkdown(r: Runbook): string {
  const out: string[] = [`# ${r.title}`, '', ...r.why.map((w) => `- ${w}`), ''];
  for (const w of r.warnings) out.push(`> ${w}`);
  out.push('', '## Values', '', '| Variable | Value |', '|---|---|');
  for (const v of r.variables) out.push(`| \`$${v.name}\` | ${valueText(v).replace(/\|/g, '\\|')} |`);
  out.push('', '## Steps', '');
  r.steps.forEach((s, i) => {
    out.push(`### ${i + 1}. ${s.title}`, '', `On **${s.on}**${s.change ? ' (changes something)' : ''}.`, '');
    if (s.command) out.push('```powershell', s.command, '```', '');
    else out.push('By hand.', '');
    if (s.answer) out.push(`**Answer:** ${s.answer}.`, '');
    out.push(`**Check:** ${s.check.expect}.`);
    if (s.check.test) out.push('', '```powershell', s.check.test, '```');
    if (s.note) out.push('', s.note);
    out.push('', 'Stop here if the check fails.', '');
  });
  out.push('## Sources', '', ...r.sources.map((s) => `- ${s}`), '');
  return out.join('\n');
}

export function runbookScript(r: Runbook): string {
  const out: string[] = [
    `# ${r.title}`,
    '# Written by exchange-transport from the workspace; read it before you run it. It asks before each change,',
    '# checks each step and stops at the first failed check. Steps for another server: run it there with -From <step>.',
    ...r.why.map((w) => `# - ${w}`),
    ...r.warnings.map((w) => `# ${w}`),
    'param([int]$From = 1)',
    "$ErrorActionPreference = 'Stop'",
  ];
  for (const v of r.variables)
    out.push(`$${v.name} = ${v.value !== undefined ? psString(v.value) : "''"}${v.value === undefined ? `  # asked for when needed: ${v.prompt}` : ''}`);
  out.push('');
  const asked = new Set(r.variables.filter((v) => v.value !== undefined).map((v) => v.name));
  r.steps.forEach((s, i) => {
    const n = i + 1;
    out.push(`# Step ${n}: ${s.title}`, `if ($From -le ${n}) {`);
    // A server name (not "Exchange Online"): the step runs there only.
    if (/^[A-Za-z0-9-]{1,15}$/.test(s.on)) {
      out.push(`  if ($env:COMPUTERNAME -ne ${psString(s.on)}) {`);
      out.push(`    Write-Host ${psString(`Step ${n} runs on ${s.on}: run this script there with -From ${n}.`)}`);
      out.push('    return', '  }');
    }
    for (const name of s.uses ?? []) {
      if (asked.has(name)) continue;
      const v = r.variables.find((x) => x.name === name);
      out.push(`  if (-not $${name}) { $${name} = Read-Host -Prompt ${psString(v?.prompt ?? name)} }`);
    }
    if (s.change) {
      const q = `Step ${n} on ${s.on}: ${s.title}.${s.answer ? ` When asked, answer ${s.answer}.` : ''} Go on? (y/n)`;
      out.push(`  if ((Read-Host -Prompt ${psString(q)}) -ne 'y') {`, "    Write-Host 'Stopped.'", '    return', '  }');
    }
    if (s.command) for (const line of s.command.split('; ')) out.push(`  ${line}`);
    else out.push(`  Write-Host ${psString(`By hand: ${s.title}. ${s.note ?? ''}`.trim())}`);
    if (s.check.test) {
      // "$c = ...; $c.Status -eq 'Valid'": the statements first, the last one is the test.
      const parts = s.check.test.split('; ');
      for (const p of parts.slice(0, -1)) out.push(`  ${p}`);
      out.push(`  if (-not (${parts[parts.length - 1]})) {`);
      out.push(`    throw ${psString(`Step ${n} failed its check: ${s.check.expect}.`)}`, '  }');
    } else {
      out.push(`  if ((Read-Host -Prompt ${psString(`Check: ${s.check.expect}. Is it so? (y/n)`)}) -ne 'y') {`);
      out.push(`    throw ${psString(`Step ${n} failed its check: ${s.check.expect}.`)}`, '  }');
    }
    out.push('}', '');
  });
  out.push(`Write-Host ${psString(`Done: ${r.title}.`)}`, '');
  return out.join('\r\n');
}
