// Test helper: the plugin runtime's injection tokens on the fakes of fake-desktop.ts, for the TestBed specs.
import type { Provider } from "@angular/core";
import { TOJU_DESKTOP } from "../desktop-bridge";
import { BROWSER_STORAGE, PLUGIN_MODULE_IMPORTER, RUNTIME_CONSOLE, STORAGE_EVENTS } from "../runtime-tokens";
import { FakeBrowserStorage, FakeDesktop } from "./fake-desktop";

export interface FakeRuntime {
  desktop: FakeDesktop;
  storage: FakeBrowserStorage;
  output: { debug: jest.Mock; info: jest.Mock; warn: jest.Mock; error: jest.Mock };
  providers: Provider[];
}

/** Providers that put the runtime on the fakes: the desktop tier, the module importer, localStorage and the console. */
export function fakeRuntime(desktop = new FakeDesktop(), storage = new FakeBrowserStorage()): FakeRuntime {
  const output = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  return {
    desktop,
    storage,
    output,
    providers: [
      { provide: TOJU_DESKTOP, useValue: desktop },
      { provide: PLUGIN_MODULE_IMPORTER, useValue: desktop.importModule },
      { provide: BROWSER_STORAGE, useValue: storage },
      { provide: STORAGE_EVENTS, useValue: storage },
      { provide: RUNTIME_CONSOLE, useValue: output },
    ],
  };
}
