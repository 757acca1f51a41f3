// Error mapping: unexpected faults become a bare 500 `internal` ApiError (no stack, no message); tsoa and body-parser errors become 4xx.
import express from "express";
import type { AddressInfo } from "node:net";
import { ValidateError } from "@tsoa/runtime";
import { validateApiError } from "@toju/generated/validators";
import { apiErrorHandler } from "./error-handler";

describe("apiErrorHandler", () => {
  const logged: unknown[] = [];
  const app = express();
  app.get("/boom", () => {
    throw new Error("secret detail /etc/passwd token=abc");
  });
  app.get("/tsoa", () => {
    throw new ValidateError({ "body.status": { message: "invalid enum value" } }, "");
  });
  app.post("/json", express.json(), (_req, res) => void res.json({}));
  app.use(apiErrorHandler((level, event, fields) => logged.push({ level, event, fields })));
  let url = "";
  let server: ReturnType<typeof app.listen>;
  beforeAll(async () => {
    await new Promise<void>((resolve) => (server = app.listen(0, "127.0.0.1", () => resolve())));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("hides unexpected faults behind 500 internal", async () => {
    const res = await fetch(`${url}/boom`);
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ code: "internal", message: "an unexpected error occurred" });
    expect(text).not.toContain("secret");
    expect(logged).toHaveLength(1);
  });

  it("maps tsoa's ValidateError to 400 with details", async () => {
    const res = await fetch(`${url}/tsoa`);
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(validateApiError(body)).toBe(true);
    expect(body.details).toEqual([{ path: "/body/status", message: "invalid enum value" }]);
  });

  it("maps body-parser's entity.parse.failed to 400", async () => {
    const res = await fetch(`${url}/json`, { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe("invalid_request");
  });
});
