// Content-Disposition for users' file names: always `attachment`, never broken out of, the exact name in `filename*`.
import { attachmentDisposition } from "./content-disposition";

/** What a browser reads from `filename*` (RFC 8187: UTF-8, percent-decoded). */
function decodedName(header: string): string {
  const match = /; filename\*=UTF-8''([^;\s]*)$/.exec(header);
  if (!match) throw new Error(`no filename* in ${header}`);
  return decodeURIComponent(match[1]);
}

describe("attachmentDisposition", () => {
  it.each([
    ["plain.txt"],
    ["résumé.pdf"],
    ['quote".txt'],
    ["semi;colon=1.txt"],
    ["back\\slash.txt"],
    ["percent%20.txt"],
    ["emoji 🎲.png"],
    ["..\u0000"],
    ["日本語のファイル.docx"],
  ])("%j round-trips through filename* and stays one parameter", (name) => {
    const header = attachmentDisposition(name);
    expect(header.startsWith('attachment; filename="')).toBe(true);
    expect(decodedName(header)).toBe(name);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    const fallback = /filename="([^"]*)"/.exec(header)![1];
    expect(fallback).not.toMatch(/["\\%]/);
    expect(fallback).toHaveLength(name.length);
  });

  it("encodes a lone surrogate as the replacement character instead of throwing", () => {
    expect(decodedName(attachmentDisposition("a\ud800b"))).toBe("a\ufffdb");
  });
});
