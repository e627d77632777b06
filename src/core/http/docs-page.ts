/** A readable API reference rendered on the server from the OpenAPI document: no script, no CDN. */
type Json = Record<string, unknown>;

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function schemaText(schema: unknown, components: Json): string {
  if (!schema || typeof schema !== 'object') return '';
  const s = schema as Json;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop() ?? '';
    return `${name} ${schemaText((components.schemas as Json | undefined)?.[name], components)}`;
  }
  return JSON.stringify(s, null, 2);
}

export function renderDocsPage(doc: Json): string {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  const components = (doc.components ?? {}) as Json;
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
      const bodySchema = (body?.['application/json'] as Json | undefined)?.schema;
      const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
        .map(([status, r]) => `<li><code>${esc(status)}</code> ${esc(r.description)}</li>`)
        .join('');
      const params = ((op.parameters ?? []) as Json[])
        .map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''})</li>`)
        .join('');
      rows.push(`<section><h3><code>${esc(method.toUpperCase())} ${esc(path)}</code></h3>
<p>${esc(op.summary)}</p><p>Who may call it: <strong>${esc(JSON.stringify(op['x-whistle-access']))}</strong></p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${bodySchema ? `<h4>Body</h4><pre>${esc(schemaText(bodySchema, components))}</pre>` : ''}
<h4>Responses</h4><ul>${responses}</ul></section>`);
    }
  }
  const info = (doc.info ?? {}) as Json;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title)} API</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${esc(info.title)} API ${esc(info.version)}</h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are always
<code>{"error":{"code","message","field?"}}</code>.</p>${rows.join('\n')}</main></body></html>`;
}

export const DOCS_CSS = `body{font-family:system-ui,sans-serif;margin:0;padding:1rem;line-height:1.45;color:#111}
main{max-width:60rem;margin:auto}section{border-top:1px solid #ccc;padding:.5rem 0}
pre{background:#f4f4f4;padding:.5rem;overflow:auto;font-size:.85rem}code{font-size:.95em}`;
