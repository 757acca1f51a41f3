// A loopback page that runs one bundled TypeScript entry as a module (under a Content-Security-Policy when given one):
// what the browser suites and the browser benchmarks open in Chromium to drive code that has no app around it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { bundleForBrowser } from "./browser-bundle";

export interface BundlePage {
  /** The page's address: `http://127.0.0.1:<port>/`. */
  url: string;
  /** The source files the bundle holds, relative to the working directory. */
  inputs: string[];
  close(): Promise<void>;
}

export async function serveBundlePage(entry: string, options: { csp?: string } = {}): Promise<BundlePage> {
  const { script, inputs } = await bundleForBrowser(entry);
  const policy: Record<string, string> = options.csp ? { "content-security-policy": options.csp } : {};
  const server = createServer((req, res) => {
    if (req.url === "/bundle.js") return res.writeHead(200, { "content-type": "text/javascript", ...policy }).end(script);
    if (req.url === "/")
      return res
        .writeHead(200, { "content-type": "text/html", ...policy })
        .end('<!doctype html><html><head><script type="module" src="/bundle.js"></script></head><body></body></html>');
    if (req.url === "/favicon.ico") return res.writeHead(204).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    inputs,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
