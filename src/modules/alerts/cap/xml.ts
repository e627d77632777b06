/** Just enough XML writing for CAP and Atom: escaped text in nested elements. */

/** Characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab, newline and return; lone surrogates; U+FFFE/U+FFFF. */
function isXmlChar(code: number, prev: number, next: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code >= 0xd800 && code <= 0xdbff) return next >= 0xdc00 && next <= 0xdfff;
  if (code >= 0xdc00 && code <= 0xdfff) return prev >= 0xd800 && prev <= 0xdbff;
  return code !== 0xfffe && code !== 0xffff;
}

function withoutNonXml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (isXmlChar(text.charCodeAt(i), text.charCodeAt(i - 1), text.charCodeAt(i + 1))) out += text[i];
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return withoutNonXml(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An element node: name, attributes, and children (text or elements). Absent children are skipped. */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string>;
  children: XmlChild[];
}
export type XmlChild = XmlElement | string | null | undefined | false;

export const el = (name: string, ...children: XmlChild[]): XmlElement => ({ name, children });
export const elWith = (name: string, attrs: Record<string, string>, ...children: XmlChild[]): XmlElement => ({ name, attrs, children });
/** The element only when there is a value. */
export const optional = (name: string, value: string | undefined | null): XmlChild => (value ? el(name, value) : null);

function render(node: XmlElement, indent: string, out: string[]) {
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const children = node.children.filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  if (!children.length) {
    out.push(`${indent}<${node.name}${attrs}/>`);
  } else if (children.every((c) => typeof c === 'string')) {
    out.push(`${indent}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attrs}>`);
    for (const child of children) {
      if (typeof child === 'string') out.push(`${indent}  ${escapeXml(child)}`);
      else render(child, `${indent}  `, out);
    }
    out.push(`${indent}</${node.name}>`);
  }
}

export function toXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, '', out);
  return `${out.join('\n')}\n`;
}
