// PluginCapabilityService: the user's capability grants and approved bundle origins, checked before every host API call,
// and the origins the user allowed plugins to be installed from.
// Kept per profile (the signed-in user, or the signed-out device) in localStorage and mirrored to that profile's desktop
// file; see capability-grants-precedence.ts for which copy wins. Switching profiles never carries a grant across.
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import { describeError } from "@toju/contracts/errors/coded-error";
import { PluginCapabilityError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Capability, PluginCapabilityGrant, PluginCapabilityGrants, TojuPluginManifest } from "@toju/generated/types/contract";
import { describeDesktopFailure, isIpcError } from "../api/ipc-error";
import { bundleOrigin, requireBundleOrigin, requireCapability, requirePluginId } from "./capability-grant-inputs";
import { checkGrantsDocument, type GrantsRead, MAX_GRANT_ENTRIES, newestChange, parseGrantsText } from "./capability-grants-document";
import { chooseGrants } from "./capability-grants-precedence";
import type { CapabilityGrantsDesktopPort, CapabilityGrantsStoragePort } from "./capability-grants-ports";
import { PluginGrantError } from "./plugin-grant-error";

const MAX_ORIGINS_PER_PLUGIN = 16;
const MAX_INSTALL_ORIGINS = 64;

export interface GrantsStateProblem {
  source: "localStorage" | "desktop";
  code: "corrupt" | "unavailable" | "write_failed";
  message: string;
}

/** `pluginId` is absent when the whole document was replaced (desktop sync, another window). */
export interface CapabilityGrantsChange {
  pluginId?: string;
}

export interface PluginCapabilityServiceOptions {
  storage: CapabilityGrantsStoragePort;
  /** The profile whose grants are read first; absent for the signed-out device. */
  profileId?: string;
  desktop?: CapabilityGrantsDesktopPort;
  now?: () => Date;
  onStateProblem?: (problem: GrantsStateProblem) => void;
  onListenerError?: (error: unknown) => void;
}

type ManifestCapabilities = Pick<TojuPluginManifest, "id" | "capabilities">;
type GrantBody = Pick<PluginCapabilityGrant, "capabilities" | "approvedOrigins">;

export class PluginCapabilityService {
  private grants = new Map<string, PluginCapabilityGrant>();
  /** False while the in-memory grants stand in for a corrupt or unreadable localStorage copy. */
  private localTrusted = true;
  private readonly events: TypedEmitter<{ changed: CapabilityGrantsChange }>;
  /** Desktop writes, one at a time and in order, so the file always ends as the newest document. */
  private readonly mirrorQueue = new SerialQueue();
  private readonly watching: Subscription | undefined;
  private profileId: string | undefined;
  /** Origins the user allowed installs from (`installPluginFromUrl`); carried through unchanged so no write drops them. */
  private installOrigins: string[] | undefined;
  /** Rises with every profile switch, so a desktop answer for the previous profile is never adopted. */
  private generation = 0;

  constructor(private readonly options: PluginCapabilityServiceOptions) {
    this.events = new TypedEmitter((error) => options.onListenerError?.(error));
    this.profileId = options.profileId;
    this.adoptLocal(this.readLocal());
    this.watching = options.storage.watch?.((change) => {
      if (change && change.profileId !== this.profileId) return;
      this.adoptLocal(this.readLocal());
      this.notify({});
    });
  }

  /** Whose grants these are: the signed-in user's id, or undefined for the signed-out device. */
  get profile(): string | undefined {
    return this.profileId;
  }

  /** Drops the grants of the previous profile, reads the new profile's local copy, then reconciles with its desktop file. */
  async switchProfile(profileId: string | undefined): Promise<void> {
    if (profileId === this.profileId) return;
    this.profileId = profileId;
    this.generation += 1;
    this.adoptLocal(this.readLocal());
    this.notify({});
    await this.syncWithDesktop();
  }

  isGranted(pluginId: string, capability: string): boolean {
    return typeof pluginId === "string" && this.grants.get(pluginId)?.capabilities.includes(capability as Capability) === true;
  }

  /** Throws `PluginCapabilityError` unless the user granted `capability` to the plugin; unknown capabilities are never granted. */
  assert(pluginId: string, capability: Capability): void {
    if (!this.isGranted(pluginId, capability)) throw new PluginCapabilityError(String(pluginId), capability);
  }

  grantedCapabilities(pluginId: string): Capability[] {
    return [...(this.grants.get(pluginId)?.capabilities ?? [])];
  }

  /** What the manifest asks for that the user has not granted, in manifest order; an update never receives these silently. */
  missingCapabilities(manifest: ManifestCapabilities): Capability[] {
    requirePluginId(manifest.id);
    return requestedCapabilities(manifest).filter((capability) => !this.isGranted(manifest.id, capability));
  }

  grant(pluginId: string, capability: Capability): void {
    requirePluginId(pluginId);
    requireCapability(capability);
    this.update(pluginId, (current) => ({
      ...current,
      capabilities: current.capabilities.includes(capability) ? current.capabilities : [...current.capabilities, capability],
    }));
  }

  revoke(pluginId: string, capability: Capability): void {
    requirePluginId(pluginId);
    requireCapability(capability);
    this.update(pluginId, (current) => ({ ...current, capabilities: current.capabilities.filter((granted) => granted !== capability) }));
  }

  /** Removes every capability and approved origin; the emptied entry stays so a stale mirror cannot bring them back. */
  revokeAll(pluginId: string): void {
    requirePluginId(pluginId);
    this.update(pluginId, () => ({ capabilities: [] }));
  }

  /** Grants exactly the manifest's capabilities: anything granted before and no longer asked for is revoked. */
  grantAll(manifest: ManifestCapabilities): void {
    requirePluginId(manifest.id);
    const capabilities = requestedCapabilities(manifest);
    this.update(manifest.id, (current) => ({ ...current, capabilities }));
  }

  /** Records that the user approved downloading the plugin's remote bundle from this URL's origin. */
  approveOrigin(pluginId: string, urlOrOrigin: string): void {
    requirePluginId(pluginId);
    const origin = requireBundleOrigin(urlOrOrigin);
    const approved = this.approvedOrigins(pluginId);
    if (approved.includes(origin)) return;
    if (approved.length >= MAX_ORIGINS_PER_PLUGIN)
      throw new PluginGrantError("too_many_origins", `plugin '${pluginId}' already has ${MAX_ORIGINS_PER_PLUGIN} approved origins`);
    this.update(pluginId, (current) => ({ ...current, approvedOrigins: [...approved, origin] }));
  }

  /** Origins the user allowed plugins to be installed from; the desktop's `installPluginFromUrl` refuses any other. */
  approvedInstallOrigins(): string[] {
    return [...(this.installOrigins ?? [])];
  }

  isInstallOriginApproved(url: string): boolean {
    const origin = bundleOrigin(url);
    return origin !== undefined && this.approvedInstallOrigins().includes(origin);
  }

  /**
   * The user allowed installing plugins from this URL's origin. Resolves with the origin once the profile's desktop file
   * holds it (the desktop checks every download against that file); rejects with the desktop's failure otherwise.
   */
  async approveInstallOrigin(urlOrOrigin: string): Promise<string> {
    const origin = requireBundleOrigin(urlOrOrigin);
    const approved = this.approvedInstallOrigins();
    if (approved.includes(origin)) return origin;
    if (approved.length >= MAX_INSTALL_ORIGINS)
      throw new PluginGrantError("too_many_origins", `no more than ${MAX_INSTALL_ORIGINS} origins can be allowed to install plugins`);
    this.installOrigins = [...approved, origin];
    const document = this.document();
    this.writeLocal(document);
    await this.mirror(document);
    return origin;
  }

  isOriginApproved(pluginId: string, url: string): boolean {
    const origin = bundleOrigin(url);
    return origin !== undefined && this.approvedOrigins(pluginId).includes(origin);
  }

  approvedOrigins(pluginId: string): string[] {
    return [...(this.grants.get(pluginId)?.approvedOrigins ?? [])];
  }

  onChange(listener: (change: CapabilityGrantsChange) => void): Subscription {
    return this.events.on("changed", listener);
  }

  /** The whole document, sorted by plugin id, as it is stored. */
  document(): PluginCapabilityGrants {
    const grants = [...this.grants.values()].sort((a, b) => (a.pluginId < b.pluginId ? -1 : 1)).map(copyGrant);
    const document: PluginCapabilityGrants = { schemaVersion: 1, grants };
    if (this.profileId !== undefined) document.profileId = this.profileId;
    if (this.installOrigins) document.approvedInstallOrigins = [...this.installOrigins];
    return document;
  }

  /** Reconciles with the desktop file once it is reachable (at start-up); the copy with the newest change wins. */
  async syncWithDesktop(): Promise<void> {
    const desktop = this.options.desktop;
    if (!desktop) return;
    const generation = this.generation;
    let remote: GrantsRead;
    try {
      const answer = await desktop.getCapabilityGrants(this.profileId === undefined ? {} : { profileId: this.profileId });
      if (generation !== this.generation) return;
      remote = this.ownDocument(checkGrantsDocument(answer));
    } catch (error) {
      if (generation !== this.generation) return;
      if (!isStateCorrupt(error)) return this.report({ source: "desktop", code: "unavailable", message: describeDesktopFailure(error) });
      remote = { kind: "corrupt", reason: describeDesktopFailure(error) };
    }
    if (remote.kind === "corrupt") this.report({ source: "desktop", code: "corrupt", message: remote.reason });
    const local = this.localTrusted ? this.document() : undefined;
    const desktopDocument = remote.kind === "ok" ? remote.document : undefined;
    const winner = chooseGrants(local, desktopDocument);
    // Install origins reach the desktop before any install relies on them, so a readable desktop copy's are the ones kept.
    if (desktopDocument?.approvedInstallOrigins) this.installOrigins = [...desktopDocument.approvedInstallOrigins];
    if (winner === "desktop" && desktopDocument) {
      this.replaceAll(desktopDocument);
      this.writeLocal(this.document());
      this.notify({});
    } else if (winner === "local" && local && !(desktopDocument && sameDocument(local, desktopDocument))) {
      this.mirror(this.document());
    }
  }

  /** Resolves once every change so far has been offered to the desktop mirror. */
  flush(): Promise<void> {
    return this.mirrorQueue.idle();
  }

  dispose(): void {
    this.watching?.dispose();
    this.events.clear();
  }

  private update(pluginId: string, change: (current: GrantBody) => GrantBody): void {
    const existing = this.grants.get(pluginId);
    if (!existing) this.makeRoom();
    const before = existing ? copyGrant(existing) : { pluginId, capabilities: [], updatedAt: "" };
    const changed = change({ capabilities: before.capabilities, approvedOrigins: before.approvedOrigins });
    const next: PluginCapabilityGrant = { pluginId, capabilities: [...changed.capabilities], updatedAt: this.stamp() };
    if (changed.approvedOrigins?.length) next.approvedOrigins = [...changed.approvedOrigins];
    this.grants.set(pluginId, next);
    this.localTrusted = true;
    const document = this.document();
    this.writeLocal(document);
    this.mirror(document);
    if (!sameContent(before, next)) this.notify({ pluginId });
  }

  /** Entries are only emptied, never deleted; beyond the contract's limit the oldest empty ones go first. */
  private makeRoom(): void {
    if (this.grants.size < MAX_GRANT_ENTRIES) return;
    let oldest: PluginCapabilityGrant | undefined;
    for (const grant of this.grants.values()) {
      if (grant.capabilities.length || grant.approvedOrigins?.length) continue;
      if (!oldest || Date.parse(grant.updatedAt) < Date.parse(oldest.updatedAt)) oldest = grant;
    }
    if (!oldest) throw new PluginGrantError("too_many_plugins", `no more than ${MAX_GRANT_ENTRIES} plugins can hold grants`);
    this.grants.delete(oldest.pluginId);
  }

  /** Strictly after every stored change, so the newest change of this copy always moves forward. */
  private stamp(): string {
    const now = (this.options.now?.() ?? new Date()).getTime();
    return new Date(Math.max(now, newestChange(this.document()) + 1)).toISOString();
  }

  private readLocal(): GrantsRead {
    let read: GrantsRead;
    try {
      read = this.ownDocument(parseGrantsText(this.options.storage.read(this.profileId)));
    } catch (error) {
      this.report({ source: "localStorage", code: "unavailable", message: describeError(error) });
      return { kind: "corrupt", reason: "unreadable" };
    }
    if (read.kind === "corrupt") this.report({ source: "localStorage", code: "corrupt", message: read.reason });
    return read;
  }

  /** A document naming another profile is never adopted: it is reported as corrupt, so only this profile's copy can win. */
  private ownDocument(read: GrantsRead): GrantsRead {
    if (read.kind !== "ok" || read.document.profileId === this.profileId) return read;
    return { kind: "corrupt", reason: `it belongs to another profile (${read.document.profileId ?? "signed out"})` };
  }

  private adoptLocal(read: GrantsRead): void {
    this.localTrusted = read.kind !== "corrupt";
    this.replaceAll(read.kind === "ok" ? read.document : { schemaVersion: 1, grants: [] });
  }

  private replaceAll(document: PluginCapabilityGrants): void {
    this.grants = new Map(document.grants.map((grant) => [grant.pluginId, copyGrant(grant)]));
    this.installOrigins = document.approvedInstallOrigins ? [...document.approvedInstallOrigins] : undefined;
  }

  private writeLocal(document: PluginCapabilityGrants): void {
    try {
      this.options.storage.write(JSON.stringify(document), this.profileId);
    } catch (error) {
      this.report({ source: "localStorage", code: "write_failed", message: describeError(error) });
    }
  }

  /** Queues the desktop write; a failure is reported, and the returned promise rejects with it for callers that wait. */
  private mirror(document: PluginCapabilityGrants): Promise<void> {
    const desktop = this.options.desktop;
    if (!desktop) return Promise.resolve();
    const saving = this.mirrorQueue.run(() => desktop.saveCapabilityGrants(document).then(() => undefined));
    saving.catch((error: unknown) => this.report({ source: "desktop", code: "write_failed", message: describeDesktopFailure(error) }));
    return saving;
  }

  private notify(change: CapabilityGrantsChange): void {
    this.events.emit("changed", change);
  }

  private report(problem: GrantsStateProblem): void {
    try {
      this.options.onStateProblem?.(problem);
    } catch {
      // A faulty reporter must not turn a storage problem into a lost grant change.
    }
  }
}

function requestedCapabilities(manifest: ManifestCapabilities): Capability[] {
  const requested: unknown = manifest.capabilities ?? [];
  if (!Array.isArray(requested)) throw new PluginGrantError("unknown_capability", "the manifest's capabilities must be a list");
  return [...new Set(requested.map(requireCapability))];
}

function copyGrant(grant: PluginCapabilityGrant): PluginCapabilityGrant {
  const copy: PluginCapabilityGrant = { pluginId: grant.pluginId, capabilities: [...grant.capabilities], updatedAt: grant.updatedAt };
  if (grant.approvedOrigins?.length) copy.approvedOrigins = [...grant.approvedOrigins];
  return copy;
}

function sameContent(a: PluginCapabilityGrant, b: PluginCapabilityGrant): boolean {
  const key = (grant: PluginCapabilityGrant) => JSON.stringify([[...grant.capabilities].sort(), grant.approvedOrigins ?? []]);
  return key(a) === key(b);
}

function sameDocument(a: PluginCapabilityGrants, b: PluginCapabilityGrants): boolean {
  const canonical = (document: PluginCapabilityGrants) =>
    JSON.stringify(
      [...document.grants]
        .sort((x, y) => (x.pluginId < y.pluginId ? -1 : 1))
        .map((grant) => [grant.pluginId, grant.capabilities, grant.approvedOrigins ?? [], grant.updatedAt]),
    );
  return canonical(a) === canonical(b);
}

function isStateCorrupt(error: unknown): boolean {
  return isIpcError(error) && error.code === "state_corrupt";
}
