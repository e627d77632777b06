/**
 * A small, safe Markdown subset for training materials: headings, paragraphs, lists, bold, italic
 * and links to http(s) addresses. Everything else — HTML included — stays text: the result is a tree
 * the page turns into elements, never a string of HTML.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
/** Characters a backslash turns into plain text. */
const ESCAPABLE = '\\`*_{}[]()#+-.!>';
// Bounded, so that a page full of brackets cannot make the parser slow.
const LINK = /\[([^\]\n]{0,500})\]\(([^()\s]{1,2000})\)/y;

/** Only web addresses become links: no `javascript:`, `data:` or relative surprises. */
export function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /^https?:\/\//i.test(href);
  } catch {
    return false;
  }
}

/** Where a run of `marker` (`*`, `**`, `_`, `__`) closes after `from`, or -1. */
function closingIndex(src: string, from: number, marker: string): number {
  const single = marker.length === 1;
  for (let j = from; j <= src.length - marker.length; j++) {
    if (src[j] === '\\') {
      j++;
      continue;
    }
    if (!src.startsWith(marker, j) || /\s/.test(src[j - 1] ?? ' ')) continue;
    // A single marker does not close on a double one (that is bold inside italic).
    if (single && (src[j + 1] === marker || src[j - 1] === marker)) {
      j++;
      continue;
    }
    return j;
  }
  return -1;
}

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  // A marker that found no closer once finds none later either: not looked for again.
  const unclosed = new Set<string>();
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && ESCAPABLE.includes(src[i + 1] ?? '')) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (c === '*' || c === '_') {
      const marker = src[i + 1] === c ? c + c : c;
      const inWord = c === '_' && /[\p{L}\p{N}]/u.test(src[i - 1] ?? '');
      const start = i + marker.length;
      const close = inWord || unclosed.has(marker) || /\s/.test(src[start] ?? ' ') ? -1 : closingIndex(src, start, marker);
      if (close > start) {
        flush();
        out.push({ type: marker.length === 2 ? 'strong' : 'em', children: parseInline(src.slice(start, close)) });
        i = close + marker.length;
        continue;
      }
      if (close === -1 && !inWord) unclosed.add(marker);
      text += marker;
      i += marker.length;
      continue;
    }
    if (c === '[') {
      LINK.lastIndex = i;
      const m = LINK.exec(src);
      if (m) {
        flush();
        const children = parseInline(m[1]);
        if (isSafeHref(m[2])) out.push({ type: 'link', href: m[2], children });
        else out.push(...children);
        i += m[0].length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

type ListBlock = Extract<Block, { type: 'list' }>;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { block: ListBlock; lines: string[][] } | null = null;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ ...list.block, items: list.lines.map((l) => parseInline(l.join(' '))) });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\t/g, '    ');
    if (!line.trim()) {
      endParagraph();
      endList();
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) {
      endParagraph();
      endList();
      blocks.push({ type: 'heading', level: heading[1].length as 1, children: parseInline(heading[2]) });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = !!numbered;
      if (list && list.block.ordered !== ordered) endList();
      list ??= { block: { type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items: [] }, lines: [] };
      const item = bullet ? bullet[1] : (numbered?.[2] ?? '');
      list.lines.push([item.trim()]);
    } else if (list && /^\s/.test(line)) {
      // An indented line goes on with the item above it.
      list.lines[list.lines.length - 1].push(line.trim());
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  endList();
  return blocks;
}
