import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { type Block, type Inline, parseMarkdown } from './markdown';

/** Inline nodes as elements; text is always text (Preact escapes it), links only to http(s). */
function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((n, i) => {
        if (n.type === 'text') return n.text;
        if (n.type !== 'link') {
          const Tag = n.type;
          return (
            <Tag key={i}>
              <InlineNodes nodes={n.children} />
            </Tag>
          );
        }
        return (
          <a key={i} href={n.href} rel="noopener noreferrer">
            <InlineNodes nodes={n.children} />
          </a>
        );
      })}
    </>
  );
}

function BlockNode({ block, headingShift }: { block: Block; headingShift: number }) {
  if (block.type === 'heading') {
    const Tag = `h${Math.min(6, block.level + headingShift)}` as keyof JSX.IntrinsicElements;
    return (
      <Tag>
        <InlineNodes nodes={block.children} />
      </Tag>
    );
  }
  if (block.type === 'paragraph')
    return (
      <p>
        <InlineNodes nodes={block.children} />
      </p>
    );
  const items = block.items.map((item, i) => (
    <li key={i}>
      <InlineNodes nodes={item} />
    </li>
  ));
  return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
}

/**
 * A material page: the safe Markdown subset as elements, never as HTML. Its `#` headings sit under
 * the page's own title (h1), so they start at h2.
 */
export function MarkdownView({ source, headingShift = 1 }: { source: string; headingShift?: number }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div class="material-body">
      {blocks.map((b, i) => (
        <BlockNode key={i} block={b} headingShift={headingShift} />
      ))}
    </div>
  );
}
