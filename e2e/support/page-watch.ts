// What the browser suites record from their pages: page errors and unexpected console errors as problems (their last
// test expects none), requests refused on purpose apart from them, and every websocket frame a page sent or received.
import type { Page } from "playwright-core";

/** The console error Chromium logs for a request answered with a 4xx or 5xx status. */
export const FAILED_REQUEST = /Failed to load resource: the server responded with a status of (4|5)\d\d/;

/** The desktop bridge call a refused request was for: its URL without what comes before `/ipc/`. */
export const bridgeCall = (url: string) => url.replace(/^.*\/ipc\//, "");

interface ProblemWatch {
  /** Put before every line recorded, as `alice: …`, when several pages share the lists. */
  label?: string;
  /** Console errors the suite causes on purpose: not recorded at all. */
  expected?: RegExp[];
  /** Console errors for requests refused on purpose (`match`): recorded in `calls`, by their URL as `name` gives it. */
  refused?: { match: RegExp; calls: string[]; name?: (url: string) => string };
  /** Reports every CSP violation on the page as a console error, so that it is a problem too. */
  cspViolations?: boolean;
}

/** Records `page`'s page errors and console errors in `problems`, but for the expected and refused ones. */
export async function watchForProblems(page: Page, problems: string[], options: ProblemWatch = {}): Promise<void> {
  const prefix = options.label ? `${options.label}: ` : "";
  page.on("pageerror", (error) => problems.push(`${prefix}page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error" || options.expected?.some((expected) => expected.test(message.text()))) return;
    const { refused } = options;
    if (refused?.match.test(message.text())) refused.calls.push(`${prefix}${(refused.name ?? String)(message.location().url)}`);
    else problems.push(`${prefix}console error: ${message.text()}`);
  });
  if (options.cspViolations)
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
}

export interface Frame {
  page: string;
  direction: "sent" | "received";
  /** The frame as it crossed the websocket. */
  text: string;
  envelope: { type: string; [key: string]: unknown };
}

/** Records every websocket frame `page` sends or receives in `frames`, under the page's name. */
export function recordFrames(page: Page, name: string, frames: Frame[]): void {
  page.on("websocket", (socket) => {
    const record = (direction: Frame["direction"]) => (frame: { payload: string | Buffer }) => {
      const text = String(frame.payload);
      frames.push({ page: name, direction, text, envelope: JSON.parse(text) });
    };
    socket.on("framesent", record("sent"));
    socket.on("framereceived", record("received"));
  });
}
