// Settings from the environment: where attachments go by default and with ATTACHMENTS_DIR.
import path from "node:path";
import { attachmentsDirFor, readConfig } from "./config";

describe("attachments folder", () => {
  it("sits beside a sqlite database file, else in ./data/attachments", () => {
    expect(attachmentsDirFor("sqlite:./data/toju.sqlite")).toBe(path.resolve("data", "attachments"));
    expect(attachmentsDirFor("sqlite:/srv/toju/db.sqlite")).toBe(path.resolve("/srv/toju/attachments"));
    expect(attachmentsDirFor("postgres://db.example/toju")).toBe(path.resolve("data", "attachments"));
  });

  it("is ATTACHMENTS_DIR when set (resolved), and left to the database's folder otherwise", () => {
    expect(readConfig({ ATTACHMENTS_DIR: "files/att" }).attachmentsDir).toBe(path.resolve("files/att"));
    expect(readConfig({}).attachmentsDir).toBeUndefined();
    expect(readConfig({ ATTACHMENTS_DIR: "" }).attachmentsDir).toBeUndefined();
  });
});
