// Example Toju plugin: a link preview card under messages with web links. It reads its settings (the form the host
// draws from the manifest's `settings` schema) through `clientData`, and renders without any network access: the
// renderer allows plugins no remote requests, so the card is made from the URL itself.

/** @typedef {{ style: "compact" | "card", showPath: boolean, ignoredSites: string }} Settings */

/** @type {Settings} */
const DEFAULTS = { style: "card", showPath: true, ignoredSites: "" };
/** @type {() => Promise<void>} */
let refreshSettings = async () => {};

/** @param {import("@toju/plugin-sdk").TojuPluginActivationContext} context */
export function activate(context) {
  const { api } = context;
  let settings = { ...DEFAULTS };
  const refresh = async () => {
    settings = { ...DEFAULTS, ...((await readSettings(api)) ?? {}) };
  };
  refreshSettings = refresh;
  void refresh();

  context.subscriptions.push(
    api.ui.registerEmbed({
      id: "web-link",
      title: "Link preview",
      matches: (url) => /^https?:\/\//i.test(url) && !ignored(url, settings.ignoredSites),
      render(host, source) {
        host.replaceChildren(card(new URL(source.url), settings));
      },
    }),
  );
}

/** Settings changed in the host's form (or another window): read them again. */
export async function onPluginDataChanged() {
  await refreshSettings();
}

/** @param {import("@toju/plugin-sdk").TojuClientPluginApi} api @returns {Promise<Partial<Settings>>} */
async function readSettings(api) {
  const entries = await Promise.all(Object.keys(DEFAULTS).map(async (key) => [key, await api.clientData.get(key)]));
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** @param {string} url @param {string} list */
function ignored(url, list) {
  const host = new URL(url).hostname.toLowerCase();
  return list
    .split(",")
    .map((site) => site.trim().toLowerCase())
    .some((site) => site !== "" && (host === site || host.endsWith(`.${site}`)));
}

/** @param {URL} url @param {Settings} settings */
function card(url, settings) {
  const link = document.createElement("a");
  link.href = url.href;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.className = `link-preview link-preview--${settings.style}`;
  const badge = document.createElement("span");
  badge.className = "link-preview__badge";
  badge.textContent =
    url.hostname
      .replace(/^www\./, "")
      .charAt(0)
      .toUpperCase() || "?";
  badge.setAttribute("aria-hidden", "true");
  const site = document.createElement("strong");
  site.textContent = url.hostname.replace(/^www\./, "");
  link.append(badge, site);
  if (settings.showPath && settings.style === "card" && url.pathname !== "/") {
    const path = document.createElement("span");
    path.className = "link-preview__path";
    path.textContent = decodeURIComponent(url.pathname).slice(0, 120);
    link.append(path);
  }
  if (url.protocol === "http:") {
    const warning = document.createElement("em");
    warning.textContent = "not encrypted";
    link.append(warning);
  }
  return link;
}
