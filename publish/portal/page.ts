/**
 * The open-data portal's one HTML page: every dataset of the current release with its title,
 * description, row count, period, columns and a link to each file. Latvian first, English
 * beside it. No script; its stylesheet is /opendata/portal.css.
 */
import type { CurrentRelease } from '../opendata/release.ts';
import type { PublishedDataset, PublishedFile } from '../opendata/types.ts';
import { DATA_THEMES, DEFAULT_LICENCE, FORMATS, LICENCES } from '../opendata/vocab.ts';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const e = escapeHtml;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const count = (n: number) => n.toLocaleString('lv-LV');
const day = (iso: string) => iso.slice(0, 10);

/** A link relative to /opendata/, so the page works behind any prefix or host. */
function fileLink(ds: PublishedDataset, f: PublishedFile): string {
  return `datasets/${encodeURIComponent(ds.id)}/${encodeURIComponent(f.file)}`;
}

function dataset(ds: PublishedDataset): string {
  const licence = LICENCES[ds.licence ?? DEFAULT_LICENCE] ?? LICENCES[DEFAULT_LICENCE]!;
  const table = ds.files.find((f) => f.schema);
  const keywords = [...ds.keywords.lv, ...ds.keywords.en, ...(ds.keywords.untagged ?? [])];
  return `
<section class="dataset" id="${e(ds.id)}">
  <h2>${e(ds.title.lv)} <span class="en" lang="en">${e(ds.title.en)}</span></h2>
  <p>${e(ds.description.lv)}</p>
  <p class="en" lang="en">${e(ds.description.en)}</p>
  <dl>
    <dt>Rindas <span lang="en">Rows</span></dt><dd class="rows">${ds.rows === null ? '–' : count(ds.rows)}</dd>
    ${ds.temporal ? `<dt>Periods <span lang="en">Period</span></dt><dd>${e(ds.temporal.start)} – ${e(ds.temporal.end)}</dd>` : ''}
    <dt>Atjaunināts <span lang="en">Modified</span></dt><dd><time datetime="${e(ds.modified)}">${e(day(ds.modified))}</time></dd>
    <dt>Tēma <span lang="en">Theme</span></dt><dd>${ds.themes.map((t) => e(DATA_THEMES[t]?.lv ?? t)).join(', ')}</dd>
    ${keywords.length ? `<dt>Atslēgvārdi <span lang="en">Keywords</span></dt><dd>${e([...new Set(keywords)].join(', '))}</dd>` : ''}
    <dt>Licence <span lang="en">Licence</span></dt><dd><a href="${e(licence.url)}" rel="license">${e(licence.title.lv)}</a></dd>
    <dt>Identifikators <span lang="en">Identifier</span></dt><dd><code>${e(ds.iri)}</code></dd>
  </dl>
  <table class="files">
    <thead><tr><th>Fails <span lang="en">File</span></th><th>Formāts <span lang="en">Format</span></th><th>Izmērs <span lang="en">Size</span></th><th>SHA-256</th></tr></thead>
    <tbody>
${ds.files
  .map(
    (f) =>
      `      <tr><td><a href="${e(fileLink(ds, f))}" type="${e(f.mediaType)}">${e(f.file)}</a></td><td>${e(FORMATS[f.format].label)}</td><td>${e(size(f.bytes))}</td><td><code title="${e(f.sha256)}">${e(f.sha256.slice(0, 12))}…</code></td></tr>`,
  )
  .join('\n')}
    </tbody>
  </table>
  ${
    table?.schema
      ? `<details><summary>Kolonnas <span lang="en">Columns</span> (${table.schema.fields.length})</summary>
  <table class="columns"><thead><tr><th>Nosaukums <span lang="en">Name</span></th><th>Tips <span lang="en">Type</span></th><th>Apraksts <span lang="en">Description</span></th></tr></thead><tbody>
${table.schema.fields.map((c) => `    <tr><td><code>${e(c.name)}</code></td><td>${e(c.type)}</td><td>${e(c.description)}</td></tr>`).join('\n')}
  </tbody></table></details>`
      : ''
  }
</section>`;
}

export function portalPage(
  release: CurrentRelease,
  publisher: { name: string; homepage: string; email: string },
): string {
  const m = release.manifest;
  return `<!doctype html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Atvērtie dati · Open data — E-lieta</title>
<link rel="stylesheet" href="portal.css">
<link rel="alternate" type="application/ld+json" href="catalog.jsonld" title="DCAT-AP (JSON-LD)">
<link rel="alternate" type="text/turtle" href="catalog.ttl" title="DCAT-AP (Turtle)">
</head>
<body>
<header>
  <h1>E-lietas atvērtie dati <span class="en" lang="en">E-lieta open data</span></h1>
  <p>Latvijas tieslietu nozares publiskās datu kopas. Publicētas tiek tikai kolonnas, kas atzīmētas kā publiskas.
  <span class="en" lang="en">Public datasets of Latvia's justice sector. Only columns marked public are published.</span></p>
  <p class="meta">Izdevējs <span lang="en">Publisher</span>: <a href="${e(publisher.homepage)}">${e(publisher.name)}</a> ·
  <a href="mailto:${e(publisher.email)}">${e(publisher.email)}</a> ·
  Laidiens <span lang="en">Release</span> <code>${e(m.id)}</code>, <time datetime="${e(m.modified)}">${e(day(m.modified))}</time></p>
  <p class="catalog">DCAT-AP 3 katalogs <span lang="en">catalogue</span>:
  <a href="catalog.jsonld" type="application/ld+json">catalog.jsonld</a> ·
  <a href="catalog.ttl" type="text/turtle">catalog.ttl</a></p>
</header>
<main>
${m.datasets.length ? m.datasets.map(dataset).join('\n') : '<p>Nav publicētu datu kopu. <span lang="en">No dataset is published.</span></p>'}
</main>
</body>
</html>
`;
}

export const PORTAL_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
h1,h2{line-height:1.2}.en{color:#555;font-weight:normal}h1 .en,h2 .en{display:block;font-size:.7em}
.meta,.catalog{font-size:.9em;color:#444}.dataset{border-top:1px solid #ccc;padding-top:1rem;margin-top:1.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dt span,th span{font-weight:normal;color:#666}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e4e4e4;vertical-align:top}
code{font-size:.85em}a{color:#0b4f8a}
`;
