// The chat steps most browser suites start with, driven as people drive them, by the names they see: sign up, create a
// server and join one by its ID.
import type { Page } from "playwright-core";

/** Signs `username` up (password "<username> has a good password") and waits for "Connected" in the header. */
export async function createAccount(page: Page, username: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(`${username} has a good password`);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("banner").getByRole("status").getByText("Connected", { exact: true }).waitFor();
}

/** How a dialog's form is sent: its button, or Enter in its field (both must keep working). */
type Submit = "button" | "Enter";

/** Creates a server named `name` in the "Create server" dialog; answers the ID its owner can share. */
export async function createServer(page: Page, name: string, submit: Submit = "button"): Promise<string> {
  await page.getByRole("button", { name: "Create server" }).click();
  await page.getByRole("dialog", { name: "Create server" }).getByRole("textbox", { name: "Server name" }).fill(name);
  if (submit === "Enter") await page.keyboard.press("Enter");
  else await page.getByRole("dialog", { name: "Create server" }).getByRole("button", { name: "Create" }).click();
  const channels = page.getByRole("navigation", { name: "Channels" });
  await channels.getByRole("button", { name: "general" }).waitFor();
  return channels.getByRole("textbox", { name: "Server ID" }).inputValue();
}

/** Joins the server `serverId` in the "Join server" dialog and waits for its general channel. */
export async function joinServer(page: Page, serverId: string, submit: Submit = "button"): Promise<void> {
  await page.getByRole("button", { name: "Join server" }).click();
  await page.getByRole("dialog", { name: "Join server" }).getByRole("textbox", { name: "Server ID" }).fill(serverId);
  if (submit === "Enter") await page.keyboard.press("Enter");
  else await page.getByRole("dialog", { name: "Join server" }).getByRole("button", { name: "Join" }).click();
  await page.getByRole("navigation", { name: "Channels" }).getByRole("button", { name: "general" }).waitFor();
}
