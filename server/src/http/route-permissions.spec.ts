// Route permissions: every published operation carries its `x-toju-permission`, the plugin routes that change a
// server need `manageServer`, and the server enforces each route's permission from the generated table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { routeTable, type RouteSpec } from "@toju/generated/server/route-table";
import { routePermissionValues, type AuthSession, type RoutePermission, type Server } from "@toju/generated/types/contract";
import { startTestServer, type TestServer } from "../testing/harness";

type Operation = { operationId: string; security?: unknown[]; "x-toju-permission"?: unknown };
const published = JSON.parse(readFileSync(path.resolve(__dirname, "..", "..", "..", "generated", "openapi", "openapi.json"), "utf8"));
const operations = Object.entries(published.paths as Record<string, Record<string, Operation>>).flatMap(([route, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ route, method: method.toUpperCase(), op })),
);
/** Server-side plugin data is disabled: any signed-in user gets 410 `gone`, so these routes need no more than `user`. */
const disabledDataRoutes = ["deletePluginData", "putPluginData"];

describe("x-toju-permission in generated/openapi/openapi.json", () => {
  it.each(operations.map(({ route, method, op }) => [`${method} ${route}`, op] as const))(
    "%s names a permission of the contract",
    (_name, op) => {
      expect(routePermissionValues).toContain(op["x-toju-permission"]);
    },
  );

  it("`none` marks exactly the operations without bearer auth", () => {
    const open = operations.filter(({ op }) => JSON.stringify(op.security) === "[{}]").map(({ op }) => op.operationId);
    const none = operations.filter(({ op }) => op["x-toju-permission"] === "none").map(({ op }) => op.operationId);
    expect(none.sort()).toEqual(open.sort());
    expect(none).toEqual(expect.arrayContaining(["getHealth", "login", "register"]));
  });

  it("every plugin route that changes a server needs manageServer; the disabled data routes answer 410 to any user", () => {
    const mutating = operations.filter(({ route, method }) => route.includes("/plugins") && ["PUT", "POST", "DELETE"].includes(method));
    expect(mutating.length).toBeGreaterThan(0);
    for (const { op } of mutating) {
      const expected = disabledDataRoutes.includes(op.operationId) ? "user" : "manageServer";
      expect({ operationId: op.operationId, permission: op["x-toju-permission"] }).toEqual({
        operationId: op.operationId,
        permission: expected,
      });
    }
  });

  it("the generated route table carries the published permission of every operation", () => {
    const fromTable = Object.fromEntries(routeTable.map((r) => [r.operationId, r.permission]));
    const fromDocument = Object.fromEntries(operations.map(({ op }) => [op.operationId, op["x-toju-permission"]]));
    expect(fromTable).toEqual(fromDocument);
  });
});

describe("the server enforces each route's permission", () => {
  let t: TestServer;
  let owner: AuthSession, manager: AuthSession, stranger: AuthSession;
  let server: Server;

  /** The manager is a member with manageServer and the stranger is no member (again, after a route that joined or left). */
  async function resetMemberships(): Promise<void> {
    await t.api("DELETE", `/api/servers/${server.id}/members/me`, { token: stranger.token });
    expect(await t.api("GET", `/api/servers/${server.id}/roles`, { token: stranger.token })).toMatchObject({ status: 403 });
    await t.api("POST", `/api/servers/${server.id}/members`, { token: manager.token });
    const granted = await t.api("PUT", `/api/servers/${server.id}/members/${manager.user.id}/permissions`, {
      token: owner.token,
      body: { manageServer: true },
    });
    expect(granted.status).toBe(200);
  }

  beforeAll(async () => {
    t = await startTestServer();
    [owner, manager, stranger] = [await t.register(), await t.register(), await t.register()];
    server = await t.createServer(owner.token);
    await resetMemberships();
  });
  afterAll(() => t.stop());

  async function signIn(user: AuthSession): Promise<AuthSession> {
    const res = await t.api("POST", "/api/auth/login", { body: { username: user.user.username, password: "correct horse battery" } });
    expect(res.status).toBe(200);
    return res.body as AuthSession;
  }

  /** A valid value for every path and required query parameter the routes use; a route with another one fails the test. */
  function urlOf(route: RouteSpec): string {
    const queryValues: Record<string, string> = { name: "perm.txt" };
    const query = route.queryParams
      .filter((q) => q.required)
      .map(({ name }) => {
        if (!(name in queryValues)) throw new Error(`no test value for query parameter ${name}`);
        return `${name}=${encodeURIComponent(queryValues[name])}`;
      });
    return `${pathOf(route)}${query.length > 0 ? `?${query.join("&")}` : ""}`;
  }

  function pathOf(route: RouteSpec): string {
    const values: Record<string, string> = {
      serverId: server.id,
      channelId: server.channels[0].id,
      attachmentId: "unknownAttachment",
      userId: manager.user.id,
      pluginId: "perm.plugin",
      eventName: "perm.event",
      key: "perm.key",
    };
    return route.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      if (!(name in values)) throw new Error(`no test value for path parameter ${name}`);
      return values[name];
    });
  }

  /** Who the permission refuses with 403 (anonymous callers get 401 first, unless the route reads no token). */
  const refused: Record<RoutePermission, string[]> = {
    none: [],
    user: [],
    member: ["stranger"],
    manageServer: ["stranger"],
    owner: ["stranger", "manager"],
  };

  it.each(routeTable.map((route) => [`${route.method.toUpperCase()} ${route.path} (${route.permission})`, route] as const))(
    "%s: 401, 403 and pass-through as its permission says",
    async (_name, route) => {
      // Signing out revokes the token it is called with: that route gets tokens of its own.
      const tokenOf = async (user: AuthSession) => (route.operationId === "logout" ? (await signIn(user)).token : user.token);
      const callers: Record<string, string | undefined> = {
        anonymous: undefined,
        stranger: await tokenOf(stranger),
        manager: await tokenOf(manager),
        owner: await tokenOf(owner),
      };
      const statuses: Record<string, number> = {};
      for (const [caller, token] of Object.entries(callers)) {
        // An empty body: a caller the guard lets through gets a 400 for it (or the route's own answer), never 401/403.
        const res = await t.api(route.method.toUpperCase(), urlOf(route), { token, ...(route.body ? { body: {} } : {}) });
        statuses[caller] = res.status;
      }
      await resetMemberships();
      const expected = Object.fromEntries(
        Object.keys(callers).map((caller) => {
          if (caller === "anonymous" && route.permission !== "none") return [caller, 401];
          return [caller, refused[route.permission].includes(caller) ? 403 : "allowed"];
        }),
      );
      const observed = Object.fromEntries(
        Object.entries(statuses).map(([caller, status]) => [caller, status === 401 || status === 403 ? status : "allowed"]),
      );
      expect(observed).toEqual(expected);
    },
  );
});
