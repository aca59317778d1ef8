/** A small XML tree for tests that read written parts back (saxes, namespace prefixes kept in names). */
import { SaxesParser } from "saxes";

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = String(value);
    const node: XmlNode = { name: tag.name, attrs, children: [], text: "" };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  const [element] = root.children;
  if (!element) throw new Error("no root element");
  return element;
}

/** Children named `name`. */
export function kids(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export function kid(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The node at a path of child names, or undefined. */
export function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const name of path) current = current ? kid(current, name) : undefined;
  return current;
}

/** Every descendant named `name`, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode): void => {
    for (const c of n.children) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}
