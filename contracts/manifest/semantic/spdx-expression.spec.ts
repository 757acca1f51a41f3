// The SPDX expression check accepts what SPDX 2.3 allows and nothing else.
import { isSpdxExpression } from "./spdx-expression";

describe("isSpdxExpression", () => {
  it.each([
    "MIT",
    "Apache-2.0",
    "GPL-2.0+",
    "GPL-2.0-or-later WITH Classpath-exception-2.0",
    "(MIT OR Apache-2.0)",
    "MIT AND (BSD-2-Clause OR ISC)",
    "((MIT))",
    "LicenseRef-my-company-1.0",
    "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
    "CC-BY-4.0",
    "GPL-2.0",
  ])("accepts %s", (expression) => expect(isSpdxExpression(expression)).toBe(true));

  it.each([
    "",
    "   ",
    "Do whatever",
    "mit",
    "MIT or Apache-2.0",
    "MIT OR",
    "(MIT",
    "MIT)",
    "MIT Apache-2.0",
    "MIT WITH NotAnException",
    "WITH Classpath-exception-2.0",
    "LicenseRef-",
    "(".repeat(300) + "MIT" + ")".repeat(300),
  ])("refuses %j", (expression) => expect(isSpdxExpression(expression)).toBe(false));
});
