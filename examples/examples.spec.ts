// The example plugins are what authors copy: each is a folder `toju-plugin validate` accepts, together they show at
// least twelve capabilities, and their pure logic does what their READMEs say.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { checkPluginFolder } from "../contracts/plugin-folder/check-plugin-folder";
import { parse } from "./dice-roller/index.js";
import { winnerOf } from "./tic-tac-toe/index.js";

const folders = readdirSync(__dirname).filter((name) => statSync(path.join(__dirname, name)).isDirectory());
const manifestOf = (folder: string) => JSON.parse(readFileSync(path.join(__dirname, folder, "toju-plugin.json"), "utf8"));

describe("the example plugins", () => {
  it("are the poll, the dice roller, the link preview and the two-player game", () => {
    expect(folders.sort()).toEqual(["dice-roller", "link-preview", "poll", "tic-tac-toe"]);
  });

  it.each(folders)("%s is a plugin folder the desktop loader accepts", async (folder) => {
    const check = await checkPluginFolder(path.join(__dirname, folder));
    expect(check).toMatchObject({ ok: true, result: { valid: true, issues: [] } });
  });

  it("use at least twelve capabilities between them", () => {
    const capabilities = new Set(folders.flatMap((folder) => manifestOf(folder).capabilities as string[]));
    expect(capabilities.size).toBeGreaterThanOrEqual(12);
  });
});

describe("dice notation", () => {
  it.each([
    ["2d6", { count: 2, sides: 6, modifier: 0, text: "2d6" }],
    ["d20", { count: 1, sides: 20, modifier: 0, text: "1d20" }],
    ["3d8+2", { count: 3, sides: 8, modifier: 2, text: "3d8+2" }],
    [" 1 d 4 - 1 ", { count: 1, sides: 4, modifier: -1, text: "1d4-1" }],
  ])("reads %j", (notation, dice) => expect(parse(notation)).toEqual(dice));

  it.each(["", "2x6", "0d6", "21d6", "2d1", "2d101", "d"])("refuses %j with a readable reason", (notation) => {
    expect(() => parse(notation)).toThrow(/notation|dice/);
  });
});

describe("tic-tac-toe", () => {
  it("finds a row, a column, a diagonal, a draw and an open game", () => {
    expect(winnerOf(["X", "X", "X", "", "O", "O", "", "", ""])).toBe("X");
    expect(winnerOf(["O", "X", "", "O", "X", "", "O", "", ""])).toBe("O");
    expect(winnerOf(["X", "O", "", "O", "X", "", "", "", "X"])).toBe("X");
    expect(winnerOf(["X", "O", "X", "X", "O", "O", "O", "X", "X"])).toBe("draw");
    expect(winnerOf(["X", "", "", "", "O", "", "", "", ""])).toBe("");
  });
});
