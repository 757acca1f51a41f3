// The cache of server states: bounded (least recently used out, loaded again on demand), never older than a snapshot
// it was given, and concurrent reloads settle on the newest.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "../db/database";
import { UserRow } from "../db/models";
import { DirectoryService } from "../directory/directory.service";
import { silentLogger } from "../ops/logger";
import { dropTestDatabase, testDatabaseUrl } from "../testing/test-databases";
import { PluginSupportService } from "./plugin-support.service";
import { ServerStateStore } from "./server-state";

const dir = mkdtempSync(path.join(tmpdir(), "toju-states-"));
let databaseUrl: string;
let db: Database;
const ids: string[] = [];

beforeAll(async () => {
  databaseUrl = await testDatabaseUrl(dir);
  db = await openDatabase(databaseUrl);
  await UserRow.create({ id: "owner", username: "owner", passwordHash: "x", passwordSalt: "y", createdAt: new Date() });
  const directory = new DirectoryService(db, new ServerStateStore(db, 100), silentLogger);
  for (let i = 0; i < 3; i++) ids.push((await directory.createServer("owner", { name: `S${i}` })).id);
});

afterAll(async () => {
  await db?.close();
  if (databaseUrl) await dropTestDatabase(databaseUrl);
  rmSync(dir, { recursive: true, force: true });
});

it("keeps at most `limit` servers, dropping the least recently used, and loads a dropped one again", async () => {
  const states = new ServerStateStore(db, 2);
  await states.get(ids[0]);
  await states.get(ids[1]);
  states.peek(ids[0]);
  await states.get(ids[2]);
  expect([states.size, states.has(ids[0]), states.has(ids[1]), states.has(ids[2])]).toEqual([2, true, false, true]);
  expect((await states.get(ids[1]))?.name).toBe("S1");
  expect(states.size).toBe(2);
});

it("does not cache unknown servers", async () => {
  const states = new ServerStateStore(db, 100);
  expect(await states.get("unknown")).toBeUndefined();
  expect(states.has("unknown")).toBe(false);
});

it("takes a newer snapshot, ignores an older one, and keeps it over a reload that read an older revision", async () => {
  const states = new ServerStateStore(db, 100);
  const loaded = (await states.get(ids[0]))!;
  const newer = {
    ...loaded.snapshot,
    revision: loaded.revision + 5,
    requirements: [{ pluginId: "x.plugin", status: "optional" as const, updatedAt: new Date().toISOString() }],
  };
  expect(states.applySnapshot(newer)?.revision).toBe(newer.revision);
  expect(states.applySnapshot({ ...newer, revision: newer.revision - 1, requirements: [] })?.snapshot).toBe(newer);
  const reloaded = await states.refresh(ids[0]);
  expect(reloaded?.snapshot).toBe(newer);
  expect(reloaded?.requirements.has("x.plugin")).toBe(true);
  expect(states.applySnapshot({ ...newer, serverId: ids[2] })).toBeUndefined();
});

it("settles concurrent reloads on the newest, for every caller", async () => {
  const states = new ServerStateStore(db, 100);
  const [first, second, third] = await Promise.all([states.refresh(ids[1]), states.refresh(ids[1]), states.get(ids[1])]);
  expect(first).toBe(second);
  expect(third).toBe(second);
  expect(states.peek(ids[1])).toBe(second);
});

it("beside other instances, serves a change committed elsewhere before the bus announces it; alone, trusts its cache", async () => {
  const elsewhere = new ServerStateStore(db, 100);
  const shared = new ServerStateStore(db, 100, true);
  const alone = new ServerStateStore(db, 100);
  const before = (await shared.current(ids[2]))!.revision;
  await alone.get(ids[2]);
  // Another instance commits a change; no announcement reaches `shared` or `alone`.
  await new PluginSupportService(db, elsewhere, silentLogger).putRequirement(ids[2], "late.plugin", { status: "optional" });
  const seen = (await shared.current(ids[2]))!;
  expect([seen.revision, seen.requirements.has("late.plugin")]).toEqual([before + 1, true]);
  expect((await shared.current(ids[2]))!).toBe(seen);
  expect((await alone.current(ids[2]))!.revision).toBe(before);
  expect(await shared.current("unknown")).toBeUndefined();
});
