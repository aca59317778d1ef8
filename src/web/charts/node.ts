/**
 * A piece of SVG as plain data: the chart builders are pure (tested without a browser), and the page
 * turns the tree into elements with `toElement`.
 */
export interface SvgNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly (SvgNode | string)[];
}

export function el(
  tag: string,
  attrs: Readonly<Record<string, string | number | undefined>> = {},
  ...children: readonly (SvgNode | string | undefined | false)[]
): SvgNode {
  const defined: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) defined[name] = value;
  return { tag, attrs: defined, children: children.filter((c): c is SvgNode | string => !!c) };
}

/** A coordinate with at most 2 decimals (smaller SVG, same picture). */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** The tree as SVG elements of `doc`. Text goes in as text nodes, never parsed as markup. */
export function toElement(doc: Document, node: SvgNode): Element {
  const element = doc.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, String(value));
  for (const child of node.children) {
    element.append(typeof child === "string" ? doc.createTextNode(child) : toElement(doc, child));
  }
  return element;
}

/** Every text of a tree, in order (tests read what a chart says). */
export function textsOf(node: SvgNode): string[] {
  return node.children.flatMap((c) => (typeof c === "string" ? [c] : textsOf(c)));
}

/** Every node of a tree with the given tag, depth first. */
export function findAll(node: SvgNode, tag: string): SvgNode[] {
  const own = node.tag === tag ? [node] : [];
  return [...own, ...node.children.flatMap((c) => (typeof c === "string" ? [] : findAll(c, tag)))];
}
