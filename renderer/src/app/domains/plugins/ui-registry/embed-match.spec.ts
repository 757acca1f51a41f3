// The manifest's declared embed match: URL prefixes or media type patterns.
import { matchesDeclaredEmbed, mediaTypeMatches } from "./embed-match";

describe("matchesDeclaredEmbed", () => {
  it("puts no restriction when nothing is declared", () => {
    expect(matchesDeclaredEmbed(undefined, "https://any.example/x")).toBe(true);
    expect(matchesDeclaredEmbed({}, "https://any.example/x")).toBe(true);
  });

  it("needs one declared list to match", () => {
    const match = { urlPrefixes: ["https://dice.example/roll/"], mediaTypes: ["image/*"] };
    expect(matchesDeclaredEmbed(match, "https://dice.example/roll/6")).toBe(true);
    expect(matchesDeclaredEmbed(match, "https://files.example/a.png", "image/png")).toBe(true);
    expect(matchesDeclaredEmbed(match, "https://files.example/a.pdf", "application/pdf")).toBe(false);
    expect(matchesDeclaredEmbed(match, "https://dice.example/other")).toBe(false);
    expect(matchesDeclaredEmbed({ urlPrefixes: [] }, "https://dice.example/roll/6")).toBe(false);
    expect(matchesDeclaredEmbed({ mediaTypes: ["image/png"] }, "https://files.example/a.png")).toBe(false);
  });
});

describe("mediaTypeMatches", () => {
  it.each([
    ["image/png", "image/png", true],
    ["image/png", "IMAGE/PNG; charset=binary", true],
    ["image/*", "image/webp", true],
    ["image/*", "image/", false],
    ["image/*", "imagex/png", false],
    ["image/png", "image/pngx", false],
    ["application/*", "text/plain", false],
  ])("%s against %s is %s", (pattern, mediaType, expected) => {
    expect(mediaTypeMatches(pattern, mediaType)).toBe(expected);
  });
});
