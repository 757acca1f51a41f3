// The README beside the planner documents exactly the contract's reason codes, so neither can drift from the other.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pluginActivationNoticeCodeValues, pluginActivationReasonCodeValues } from "@toju/generated/types/contract";

const readme = readFileSync(join(__dirname, "README.md"), "utf8");

describe("the activation README", () => {
  it("has a table row for every reason code of the contract, and no other", () => {
    const documented = [...readme.matchAll(/^\| `\w+` \| `(\w+)` \|/gm)].map((row) => row[1]);
    expect([...documented].sort()).toEqual([...pluginActivationReasonCodeValues].sort());
  });

  it("names every notice code of the contract", () => {
    for (const code of pluginActivationNoticeCodeValues) expect(readme).toContain(`\`${code}\``);
  });
});
