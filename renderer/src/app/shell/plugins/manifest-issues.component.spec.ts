// Every issue of a refused manifest, each with its JSON pointer, message and code, as `toju-plugin validate` prints it.
import { TestBed } from "@angular/core/testing";
import { ManifestIssuesComponent } from "./manifest-issues.component";

async function render(issues: object[]) {
  const fixture = TestBed.createComponent(ManifestIssuesComponent);
  fixture.componentRef.setInput("issues", issues);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe("ManifestIssuesComponent", () => {
  it("lists every issue with its pointer (the root as /), message and code", async () => {
    const root = await render([
      { code: "missing_property", path: "/description", message: "'description' is required" },
      { code: "schema_violation", path: "", message: "must be object" },
    ]);
    expect(root.querySelector(".issue-count")?.textContent).toBe("2 issues in the manifest:");
    expect(Array.from(root.querySelectorAll("li"), (li) => li.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "/description 'description' is required [missing_property]",
      "/ must be object [schema_violation]",
    ]);
    expect(Array.from(root.querySelectorAll("li"), (li) => li.getAttribute("data-path"))).toEqual(["/description", "/"]);
  });

  it("counts a single issue in the singular", async () => {
    const root = await render([{ code: "invalid_format", path: "/version", message: "must be a semantic version" }]);
    expect(root.querySelector(".issue-count")?.textContent).toBe("1 issue in the manifest:");
  });
});
