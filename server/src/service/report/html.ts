// The audit report as one self-contained HTML page: no script, no external resource (links to Microsoft's pages
// and the rule pages are plain <a href>, never loaded), a Content-Security-Policy that allows only its own style
// sheet (by hash), and print CSS so a browser saves it as a PDF. Every text from the files is escaped.
import forge from '../certificate/forge';
import type { LinkStatus } from '../project/trustMap';
import { escapeHtml as esc } from '../text/html';
import type { Severity } from '../types';
import { STATUS_WORD, flowSvg } from './svg';
import { REPORT_CSS } from './style';
import type { AcceptedFinding, AreaState, AuditReport, Cell, FindingRef, ReportFinding, RuleGroup, Table } from './types';

const SEVERITY_TITLE: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', information: 'Information', hint: 'Hints' };
const STATE_WORD: Record<AreaState, string> = { broken: 'broken', 'at-risk': 'at risk', review: 'review', ok: 'no finding', 'not-assessed': 'not assessed' };

/** The CSP source for the style sheet: its SHA-256, base64. */
export function styleHash(css: string): string {
  const md = forge.md.sha256.create();
  md.update(css, 'utf8');
  return `sha256-${forge.util.encode64(md.digest().bytes())}`;
}

function utc(iso: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** An external page: a plain link, opened in a new tab, never loaded by the report. */
function extLink(href: string, text: string): string {
  return /^https:\/\//.test(href) ? `<a href="${esc(href)}" rel="noreferrer noopener" target="_blank">${esc(text)}</a>` : esc(text);
}

function refLink(r: FindingRef): string {
  return `<a class="ref sev-${r.severity}" href="#${r.id}" title="${esc(r.severity)}">${esc(r.code)}</a>`;
}

function cellHtml(c: Cell, source?: string): string {
  const cls = [c.tone ? `tone-${c.tone}` : '', c.mono ? 'mono' : ''].filter(Boolean).join(' ');
  const refs = c.refs?.length ? `${c.text ? '<br>' : ''}${c.refs.map(refLink).join('')}` : '';
  const src = source ? `<div class="src">${esc(source)}</div>` : '';
  return `<td${cls ? ` class="${cls}"` : ''}${c.title ? ` title="${esc(c.title)}"` : ''}>${esc(c.text)}${refs}${src}</td>`;
}

function tableHtml(t: Table): string {
  const head = t.columns.map((c) => `<th${c.title ? ` title="${esc(c.title)}"` : ''}>${esc(c.label)}</th>`).join('');
  // The first cell says where the row comes from (the same object may be in two files).
  const rows = t.rows.map((r) => `<tr>${r.cells.map((c, i) => cellHtml(c, i === 0 ? r.where : undefined)).join('')}</tr>`).join('\n');
  return `<table id="${esc(t.id)}" class="objects"><caption>${esc(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>${
    t.note ? `<p class="note">${esc(t.note)}</p>` : ''
  }`;
}

function header(r: AuditReport): string {
  const when = `${utc(r.now)} (${r.nowGiven ? 'given with --now' : 'the time of the run'})`;
  const toc = [
    ['summary', 'Summary'],
    ['flow', 'Trust flow'],
    ['servers', 'Servers'],
    ['findings', 'Findings'],
    ['accepted', 'Accepted risks'],
    ['scope', 'Scope'],
    ['rules', 'Rules'],
  ]
    .map(([id, t]) => `<a href="#${id}">${t}</a>`)
    .join('');
  return (
    `<header class="cover"><h1>${esc(r.title)}</h1>` +
    `<p class="meta">Evaluated as of <time datetime="${esc(r.now)}">${esc(when)}</time> · ${plural(r.counts.files, 'file')} read, ${r.counts.skipped} skipped · ` +
    `exchange-transport ${esc(r.version)} (${esc(r.producer)})</p><nav class="toc">${toc}</nav></header>`
  );
}

function summary(r: AuditReport): string {
  const f = r.counts.findings;
  const tiles = [
    [f.error, 'errors', f.error ? 'error' : 'good'],
    [f.warning, 'warnings', f.warning ? 'warning' : 'good'],
    [f.information + f.hint, 'notes (information, hints)', ''],
    [r.counts.links.broken, `broken trust links of ${r.trust.length}`, r.counts.links.broken ? 'error' : r.trust.length ? 'good' : ''],
    [r.counts.suppressed + r.counts.baselined, 'accepted risks', ''],
    ...r.counts.objects.map((o) => [o.count, o.label, ''] as const),
  ]
    .map(([n, label, cls]) => `<div class="tile ${cls}"><b>${n}</b><span>${esc(String(label))}</span></div>`)
    .join('');
  const areas = r.areas
    .map(
      (a) =>
        `<tr data-area="${esc(a.id)}" data-state="${a.state}"><td><span class="chip state-${a.state}">${STATE_WORD[a.state]}</span></td><td>${esc(a.title)}</td>` +
        `<td>${esc(a.line)}${a.worst ? ` ${refLink(a.worst)}` : ''}</td></tr>`,
    )
    .join('\n');
  const risks = r.risks.length
    ? `<ol class="risks">${r.risks
        .map(
          (k) =>
            `<li><span class="chip sev-${k.ref.severity}">${k.ref.severity}</span> ${esc(k.text)} <span class="note">(${esc(k.area)}; ${esc(k.where)}${
              k.more ? `; and ${k.more} more like it` : ''
            })</span> ${refLink(k.ref)}</li>`,
        )
        .join('')}</ol>`
    : '<p>No error or warning: nothing stands out.</p>';
  return (
    `<section id="summary"><h2>Summary</h2><div class="tiles">${tiles}</div>` +
    `<h3>Verdict per area</h3><table class="verdicts"><tbody>\n${areas}\n</tbody></table>` +
    `<h3>Top risks</h3>${risks}</section>`
  );
}

function statusChip(s: LinkStatus): string {
  return `<span class="chip status-${s}">${STATUS_WORD[s]}</span>`;
}

function flow(r: AuditReport): string {
  const svg = flowSvg(r.flow);
  const picture = svg
    ? `<figure class="flow">${svg}</figure><div class="legend">${(['broken', 'warning', 'ok', 'unknown'] as LinkStatus[])
        .map((s) => `<span><span class="swatch ${s}"></span>${STATUS_WORD[s]}</span>`)
        .join('')}<span>dashed box: not named in the files, inferred</span></div>`
    : '<p>No EdgeSubscription file, EdgeSync connector or connector to or from Exchange Online in the files read: nothing to draw.</p>';
  const links = r.trust.length
    ? `<table id="trust-links"><caption>Trust links (as the editor's trust map shows them)</caption><thead><tr><th>State</th><th>From</th><th>To</th><th>Through</th><th>Dates</th><th>Findings</th><th>File</th></tr></thead><tbody>\n${r.trust
        .map(
          (t) =>
            `<tr data-status="${t.status}"><td>${statusChip(t.status)}</td><td>${esc(t.from)}</td><td>${esc(t.to)}</td><td>${esc(t.via)}</td><td>${t.dates
              .map((d) => `<div class="${d.past ? 'sev-error' : ''}">${esc(d.what)} ${d.past ? 'expired' : 'expires'} ${esc(d.date.slice(0, 10))}</div>`)
              .join(
                '',
              )}</td><td>${t.refs.map((x) => `<div>${refLink(x)} ${esc(x.message)}</div>`).join('') || esc(t.note ?? '')}</td><td>${esc(t.where)}</td></tr>`,
        )
        .join('\n')}\n</tbody></table>`
    : '';
  const sessions = r.sessions.length
    ? `<table id="sessions"><caption>Sessions in the protocol logs, per connector</caption><thead><tr><th>Connector</th><th>Server</th><th>Sessions</th><th>With TLS</th><th>TLS versions</th><th>Mail in clear text</th><th>TLS failures</th></tr></thead><tbody>\n${r.sessions
        .map((c) => {
          const weak = c.clearText > 0 || Object.keys(c.failures).length > 0;
          const kv = (o: Record<string, number>) =>
            Object.entries(o)
              .map(([k, n]) => `${k} ${n}`)
              .join(', ');
          return `<tr><td>${esc(`${c.direction === 'receive' ? 'Receive' : c.direction === 'send' ? 'Send' : ''} "${c.connector}"`.trim())}</td><td>${esc(
            c.server ?? '',
          )}</td><td>${c.sessions}</td><td>${c.tls}</td><td>${esc(kv(c.protocols))}</td><td class="${c.clearText ? 'tone-error' : 'tone-good'}">${c.clearText} of ${c.mail}</td><td class="${
            weak && Object.keys(c.failures).length ? 'tone-error' : 'tone-good'
          }">${esc(kv(c.failures))}</td></tr>`;
        })
        .join('\n')}\n</tbody></table>`
    : '';
  return (
    `<section id="flow" class="major"><h2>Trust flow</h2><p>Who trusts whom and how mail crosses: the Edges in the middle, the Internet and Exchange Online on the left, ` +
    `the Hub sites and servers on the right. A link takes the state of the worst finding on what it goes through (an error breaks it, a warning warns); ` +
    `connectors and subscription files are drawn as boxes on the links.</p>${picture}${links}${sessions}</section>`
  );
}

function servers(r: AuditReport): string {
  const per = r.servers
    .map(
      (s) =>
        `<section class="server" data-server="${esc(s.name)}"><h3>${esc(s.name)} <small>${esc(s.role)}</small></h3>${s.tables.map(tableHtml).join('') || '<p class="note">Nothing in the files for this server.</p>'}</section>`,
    )
    .join('\n');
  const org = r.organisation.length
    ? `<section class="server" data-server="organisation"><h3>Organisation-wide</h3>${r.organisation.map(tableHtml).join('')}</section>`
    : '';
  const none = !per && !org ? '<p>No certificate, connector or subscription file in the files read.</p>' : '';
  return `<section id="servers" class="major"><h2>Servers, certificates and connectors</h2>${none}${per}${org}</section>`;
}

function findingHtml(f: ReportFinding): string {
  const fixes = f.fixes
    .map(
      (x, i) =>
        `<div class="fix"><span class="fix-title">${i === 0 ? 'Fix' : 'Or'}: ${esc(x.title)}</span>${x.command ? `<pre><code>${esc(x.command)}</code></pre>` : ''}${
          x.edits ? `<span class="note"> (edits the file: ${plural(x.edits, 'change')})</span>` : ''
        }</div>`,
    )
    .join('');
  const related = f.related.length ? `<ul class="related">${f.related.map((x) => `<li>${esc(x.where)}: ${esc(x.message)}</li>`).join('')}</ul>` : '';
  return `<li id="${f.id}" data-code="${esc(f.code)}"><div>${esc(f.message)}</div><div class="where">${esc(f.where)}${f.object ? ` · ${esc(f.object)}` : ''}</div>${fixes}${related}</li>`;
}

function ruleHtml(g: RuleGroup, severity: Severity): string {
  const sources = g.sources.length ? ` Sources: ${g.sources.map((s) => extLink(s.url, s.title)).join('; ')}.` : '';
  const runbook = g.runbook ? ` Runbook: ${extLink(g.runbook.href, g.runbook.title)}.` : '';
  return (
    `<article class="rule ${severity}" id="rule-${esc(g.code)}-${severity}"><h4><span class="chip sev-${severity}">${severity}</span> ${extLink(g.docs, g.code)} · ${plural(g.findings.length, 'finding')}</h4>` +
    `<p class="why">${esc(g.description)} Why it matters and how to fix it: ${extLink(g.docs, 'the rule page')}.${sources}${runbook}</p><ol class="findings">${g.findings.map(findingHtml).join('')}</ol></article>`
  );
}

function findings(r: AuditReport): string {
  const body = r.findings.length
    ? r.findings
        .map(
          (g) =>
            `<section class="severity" data-severity="${g.severity}"><h3>${SEVERITY_TITLE[g.severity]} (${g.rules.reduce((n, x) => n + x.findings.length, 0)})</h3>${g.rules
              .map((x) => ruleHtml(x, g.severity))
              .join('\n')}</section>`,
        )
        .join('\n')
    : '<p>No finding.</p>';
  return `<section id="findings" class="major"><h2>Findings</h2><p class="note">By severity, then by rule: what was found, where, and the PowerShell of its fix (the first fix is the one that cannot hurt). "Why" is the rule's summary; its page has the full reasoning and Microsoft's sources.</p>${body}</section>`;
}

function acceptedTable(id: string, caption: string, list: readonly AcceptedFinding[]): string {
  if (!list.length) return `<p id="${id}">${esc(caption)}: none.</p>`;
  return `<table id="${id}"><caption>${esc(caption)}</caption><thead><tr><th>Rule</th><th>Severity</th><th>Finding</th><th>Where</th><th>Accepted by</th><th>Reason</th></tr></thead><tbody>\n${list
    .map(
      (a) =>
        `<tr><td>${extLink(a.docs, a.code)}</td><td class="sev-${a.severity}">${a.severity}</td><td>${esc(a.message)}</td><td>${esc(a.where)}</td><td class="mono">${esc(a.how)}</td><td>${esc(a.reason)}</td></tr>`,
    )
    .join('\n')}\n</tbody></table>`;
}

function accepted(r: AuditReport): string {
  return (
    `<section id="accepted" class="major"><h2>Accepted risks</h2><p class="note">Findings the estate has accepted: silenced by a suppression comment in the file (with its reason) or recorded in a baseline. ` +
    `They are not counted above.</p>${acceptedTable('suppressed', 'Suppressed by comments', r.accepted.suppressed)}${acceptedTable('baselined', 'Hidden by the baseline', r.accepted.baselined)}</section>`
  );
}

function scope(r: AuditReport): string {
  const files = r.scope.files
    .map(
      (f) =>
        `<tr><td>${esc(f.name)}</td><td>${esc(f.kindLabel)}</td><td>${f.size ?? f.characters}</td><td class="mono">${esc(f.sha256 ?? 'not computed')}</td><td>${
          f.exportDate ? `${f.exportAfter ? 'after ' : ''}${esc(utc(f.exportDate))}` : 'unknown'
        }<div class="note">${esc(f.exportBasis)}</div></td><td>${f.checked ? plural(f.findings, 'finding') : 'nothing could be checked'}${f.note ? `<div class="note">${esc(f.note)}</div>` : ''}</td></tr>`,
    )
    .join('\n');
  const skipped = r.scope.skipped.length
    ? `<table id="skipped"><caption>Files left out</caption><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>\n${r.scope.skipped
        .map((s) => `<tr><td>${esc(s.name)}</td><td>${esc(s.reason)}</td></tr>`)
        .join('\n')}\n</tbody></table>`
    : '<p id="skipped">Files left out: none.</p>';
  const facts = [
    ['Evaluated as of', `${utc(r.now)} (${r.nowGiven ? 'given with --now' : 'the time of the run'}); expiry and age checks are relative to it`],
    ['Tool', `exchange-transport ${r.version}, ${r.producer}`],
    ...(r.scope.roots.length ? [['Read from', r.scope.roots.join(', ')]] : []),
    ...(r.scope.baseline ? [['Baseline', r.scope.baseline]] : []),
    [
      'Export dates',
      'Only EdgeSubscription files (EffectiveDate) and protocol logs (their latest row) say when they were made; dumps and exports record no time, so their date is at best a lower bound from WhenChanged.',
    ],
  ]
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('');
  return (
    `<section id="scope" class="major"><h2>Scope</h2><dl class="facts">${facts}</dl>` +
    `<table id="files"><caption>Files read</caption><thead><tr><th>File</th><th>Kind</th><th>Size</th><th>SHA-256</th><th>Export date</th><th>Result</th></tr></thead><tbody>\n${files}\n</tbody></table>${skipped}</section>`
  );
}

function rules(r: AuditReport): string {
  const rows = r.rules
    .map(
      (x) =>
        `<tr${x.findings ? ' class="fired"' : ''}><td>${extLink(x.docs, x.code)}</td><td>${esc(x.category)}</td><td class="sev-${x.defaultSeverity}">${x.defaultSeverity}</td><td>${esc(
          x.description,
        )}</td><td>${x.findings}</td><td>${x.accepted}</td></tr>`,
    )
    .join('\n');
  return `<section id="rules" class="major"><h2>Rules</h2><p class="note">Every rule the run applied, with its default severity (a configuration may change it) and its page.</p><table id="rule-list"><thead><tr><th>Rule</th><th>Category</th><th>Default</th><th>What it finds</th><th>Findings</th><th>Accepted</th></tr></thead><tbody>\n${rows}\n</tbody></table></section>`;
}

/** The report as one HTML page. */
export function auditReportHtml(r: AuditReport): string {
  const csp = `default-src 'none'; style-src '${styleHash(REPORT_CSS)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="exchange-transport ${esc(r.version)}">
<title>${esc(r.title)} · ${esc(r.now.slice(0, 10))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${header(r)}
<main>
${summary(r)}
${flow(r)}
${servers(r)}
${findings(r)}
${accepted(r)}
${scope(r)}
${rules(r)}
</main>
<footer>Made by exchange-transport ${esc(r.version)} from the files listed under Scope, offline. The report holds no password or credential: subscription files' ESRA passwords and connectors' credentials are never shown.</footer>
</body></html>
`;
}
