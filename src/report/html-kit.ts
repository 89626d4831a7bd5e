/**
 * Building blocks of the self-contained HTML reports: escaping, the page shell (inline CSS, one inline
 * script allowed by its hash in a Content-Security-Policy that also forbids every network fetch), and
 * SVG bar charts. Everything from the estate or a catalog goes through `esc`; the CSP is the second
 * line of defence, so even a missed escape could not run a script or load anything.
 */
import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and quoted attribute values. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Control characters other than tab/newline are shown as escapes, as in the terminal report.
  return String(value)
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what this replaces
      /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export const SEVERITY_COLORS: Record<string, string> = {
  critical: '#7b1fa2',
  high: '#c62828',
  medium: '#ef6c00',
  low: '#f9a825',
  info: '#607d8b',
};
export const STATUS_COLORS: Record<string, string> = {
  pass: '#2e7d32',
  fail: '#c62828',
  not_assessed: '#f9a825',
  manual: '#78909c',
  error: '#f9a825',
};

const CSS = `
:root{--fg:#1d2430;--muted:#5b6575;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header.top{background:#17233a;color:#fff;padding:20px 32px}header.top h1{margin:0 0 4px;font-size:22px}header.top .meta{color:#c6d0e0;font-size:13px}
main{padding:20px 32px;max-width:1400px;margin:0 auto}section{margin:0 0 28px}h2{font-size:18px;margin:0 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:16px 0 8px}.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:12px 16px;min-width:150px}
.card .v{font-size:26px;font-weight:600}.card .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(360px,1fr));gap:16px}.chart{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:12px}
.chart h3{margin-top:0}.chart-svg{display:block;height:auto}svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line)}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
th{background:#eef1f6;font-weight:600;white-space:nowrap}th[data-sort]{cursor:pointer}th[data-sort]::after{content:" \\2195";color:var(--muted)}
td.num,th.num{text-align:right}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;word-break:break-all}
.pill{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;white-space:nowrap}
.muted{color:var(--muted)}.filters{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 10px;align-items:center}.filters input,.filters select{padding:5px 8px;border:1px solid var(--line);border-radius:4px;font:inherit}
details{background:var(--card);border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:6px 10px}summary{cursor:pointer;font-weight:600}
.remediation{background:#f3f7ff;border-left:3px solid var(--accent);padding:6px 10px;margin:6px 0;white-space:pre-wrap}
.note{background:#fff8e1;border:1px solid #f3d98b;border-radius:6px;padding:8px 12px}
footer{color:var(--muted);font-size:12px;padding:16px 32px}
@media print{body{background:#fff}header.top{background:#fff;color:#000;border-bottom:2px solid #000}header.top .meta{color:#333}
.filters,.noprint{display:none!important}details{border:none;padding:0}table{page-break-inside:auto}tr{page-break-inside:avoid}
section{page-break-inside:avoid-page}.chart,.card{break-inside:avoid}a{color:inherit;text-decoration:none}}
`;

/**
 * Sorting and filtering over the rendered rows. Reads only the DOM (data-* attributes and text);
 * no report data is embedded as script. Opens every <details> before printing.
 */
const SCRIPT = `(function(){
function val(td){var v=td.getAttribute('data-v');return v!==null?v:td.textContent.trim();}
document.querySelectorAll('table.sortable').forEach(function(t){
 t.querySelectorAll('th[data-sort]').forEach(function(th,i){th.addEventListener('click',function(){
  var idx=Array.prototype.indexOf.call(th.parentNode.children,th),body=t.tBodies[0],num=th.getAttribute('data-sort')==='num';
  var dir=th.getAttribute('data-dir')==='asc'?'desc':'asc';th.setAttribute('data-dir',dir);
  var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){var x=val(a.cells[idx]),y=val(b.cells[idx]);
   var c=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y);return dir==='asc'?c:-c;});
  rows.forEach(function(r){body.appendChild(r);});});});});
document.querySelectorAll('[data-filter-for]').forEach(function(box){
 var t=document.getElementById(box.getAttribute('data-filter-for'));if(!t)return;
 var controls=box.querySelectorAll('input,select'),count=box.querySelector('.count');
 function apply(){var shown=0;Array.prototype.forEach.call(t.tBodies[0].rows,function(r){var ok=true;
  controls.forEach(function(c){var v=c.value.trim().toLowerCase();if(!v)return;var k=c.getAttribute('data-key');
   if(k==='text'){if(r.textContent.toLowerCase().indexOf(v)<0)ok=false;}else if((r.getAttribute('data-'+k)||'')!==v)ok=false;});
  r.hidden=!ok;if(ok)shown++;});if(count)count.textContent=shown+' shown';}
 controls.forEach(function(c){c.addEventListener('input',apply);c.addEventListener('change',apply);});apply();});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
})();`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

/** The whole document around `body`. */
export function page(title: string, header: string, body: string, generatedAt: string): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="Parapet">
<title>${esc(title)}</title>
<style>${CSS}</style></head>
<body>
<header class="top">${header}</header>
<main>
${body}
</main>
<footer>Generated by Parapet at ${esc(generatedAt)}. This file is self-contained: it loads nothing from the network.</footer>
<script>${SCRIPT}</script>
</body></html>
`;
}

export function pill(label: string, color: string): string {
  return `<span class="pill" style="background:${color}">${esc(label)}</span>`;
}

/** A horizontal bar chart as inline SVG; values are drawn to scale against `max` (default: the largest). */
export function barChart(
  id: string,
  bars: readonly { label: string; value: number; color: string; text?: string }[],
  options: { max?: number; labelWidth?: number; width?: number } = {},
): string {
  if (bars.length === 0) return `<p class="muted">Nothing to chart.</p>`;
  const labelWidth = options.labelWidth ?? 150;
  const width = options.width ?? 520;
  const barArea = width - labelWidth - 70;
  const rowH = 24;
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((b, i) => {
      const w = max <= 0 ? 0 : Math.max(b.value > 0 ? 2 : 0, Math.round((b.value / max) * barArea));
      const y = i * rowH;
      const label = b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label;
      return `<g><title>${esc(b.label)}: ${esc(b.text ?? String(b.value))}</title><text x="${labelWidth - 6}" y="${y + 16}" text-anchor="end">${esc(label)}</text><rect class="bar" x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${b.color}" rx="2"></rect><text x="${labelWidth + w + 6}" y="${y + 16}">${esc(b.text ?? String(b.value))}</text></g>`;
    })
    .join('');
  return `<svg id="${esc(id)}" class="chart-svg" role="img" width="100%" style="max-width:${width}px" viewBox="0 0 ${width} ${bars.length * rowH + 4}" xmlns="http://www.w3.org/2000/svg">${rows}</svg>`;
}

/** A stacked single bar (e.g. requirement statuses) with a legend. */
export function stackedBar(
  id: string,
  parts: readonly { label: string; value: number; color: string }[],
  width = 520,
): string {
  const total = parts.reduce((s, p) => s + p.value, 0);
  if (total === 0) return `<p class="muted">Nothing to chart.</p>`;
  let x = 0;
  const rects = parts
    .filter((p) => p.value > 0)
    .map((p) => {
      const w = (p.value / total) * width;
      const r = `<rect class="bar" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="26" fill="${p.color}"><title>${esc(p.label)}: ${p.value}</title></rect>`;
      x += w;
      return r;
    })
    .join('');
  const legend = parts
    .map(
      (p, i) =>
        `<rect x="${i * 130}" y="36" width="12" height="12" fill="${p.color}"></rect><text x="${i * 130 + 16}" y="46">${esc(p.label)} ${p.value}</text>`,
    )
    .join('');
  return `<svg id="${esc(id)}" class="chart-svg" role="img" width="100%" style="max-width:${width}px" viewBox="0 0 ${width} 56" xmlns="http://www.w3.org/2000/svg">${rects}${legend}</svg>`;
}

export function pct(n: number | null): string {
  return n === null ? 'n/a' : `${n.toFixed(1)}%`;
}

export function scoreColor(n: number | null): string {
  if (n === null) return STATUS_COLORS.manual!;
  return n >= 90 ? '#2e7d32' : n >= 70 ? '#9e9d24' : n >= 50 ? '#ef6c00' : '#c62828';
}
