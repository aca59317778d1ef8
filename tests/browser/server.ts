import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** A static server on 127.0.0.1 over `roots` (first match wins), recording every path asked for. */
export async function serve(
  roots: readonly string[],
): Promise<{ url: string; paths: string[]; close: () => Promise<void> }> {
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    paths.push(path);
    const relative = normalize(path).replace(/^(\.\.[/\\])+/, "");
    void (async () => {
      for (const root of roots) {
        try {
          const body = await readFile(join(root, relative));
          res.writeHead(200, { "content-type": TYPES[extname(relative)] ?? "application/octet-stream" });
          res.end(body);
          return;
        } catch {
          // try the next root
        }
      }
      res.writeHead(404);
      res.end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
