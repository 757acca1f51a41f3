// The contribution host renders plugin UI into its element, renders again when the contribution changes (disposing
// the previous render first) and disposes on destroy; a render that throws is contained there with a visible error.
import { Component, signal } from "@angular/core";
import { TestBed } from "@angular/core/testing";
import { RUNTIME_CONSOLE } from "../../domains/plugins/shell/runtime-tokens";
import { ContributionHostDirective, type RenderableContribution } from "./contribution-host.directive";

@Component({
  imports: [ContributionHostDirective],
  template: `
    @if (shown()) {
      <div class="host" [tojuContributionHost]="contribution()"></div>
    }
  `,
})
class HostComponent {
  readonly shown = signal(true);
  readonly contribution = signal<RenderableContribution>(contribution("first", []));
}

function contribution(id: string, log: string[], fail = false): RenderableContribution {
  return {
    pluginId: "dice-roller",
    id,
    registration: {
      render(host) {
        log.push(`render ${id}`);
        if (fail) throw new Error("render bug");
        host.textContent = `content of ${id}`;
        return { dispose: () => void log.push(`dispose ${id}`) };
      },
    },
  };
}

async function setup(first: (log: string[]) => RenderableContribution) {
  const log: string[] = [];
  const output = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  TestBed.configureTestingModule({ providers: [{ provide: RUNTIME_CONSOLE, useValue: output }] });
  const fixture = TestBed.createComponent(HostComponent);
  fixture.componentInstance.contribution.set(first(log));
  await fixture.whenStable();
  const element = () => (fixture.nativeElement as HTMLElement).querySelector(".host");
  return { fixture, log, output, element };
}

describe("ContributionHostDirective", () => {
  it("hands its element to render()", async () => {
    const { log, element } = await setup((log) => contribution("first", log));
    expect(log).toEqual(["render first"]);
    expect(element()?.textContent).toBe("content of first");
  });

  it("disposes the previous render and starts from an empty element when the contribution changes", async () => {
    const { fixture, log, element } = await setup((log) => contribution("first", log));
    fixture.componentInstance.contribution.set({
      pluginId: "dice-roller",
      id: "second",
      registration: { render: (host) => void log.push(`render second into ${host.childNodes.length} nodes`) },
    });
    await fixture.whenStable();
    expect(log).toEqual(["render first", "dispose first", "render second into 0 nodes"]);
    expect(element()?.textContent).toBe("");
  });

  it("disposes what render() returned when the element goes away", async () => {
    const { fixture, log } = await setup((log) => contribution("first", log));
    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    expect(log).toEqual(["render first", "dispose first"]);
  });

  it("shows an error state in its own element instead, and logs, when render() throws", async () => {
    const { log, output, element, fixture } = await setup((log) => contribution("first", log, true));
    expect(log).toEqual(["render first"]);
    expect(element()?.getAttribute("data-render-state")).toBe("error");
    expect(element()?.querySelector('[role="alert"]')?.textContent).toBe('first of "dice-roller" could not be shown: render bug');
    fixture.componentInstance.contribution.set(contribution("second", log));
    await fixture.whenStable();
    expect(element()?.getAttribute("data-render-state")).toBe("rendered");
    expect(element()?.textContent).toBe("content of second");
    expect(output.error).toHaveBeenCalledWith("[plugin dice-roller] rendering 'first' failed", new Error("render bug"));
  });

  it("logs a dispose that throws and still empties the element", async () => {
    const log: string[] = [];
    const { fixture, output, element } = await setup(() => ({
      pluginId: "dice-roller",
      id: "first",
      registration: {
        render: (host) => {
          host.textContent = "shown";
          return {
            dispose: () => {
              throw new Error("dispose bug");
            },
          };
        },
      },
    }));
    fixture.componentInstance.contribution.set(contribution("second", log));
    await fixture.whenStable();
    expect(output.warn).toHaveBeenCalledWith("[plugin dice-roller] disposing 'first' failed", new Error("dispose bug"));
    expect(element()?.textContent).toBe("content of second");
  });
});
