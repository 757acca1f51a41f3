// Installing from a URL, updating and uninstalling, through PluginInstallerService and PluginHostService on the fake
// desktop: the origin is asked about once and approved per profile on the desktop, the desktop's refusals read as
// reasons, an installed plugin is read from its folder and waits for consent, an update keeps its grants, an
// uninstall stops it, removes it and revokes its grants.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { SHELL_SESSION } from "../../session/shell-session";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { PluginHostService } from "./plugin-host.service";
import { PluginInstallerService } from "./plugin-installer.service";
import { providePluginRuntime } from "./plugin-runtime.providers";
import { remoteManifest, shellManifest } from "./testing/fake-desktop";
import { fakeRuntime } from "./testing/fake-runtime";
import { lendWebCryptoToJsdom, sha384Integrity } from "./testing/jsdom-web-crypto";
import { FakeShellSession } from "./testing/fake-shell-session";

const ORIGIN = "https://plugins.example";
const POLL_URL = `${ORIGIN}/poll/toju-plugin.json`;
/** The fake desktop's downloaded module is the plugin id as text. */
const sri = sha384Integrity;
const poll = ({ bundle, ...overrides }: Partial<TojuPluginManifest> = {}) =>
  remoteManifest("poll", bundle ?? { url: `${ORIGIN}/poll/bundle.js`, integrity: sri("poll") }, {
    title: "Poll",
    capabilities: ["storage.local"],
    ...overrides,
  });

beforeAll(lendWebCryptoToJsdom);

function setup() {
  const runtime = fakeRuntime();
  const session = new FakeShellSession();
  TestBed.configureTestingModule({
    providers: [providePluginRuntime(), ...runtime.providers, { provide: SHELL_SESSION, useValue: session }],
  });
  const hosts = TestBed.inject(PluginHostService);
  const installer = TestBed.inject(PluginInstallerService);
  const capabilities = TestBed.inject(PluginCapabilityService);
  const status = (id: string) => hosts.statuses().find((plugin) => plugin.pluginId === id);
  return { ...runtime, session, hosts, installer, capabilities, status };
}

/** A module that records its activations. */
function recording(contexts: TojuPluginActivationContext[]) {
  return { activate: (context: TojuPluginActivationContext) => void contexts.push(context) };
}

describe("PluginInstallerService: allowing an origin", () => {
  it("asks about an origin not yet allowed before anything is downloaded, and Cancel installs nothing", async () => {
    const { hosts, installer, desktop, capabilities } = setup();
    desktop.publish(POLL_URL, poll());
    await hosts.start();
    await installer.install(POLL_URL, "url");
    expect(installer.originQuestion()).toEqual({ origin: ORIGIN, url: POLL_URL });
    expect(installer.activity()).toBeUndefined();
    installer.cancelOrigin();
    expect(installer.originQuestion()).toBeUndefined();
    expect(desktop.calls.filter((call) => call.startsWith("installPluginFromUrl"))).toEqual([]);
    expect(capabilities.approvedInstallOrigins()).toEqual([]);
    expect(hosts.statuses()).toEqual([]);
  });

  it("Allow keeps the origin for the profile on the desktop, then installs; the plugin waits for consent", async () => {
    const contexts: TojuPluginActivationContext[] = [];
    const { hosts, installer, desktop, status } = setup();
    desktop.publish(POLL_URL, poll(), recording(contexts));
    await hosts.start();
    await installer.install(` ${POLL_URL} `, "url");
    await installer.allowOrigin();
    expect(desktop.grants.approvedInstallOrigins).toEqual([ORIGIN]);
    expect(desktop.calls).toContain(`installPluginFromUrl ${POLL_URL} - -`);
    expect(installer.activity()).toEqual({
      target: "url",
      state: "done",
      message: "Installed Poll 1.0.0. Grant what it asks for to start it.",
      details: [],
    });
    expect(status("poll")).toMatchObject({
      state: "blocked",
      reasonCode: "capabilities_not_granted",
      source: { kind: "url", url: POLL_URL },
    });
    await hosts.grant("poll");
    expect(status("poll")?.state).toBe("loaded");
    expect(contexts).toHaveLength(1);
    // The downloaded module, read from the plugin's folder: the remote bundle.url is never fetched.
    expect(desktop.calls.filter((call) => call.startsWith("readLocalPluginFile"))).toEqual([
      "readLocalPluginFile /data/plugins/poll/bundle.js",
    ]);
  });

  it("fails a plugin whose downloaded module no longer matches bundle.integrity when it is loaded", async () => {
    const { hosts, installer, desktop, status } = setup();
    desktop.publish(POLL_URL, poll({ bundle: { url: `${ORIGIN}/poll/bundle.js`, integrity: sri("something else") } }));
    desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    await hosts.start();
    await installer.install(POLL_URL, "url");
    await hosts.grant("poll");
    expect(status("poll")).toMatchObject({ state: "failed", reasonCode: "module_load_failed" });
    expect(status("poll")?.reason).toContain("does not match its integrity hash");
  });

  it("does not ask again for an origin the profile allowed, and asks again for another profile", async () => {
    const { hosts, installer, desktop, session } = setup();
    desktop.publish(POLL_URL, poll());
    desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    await hosts.start();
    await installer.install(POLL_URL, "url");
    expect(installer.originQuestion()).toBeUndefined();
    expect(installer.activity()?.state).toBe("done");

    session.signIn("u-alice");
    TestBed.tick();
    await hosts.whenIdle();
    await installer.install(POLL_URL, "url");
    expect(installer.originQuestion()?.origin).toBe(ORIGIN);
    await installer.allowOrigin();
    expect(desktop.profile("u-alice").grants.approvedInstallOrigins).toEqual([ORIGIN]);
    expect(desktop.calls).toContain(`installPluginFromUrl ${POLL_URL} - u-alice`);
  });

  it("installs nothing when the desktop could not keep the allowed origin, and says so", async () => {
    const { hosts, installer, desktop } = setup();
    desktop.publish(POLL_URL, poll());
    await hosts.start();
    desktop.saveCapabilityGrants = async () => {
      throw { code: "internal", message: "the disk is full" };
    };
    await installer.install(POLL_URL, "url");
    await installer.allowOrigin();
    expect(installer.activity()).toMatchObject({ state: "failed", message: `Allowing ${ORIGIN} failed: the disk is full` });
    expect(desktop.calls.filter((call) => call.startsWith("installPluginFromUrl"))).toEqual([]);
  });

  it("refuses what is no URL, and http from anywhere but this machine, before asking anything", async () => {
    const { hosts, installer } = setup();
    await hosts.start();
    await installer.install("not a url", "url");
    expect(installer.activity()).toMatchObject({ state: "failed", message: expect.stringContaining("'not a url' is not a URL") });
    await installer.install("http://plugins.example/poll.json", "url");
    expect(installer.activity()?.message).toBe(
      "Plugins are installed over https only (plain http only from this machine), not from http://plugins.example.",
    );
    expect(installer.originQuestion()).toBeUndefined();
  });
});

describe("PluginInstallerService: a server requirement's offer", () => {
  it("passes the requirement's plugin id, so a manifest for another plugin is refused with the reason", async () => {
    const { hosts, installer, desktop } = setup();
    desktop.publish(POLL_URL, poll());
    desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    await hosts.start();
    await installer.install(POLL_URL, "requirement:dice-roller", "dice-roller");
    expect(installer.activity()).toEqual({
      target: "requirement:dice-roller",
      state: "failed",
      message: `Installing ${POLL_URL} failed. Wrong plugin: the manifest is for plugin 'poll', not 'dice-roller'`,
      details: [],
    });
    expect(hosts.statuses()).toEqual([]);
    await installer.install(POLL_URL, "requirement:poll", "poll");
    expect(installer.activity()).toMatchObject({ target: "list", state: "done" });
  });

  it("names the integrity failure and keeps the desktop's details; nothing is registered", async () => {
    const { hosts, installer, desktop } = setup();
    desktop.publish(POLL_URL, poll());
    desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    desktop.refuseInstall = () => ({
      code: "integrity_mismatch",
      message: "the plugin's code from https://plugins.example/poll/bundle.js failed its integrity check",
      details: [{ path: "/bundle/integrity", message: "expected sha384-abc" }],
    });
    await hosts.start();
    await installer.install(POLL_URL, "url");
    expect(installer.activity()).toMatchObject({
      state: "failed",
      message: expect.stringContaining("Integrity check failed (bundle.integrity): the plugin's code from"),
      details: ["/bundle/integrity: expected sha384-abc"],
    });
    expect(hosts.statuses()).toEqual([]);
  });

  it("shows progress while the desktop downloads, and starts nothing else meanwhile", async () => {
    const { hosts, installer, desktop } = setup();
    desktop.publish(POLL_URL, poll());
    desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    await hosts.start();
    let finish!: () => void;
    const download = desktop.installPluginFromUrl.bind(desktop);
    desktop.installPluginFromUrl = async (request) => {
      await new Promise<void>((resolve) => (finish = resolve));
      return download(request);
    };
    const installing = installer.install(POLL_URL, "url");
    expect(installer.activity()).toMatchObject({ state: "busy", message: `Installing ${POLL_URL}…` });
    expect(installer.busy()).toBe(true);
    await installer.install("https://plugins.example/other.json", "url");
    installer.askUninstall("poll", "Poll");
    expect(installer.uninstallQuestion()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve));
    finish();
    await installing;
    expect(installer.busy()).toBe(false);
    expect(desktop.calls.filter((call) => call.startsWith("installPluginFromUrl"))).toHaveLength(1);
  });
});

describe("PluginInstallerService: updating", () => {
  it("downloads the same URL again: the plugin reloads on its old grants and only the new capability is asked for", async () => {
    const contexts: TojuPluginActivationContext[] = [];
    const { hosts, installer, desktop, status } = setup();
    desktop.publish(POLL_URL, poll(), recording(contexts));
    desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    await hosts.start();
    await installer.install(POLL_URL, "url");
    await hosts.grant("poll");
    desktop.publish(POLL_URL, poll({ version: "1.1.0", capabilities: ["storage.local", "messageBus.publish"] }), recording(contexts));
    await installer.update("poll");
    expect(desktop.calls).toContain(`installPluginFromUrl ${POLL_URL} poll -`);
    expect(installer.activity()).toMatchObject({
      target: "plugin:poll",
      state: "done",
      message: "Updated Poll 1.1.0. It runs on what you granted before and asks for more.",
    });
    expect(status("poll")).toMatchObject({
      state: "loaded",
      version: "1.1.0",
      grantedCapabilities: ["storage.local"],
      missingCapabilities: ["messageBus.publish"],
    });
    expect(contexts.map((context) => context.manifest.version)).toEqual(["1.0.0", "1.1.0"]);
  });

  it("refuses to update a plugin that was not installed from a URL", async () => {
    const { hosts, installer, desktop } = setup();
    desktop.install(shellManifest("local-one"));
    await hosts.start();
    await installer.update("local-one");
    expect(installer.activity()).toMatchObject({ target: "plugin:local-one", state: "failed" });
    expect(desktop.calls.filter((call) => call.startsWith("installPluginFromUrl"))).toEqual([]);
  });
});

describe("PluginInstallerService: uninstalling", () => {
  it("asks first; Cancel keeps the plugin", async () => {
    const { hosts, installer, desktop, status } = setup();
    desktop.install(shellManifest("quiet", { title: "Quiet" }));
    await hosts.start();
    installer.askUninstall("quiet", "Quiet");
    expect(installer.uninstallQuestion()).toEqual({ pluginId: "quiet", title: "Quiet" });
    installer.cancelUninstall();
    expect(installer.uninstallQuestion()).toBeUndefined();
    expect(status("quiet")?.state).toBe("loaded");
    expect(desktop.manifests.has("quiet")).toBe(true);
  });

  it("confirmed: stops the plugin, removes its folder and data, revokes its grants and forgets it", async () => {
    const log: string[] = [];
    const { hosts, installer, desktop, capabilities } = setup();
    desktop.publish(POLL_URL, poll(), {
      activate: ({ api }) => api.storage.set("votes", 3),
      deactivate: () => void log.push("deactivate"),
    });
    desktop.grants = { schemaVersion: 1, grants: [], approvedInstallOrigins: [ORIGIN] };
    await hosts.start();
    await installer.install(POLL_URL, "url");
    await hosts.grant("poll");
    expect(desktop.data.size).toBe(1);
    installer.askUninstall("poll", "Poll");
    await installer.confirmUninstall();
    expect(log).toEqual(["deactivate"]);
    expect(desktop.calls).toContain("uninstallPlugin poll -");
    expect(desktop.manifests.has("poll")).toBe(false);
    expect(desktop.data.size).toBe(0);
    expect(capabilities.grantedCapabilities("poll")).toEqual([]);
    expect(hosts.statuses()).toEqual([]);
    expect(installer.activity()).toEqual({
      target: "list",
      state: "done",
      message: "Uninstalled Poll: its folder and its data were removed.",
      details: [],
    });
  });

  it("starts the plugin again and says why when the desktop refuses", async () => {
    const { hosts, installer, desktop, status } = setup();
    desktop.install(shellManifest("quiet", { title: "Quiet" }));
    await hosts.start();
    desktop.uninstallPlugin = async () => {
      throw { code: "internal", message: "the folder is in use" };
    };
    installer.askUninstall("quiet", "Quiet");
    await installer.confirmUninstall();
    expect(installer.activity()).toMatchObject({
      target: "plugin:quiet",
      state: "failed",
      message: "Uninstalling Quiet failed: the folder is in use",
    });
    expect(status("quiet")?.state).toBe("loaded");
  });
});
