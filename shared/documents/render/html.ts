import { headerLines, upper } from '../header.ts';
import type { Block, Cell, DocumentModel, Inline, SignatureBlock } from '../model.ts';
import { escapeXml, nameToken } from '../names.ts';
import { type HeaderCell, headerRows } from './headerRows.ts';

function runs(content: readonly Inline[]): string {
  return content
    .map((r) => {
      if (r.kind === 'name') {
        return `<span class="ptdv-name" data-key="${escapeXml(r.key)}">${escapeXml(nameToken(r.key))}</span>`;
      }
      let s = escapeXml(r.text);
      if (r.italic) s = `<i>${s}</i>`;
      if (r.bold) s = `<b>${s}</b>`;
      return s;
    })
    .join('');
}

function td(c: Cell, tag: 'td' | 'th' = 'td'): string {
  const style = c.align && c.align !== 'left' ? ` style="text-align:${c.align}"` : '';
  const inner = c.lines.map(runs).join('<br>');
  return `<${tag}${style}>${c.bold ? `<b>${inner}</b>` : inner}</${tag}>`;
}

function th(h: HeaderCell): string {
  const span = `${h.span > 1 ? ` colspan="${h.span}"` : ''}${h.rows > 1 ? ` rowspan="${h.rows}"` : ''}`;
  return `<th${span}>${escapeXml(h.text)}</th>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${escapeXml(`${b.number} ${b.text}`)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p${b.align === 'center' ? ' style="text-align:center"' : ''}>${runs(b.content)}</p>`;
    case 'list':
      return `<ul class="ptdv-${b.style}">${b.items.map((i) => `<li>${runs(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = headerRows(b.columns)
        .map((row) => `<tr>${row.map(th).join('')}</tr>`)
        .join('');
      const body = b.rows.map((row) => `<tr>${row.map((c) => td(c)).join('')}</tr>`).join('');
      const caption = b.caption ? `<caption>${escapeXml(b.caption)}</caption>` : '';
      const note = b.note ? `<p class="ptdv-note">${escapeXml(b.note)}</p>` : '';
      return `<table class="ptdv-table">${caption}<thead>${head}</thead><tbody>${body}</tbody></table>${note}`;
    }
  }
}

/** Minimal styles for the preview page; the sidebar may use its own. */
export const DOCUMENT_CSS = `
.ptdv-doc{font-family:"Times New Roman",Times,serif;font-size:14px;line-height:1.4;max-width:46em;margin:auto}
.ptdv-doc .ptdv-header{width:100%;border-collapse:collapse;text-align:center;margin-bottom:1em}
.ptdv-doc .ptdv-header td{vertical-align:top;padding:0 .5em}
.ptdv-doc .ptdv-party{font-weight:bold;text-decoration:underline;text-underline-offset:4px}
.ptdv-doc .ptdv-date{font-style:italic}
.ptdv-doc .ptdv-type{text-align:center;font-weight:bold;font-size:1.15em;margin:1em 0 0}
.ptdv-doc .ptdv-subject{text-align:center;font-weight:bold;margin:0}
.ptdv-doc .ptdv-rule{text-align:center;margin:0 0 1em}
.ptdv-doc p{text-align:justify;text-indent:2em;margin:.3em 0}
.ptdv-doc h2,.ptdv-doc h3,.ptdv-doc h4{font-size:1em;margin:.6em 0 .3em}
.ptdv-doc ul{list-style:none;padding-left:2em;margin:.3em 0}
.ptdv-doc ul.ptdv-dash>li::before{content:"- "}
.ptdv-doc ul.ptdv-plus>li::before{content:"+ "}
.ptdv-doc .ptdv-table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.9em}
.ptdv-doc .ptdv-table th,.ptdv-doc .ptdv-table td{border:1px solid #000;padding:2px 4px;vertical-align:top}
.ptdv-doc .ptdv-table th{vertical-align:middle}
.ptdv-doc .ptdv-table caption{font-weight:bold;text-align:left;padding:.3em 0}
.ptdv-doc .ptdv-name{background:#fff3c4}
.ptdv-doc .ptdv-sign{width:100%;margin-top:1.5em}
.ptdv-doc .ptdv-sign td{vertical-align:top;width:50%}
.ptdv-doc .ptdv-sign .ptdv-signer{text-align:center;font-weight:bold}
`;

/**
 * The model as an HTML fragment (`<article class="ptdv-doc">`). Names are
 * `<span class="ptdv-name" data-key="KEY">{{ten:KEY}}</span>`: `fillNames(html, names)` fills them.
 */
/** A unit's name upper-cased and broken between words as the printed header breaks it. */
const lines = (name: string, max: number) => headerLines(upper(name), max).map(escapeXml).join('<br>');

export function renderHtml(model: DocumentModel): string {
  const h = model.header;
  const header =
    '<table class="ptdv-header"><tr>' +
    `<td>${lines(h.superior, 23)}<br><b>${lines(h.issuer, 22)}</b><br>*<br>${escapeXml(h.number)}</td>` +
    `<td><span class="ptdv-party">${escapeXml(h.party)}</span><br><br><span class="ptdv-date">${escapeXml(h.dateLine)}</span></td>` +
    '</tr></table>';
  const title =
    `<p class="ptdv-type">${escapeXml(model.type)}</p>` +
    `<p class="ptdv-subject">${escapeXml(model.subject)}</p><p class="ptdv-rule">-----</p>`;
  const signer = (s: SignatureBlock) =>
    `<div class="ptdv-signer">${s.onBehalf ? `${escapeXml(s.onBehalf)}<br>` : ''}${escapeXml(s.title)}<br><br><br><br>${runs([s.name])}</div>`;
  // The minutes are signed twice (THƯ KÝ left, CHỦ TRÌ right) and have no "Nơi nhận".
  const left = model.countersign
    ? signer(model.countersign)
    : `<u>Nơi nhận:</u><br>${model.recipients.map((r) => escapeXml(`- ${r}`)).join('<br>')}`;
  const sign = `<table class="ptdv-sign"><tr><td>${left}</td><td>${signer(model.signature)}</td></tr></table>`;
  return `<article class="ptdv-doc">${header}${title}${model.body.map(block).join('')}${sign}</article>`;
}
