// Example Toju plugin: a link preview card under messages with web links. It reads its settings (the form the host
// draws from the manifest's `settings` schema) through `clientData`, and renders without any network access: the
// renderer allows plugins no remote requests, so the card is made from the URL itself.

/** @typedef {{ style: "compact" | "card", showPath: boolean, ignoredSites: string }} Settings */

/** @type {Settings} */
const DEFAULTS = { style: "card", showPath: true, ignoredSites: "" };
/** @type {() => Promise<void>} */
let refreshSettings = async () => {};
/** The cards on screen, drawn again when the settings change. @type {Map<HTMLElement, URL>} */
const shown = new Map();

/** @param {import("@toju/plugin-sdk").TojuPluginActivationContext} context */
export function activate(context) {
  const { api } = context;
  let settings = { ...DEFAULTS };
  const refresh = async () => {
    settings = { ...DEFAULTS, ...((await readSettings(api)) ?? {}) };
    for (const [host, url] of shown) draw(host, url, settings);
  };
  refreshSettings = refresh;
  void refresh();

  context.subscriptions.push(
    api.ui.registerEmbed({
      id: "web-link",
      title: "Link preview",
      matches: (url) => /^https?:\/\//i.test(url) && !ignored(url, settings.ignoredSites),
      render(host, source) {
        const url = new URL(source.url);
        shown.set(host, url);
        draw(host, url, settings);
        return { dispose: () => shown.delete(host) };
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

/** A card, or nothing for a site the user asked to leave alone. @param {HTMLElement} host @param {URL} url @param {Settings} settings */
function draw(host, url, settings) {
  if (ignored(url.href, settings.ignoredSites)) host.replaceChildren();
  else host.replaceChildren(card(url, settings));
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
  const site = url.hostname.replace(/^www\./, "");
  const compact = settings.style === "compact";
  // Inline styles keep the card self-contained: nothing leaks into the page, nothing of the page's rules is needed.
  const link = styled("a", {
    display: "inline-flex",
    alignItems: "center",
    gap: "0.5rem",
    maxWidth: "100%",
    padding: compact ? "0.1rem 0.4rem" : "0.45rem 0.7rem",
    border: compact ? "none" : "1px solid #d0d7de",
    borderRadius: "0.5rem",
    background: compact ? "transparent" : "#f6f8fa",
    color: "inherit",
    textDecoration: "none",
  });
  link.href = url.href;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.className = `link-preview link-preview--${settings.style}`;
  const badge = styled("span", {
    display: "inline-flex",
    flex: "none",
    alignItems: "center",
    justifyContent: "center",
    width: compact ? "1.2rem" : "1.8rem",
    height: compact ? "1.2rem" : "1.8rem",
    borderRadius: "50%",
    background: `hsl(${hue(site)} 55% 42%)`,
    color: "#fff",
    fontWeight: "700",
    fontSize: compact ? "0.7rem" : "0.9rem",
  });
  badge.textContent = site.charAt(0).toUpperCase() || "?";
  badge.setAttribute("aria-hidden", "true");
  const text = styled("span", { display: "flex", flexDirection: "column", minWidth: "0" });
  const name = styled("strong", { fontWeight: "600" });
  name.textContent = site;
  text.append(name);
  if (settings.showPath && !compact && url.pathname !== "/") {
    const path = styled("span", {
      color: "#57606a",
      fontSize: "0.85em",
      overflow: "hidden",
      textOverflow: "ellipsis",
      whiteSpace: "nowrap",
    });
    path.textContent = decodeURIComponent(url.pathname).slice(0, 120);
    text.append(path);
  }
  link.append(badge, text);
  if (url.protocol === "http:") {
    const warning = styled("em", { color: "#9a6700", fontSize: "0.8em", fontStyle: "normal" });
    warning.textContent = "not encrypted";
    link.append(warning);
  }
  return link;
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {Partial<CSSStyleDeclaration>} style
 * @returns {HTMLElementTagNameMap[K]}
 */
function styled(tag, style) {
  const element = document.createElement(tag);
  Object.assign(element.style, style);
  return element;
}

/** A steady colour per site, so the same site always gets the same badge. @param {string} site */
function hue(site) {
  let sum = 0;
  for (const char of site) sum = (sum * 31 + char.charCodeAt(0)) % 360;
  return sum;
}
