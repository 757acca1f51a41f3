// ajv errors become the same readable {path, message} details in every tier.
import { validatePluginRequirementInput } from "../../generated/validators";
import { ajvErrorDetails, describeAjvError } from "./error-details";

function errorsOf(value: unknown) {
  expect(validatePluginRequirementInput(value)).toBe(false);
  return validatePluginRequirementInput.errors!;
}

describe("describeAjvError", () => {
  it("points at a missing or unknown property itself", () => {
    const details = errorsOf({ statuz: "required" }).map(describeAjvError);
    expect(details).toContainEqual({ path: "/status", message: "'status' is required" });
    expect(details).toContainEqual({ path: "/statuz", message: "unknown property 'statuz'" });
  });

  it("lists the allowed values of an enum", () => {
    expect(errorsOf({ status: "mandatory" }).map(describeAjvError)).toContainEqual({
      path: "/status",
      message: 'must be one of "required", "optional", "recommended", "blocked", "incompatible"',
    });
  });

  it("explains a contract pattern in words", () => {
    const details = errorsOf({ status: "required", manifest: { id: "Not An Id" } }).map(describeAjvError);
    expect(details).toContainEqual(
      expect.objectContaining({ path: "/manifest/id", message: expect.stringMatching(/^must be plugin identifier: lower-case letters/) }),
    );
  });
});

describe("ajvErrorDetails", () => {
  it("prefixes paths, caps the count and cuts long texts to the contract's 1024 characters", () => {
    const errors = errorsOf({ status: "required", installUrl: 5, sourceUrl: 6, versionRange: 7, [`x${"y".repeat(2000)}`]: 1 });
    const details = ajvErrorDetails(errors, { limit: 3, prefix: "/body" });
    expect(details).toHaveLength(3);
    for (const detail of details) {
      expect(detail.path.startsWith("/body/")).toBe(true);
      expect(detail.path.length).toBeLessThanOrEqual(1024);
      expect(detail.message.length).toBeLessThanOrEqual(1024);
    }
    expect(ajvErrorDetails(null, { limit: 5 })).toEqual([]);
  });
});
