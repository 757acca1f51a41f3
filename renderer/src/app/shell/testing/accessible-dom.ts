// Test helper: find elements the way people and Playwright do, by role and accessible name.

/** `aria-label`, else the text of the `aria-labelledby` elements, else the element's own text; whitespace folded. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute("aria-label");
  if (label !== null) return fold(label);
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy !== null) {
    const document = element.ownerDocument;
    return fold(
      labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
  }
  const field = element instanceof HTMLInputElement || element instanceof HTMLSelectElement;
  const byFor = element.id ? element.ownerDocument.querySelector(`label[for="${element.id}"]`) : null;
  if (byFor) return fold(shownText(byFor));
  if (field && element.closest("label")) return fold(shownText(element.closest("label")!));
  return fold(shownText(element));
}

/** The text assistive technology reads: `aria-hidden` parts left out. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? "";
}

const ROLE_SELECTORS: Record<string, string> = {
  button: "button",
  checkbox: 'input[type="checkbox"]',
  combobox: "select",
  group: '[role="group"], fieldset',
  spinbutton: 'input[type="number"]',
  dialog: '[role="dialog"]',
  link: "a[href]",
  listitem: "li",
  listbox: '[role="listbox"]',
  option: '[role="option"]',
  navigation: "nav[aria-label]",
  textbox: 'input:not([type]), input[type="text"], textarea',
  alert: '[role="alert"]',
  status: '[role="status"]',
  region: "section[aria-label], section[aria-labelledby], [role='region']",
  tab: '[role="tab"]',
  tablist: '[role="tablist"]',
  tabpanel: '[role="tabpanel"]',
};

export function allByRole(root: Element, role: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(ROLE_SELECTORS[role]));
}

/** The one element of the role whose accessible name is `name` (a string matches exactly, a RegExp anywhere). */
export function byRole(root: Element, role: string, name: string | RegExp): HTMLElement {
  const found = allByRole(root, role).filter((element) => {
    const accessible = accessibleName(element);
    return typeof name === "string" ? accessible === name : name.test(accessible);
  });
  if (found.length !== 1) throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}`);
  return found[0];
}

export function queryByRole(root: Element, role: string, name: string | RegExp): HTMLElement | undefined {
  try {
    return byRole(root, role, name);
  } catch {
    return undefined;
  }
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
