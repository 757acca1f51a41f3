// Every capability of the contract has one plain sentence for the consent prompt, and no sentence names a capability
// the contract lacks.
import { capabilityValues } from "@toju/generated/types/contract";
import { capabilityPlainWords } from "./capability-plain-words";

describe("capabilityPlainWords", () => {
  it("says in plain words what each capability of the contract allows", () => {
    expect(Object.keys(capabilityPlainWords).sort()).toEqual([...capabilityValues].sort());
    for (const sentence of Object.values(capabilityPlainWords)) expect(sentence).toMatch(/^[A-Z][^.]+[a-z]$/);
  });
});
