/**
 * A DTD in an OOXML package: Excel never writes one, and a document type declaration is how XML
 * entities (billion laughs, external entities) get in. Every XML part of an .xlsx/.xlsm (`.xml`,
 * `.rels`, `.vml`) is looked at before anything is read, and a `<!DOCTYPE` or `<!ENTITY` refuses the
 * file. XML allows a document type declaration only in the prolog (before the root element: entities
 * are declared inside it), so each part is inflated only until its root element starts — a few
 * hundred bytes for what Excel writes, whatever the part's size. Browser-safe.
 */
import type { ZipDirectory, ZipEntry } from "./zip";
import { entryChunks } from "./zip";

const XML_PART = /\.(xml|rels|vml)$/i;

/** What the prolog holds: a DTD (refuse), the root element reached (fine), or nothing more to read. */
type Verdict = "dtd" | "root" | "more";

/**
 * Reads a prolog from `text` at `at`: whitespace, `<?…?>` processing instructions (the XML
 * declaration), `<!--…-->` comments, then the root element. Any other `<!` there is a document type
 * declaration (or an entity, refused alike). `more` when the text ends before deciding.
 */
function prolog(text: string): Verdict {
  let at = 0;
  for (;;) {
    while (at < text.length && /[\s\uFEFF]/.test(text[at] ?? "")) at += 1;
    if (at >= text.length) return "more";
    if (text[at] !== "<") return "root"; // not XML at all: the reader that parses it will say so
    const next = text.slice(at, at + 4);
    if (next.startsWith("<?")) {
      const end = text.indexOf("?>", at + 2);
      if (end < 0) return "more";
      at = end + 2;
    } else if (next.length < 4 && "<!--".startsWith(next)) {
      return "more";
    } else if (next === "<!--") {
      const end = text.indexOf("-->", at + 4);
      if (end < 0) return "more";
      at = end + 3;
    } else if (next.startsWith("<!")) {
      return "dtd";
    } else return "root";
  }
}

/** The text encoding of a part, from its first bytes (UTF-16 with or without a byte order mark). */
function encodingOf(head: Uint8Array): string {
  const [a, b] = [head[0], head[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return "utf-16be";
  return "utf-8";
}

/** Whether one part declares a DTD in its prolog; a part that cannot be inflated is left to the reader. */
async function declaresDtd(bytes: Uint8Array, entry: ZipEntry): Promise<boolean> {
  let decoder: TextDecoder | undefined;
  let text = "";
  for await (const chunk of entryChunks(bytes, entry)) {
    decoder ??= new TextDecoder(encodingOf(chunk));
    text += decoder.decode(chunk, { stream: true });
    const verdict = prolog(text);
    if (verdict !== "more") return verdict === "dtd";
  }
  return prolog(text + (decoder?.decode() ?? "")) === "dtd";
}

/** The first XML part of the package (its name as stored) that declares a DTD, if any. */
export async function partWithDtd(bytes: Uint8Array, dir: ZipDirectory): Promise<string | undefined> {
  for (const entry of dir.values()) {
    if (XML_PART.test(entry.name) && (await declaresDtd(bytes, entry))) return entry.name;
  }
  return undefined;
}
