/** Every structural problem of a manifest (empty when fine); `root` is the repository folder (icons). */
export function checkManifest(xml: string, root?: string): string[];
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
export function parseXml(source: string): XmlNode;
