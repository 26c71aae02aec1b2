// The report's one style sheet: screen and print (A4 landscape, each major section on a new page, colours kept so
// the PDF looks like the screen). The page's Content-Security-Policy allows this sheet by its hash and nothing else.
export const REPORT_CSS = `
:root{--fg:#1d2327;--muted:#5b6770;--line:#d6dbe0;--bg:#fff;--head:#f4f6f8;--link:#0b5cad;
--error:#c62828;--error-bg:#fdecea;--warning:#b45f06;--warning-bg:#fff3e0;--info:#1a5fb4;--info-bg:#e8f0fb;--hint-bg:#f3f3f3;--good:#2e7d32;--good-bg:#edf7ed}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:14px/1.45 "Segoe UI","Liberation Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main,header.cover,footer{max-width:1320px;margin:0 auto;padding:0 24px}
header.cover{padding-top:24px;padding-bottom:8px;border-bottom:3px solid var(--fg)}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:21px;margin:32px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:22px 0 8px}
h4{font-size:14px;margin:0 0 4px}
p{margin:6px 0}
a{color:var(--link)}
code,pre,.mono{font-family:Consolas,"Liberation Mono",monospace;font-size:12.5px}
.meta{color:var(--muted);margin:2px 0}
nav.toc{margin:10px 0 4px;display:flex;flex-wrap:wrap;gap:4px 14px}
nav.toc a{text-decoration:none;font-weight:600}
.tiles{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
.tile{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:118px;background:var(--head)}
.tile b{display:block;font-size:24px;line-height:1.2}
.tile span{color:var(--muted);font-size:12.5px}
.tile.error{border-color:var(--error);background:var(--error-bg)}.tile.error b{color:var(--error)}
.tile.warning{border-color:var(--warning);background:var(--warning-bg)}.tile.warning b{color:var(--warning)}
.tile.good{border-color:var(--good);background:var(--good-bg)}.tile.good b{color:var(--good)}
table{border-collapse:collapse;width:100%;margin:6px 0 14px;font-size:13px}
th,td{border:1px solid var(--line);padding:4px 7px;text-align:left;vertical-align:top;overflow-wrap:break-word}
td .src{color:var(--muted);font-size:11px;margin-top:2px}
th{background:var(--head);font-weight:600}
thead{display:table-header-group}
tr{break-inside:avoid}
caption{caption-side:top;text-align:left;font-weight:600;padding:4px 0}
.note{color:var(--muted);font-size:12.5px}
.chip{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:700;white-space:nowrap;border:1px solid currentColor}
.state-broken,.sev-error{color:var(--error)}
.state-at-risk,.sev-warning{color:var(--warning)}
.state-review,.sev-information{color:var(--info)}
.state-ok,.status-ok{color:var(--good)}
.state-not-assessed,.sev-hint,.status-unknown{color:var(--muted)}
.status-broken{color:var(--error)}.status-warning{color:var(--warning)}
td.tone-error{background:var(--error-bg)}
td.tone-warning{background:var(--warning-bg)}
td.tone-information{background:var(--info-bg)}
td.tone-hint{background:var(--hint-bg)}
td.tone-good{background:var(--good-bg)}
table.verdicts td:first-child{width:1%;white-space:nowrap}
table.verdicts td:nth-child(2){width:16em;font-weight:600}
ol.risks li{margin:4px 0}
a.ref{font-family:Consolas,"Liberation Mono",monospace;font-size:12px;margin-right:6px;white-space:nowrap;text-decoration:none;border-bottom:1px dotted currentColor}
figure.flow{margin:8px 0;border:1px solid var(--line);border-radius:8px;padding:8px;overflow-x:auto}
.flow-svg{max-width:100%;height:auto;display:block;margin:0 auto;font-family:"Segoe UI","Liberation Sans",Arial,sans-serif}
.flow-title{font-size:12.5px;font-weight:700;fill:var(--fg)}
.flow-line{font-size:11px;fill:#3c4850}
.flow-state{font-size:9.5px;font-weight:700;text-transform:uppercase}
.flow-column{font-size:12px;font-weight:700;fill:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.legend{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:12.5px;margin:6px 0}
.legend .swatch{display:inline-block;width:26px;height:0;border-top:3px solid;vertical-align:middle;margin-right:5px}
.legend .swatch.broken{border-color:var(--error)}.legend .swatch.warning{border-color:var(--warning)}
.legend .swatch.ok{border-color:var(--good)}.legend .swatch.unknown{border-color:#6b6b6b;border-top-style:dashed}
section.server{margin-top:18px}
section.server h3 small{font-weight:400;color:var(--muted)}
article.rule{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:6px;padding:8px 12px;margin:10px 0;break-inside:avoid-page}
article.rule.error{border-left-color:var(--error)}article.rule.warning{border-left-color:var(--warning)}
article.rule.information{border-left-color:var(--info)}article.rule.hint{border-left-color:#9aa4ab}
article.rule .why{color:#2f3a42}
ol.findings{margin:6px 0 0;padding-left:22px}
ol.findings li{margin:6px 0;break-inside:avoid}
ol.findings .where{color:var(--muted);font-size:12.5px}
pre{background:#f6f8fa;border:1px solid var(--line);border-radius:4px;padding:5px 8px;margin:3px 0;white-space:pre-wrap;overflow-wrap:anywhere}
.fix-title{font-size:12.5px}
ul.related{margin:2px 0;padding-left:18px;color:var(--muted);font-size:12.5px}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 14px}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
footer{color:var(--muted);font-size:12.5px;margin-top:30px;padding-top:10px;padding-bottom:30px;border-top:1px solid var(--line)}
@media print{
@page{size:A4 landscape;margin:11mm}
body{font-size:11.5px}
main,header.cover,footer{max-width:none;padding:0}
nav.toc{display:none}
h2{break-after:avoid}h3,h4,caption{break-after:avoid}
section.major{break-before:page}
figure.flow{overflow:visible;border:none}
table{font-size:10.5px}
a{color:inherit;text-decoration:none}
}
`.trim();
