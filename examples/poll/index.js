// Example Toju plugin: polls. `/poll Lunch? | Pizza | Sushi` starts one in the channel; everyone in the channel sees it in
// the "Polls" panel and votes there. Polls travel as plugin events the server checks against the manifest's schemas.

/** @typedef {import("@toju/plugin-sdk").TojuClientPluginApi} Api */
/** @typedef {{ pollId: string, question: string, options: string[] }} PollPayload */
/** @typedef {PollPayload & { channelId: string | undefined, authorId: string, votes: Map<string, number> }} Poll */

/** Polls by id, with the votes of every user, as this client has seen them. @type {Map<string, Poll>} */
const polls = new Map();
/** The option this user chose, per poll. @type {Record<string, number>} */
let myVotes = {};
/** The signed-in user's id: this window's votes are counted under it, like the same user's votes relayed from another window. */
let myUserId = "";
let redraw = () => {};

/** @param {import("@toju/plugin-sdk").TojuPluginActivationContext} context */
export async function activate(context) {
  const { api } = context;
  myVotes = /** @type {Record<string, number> | undefined} */ (await api.storage.get("myVotes")) ?? {};
  // Before any poll: without a connection there is no poll to vote in, and the next activation asks again.
  myUserId = (await api.profile.get().catch(() => undefined))?.id ?? "";

  context.subscriptions.push(
    api.events.subscribe(
      "poll.created",
      /** @param {import("@toju/plugin-sdk").PluginEvent<PollPayload>} event */ (event) =>
        addPoll(event.payload, event.channelId, event.sourceUserId),
    ),
    api.events.subscribe(
      "poll.voted",
      /** @param {import("@toju/plugin-sdk").PluginEvent<{ pollId: string, option: number }>} event */ (event) =>
        addVote(event.payload.pollId, event.sourceUserId, event.payload.option),
    ),
    api.ui.registerCommand({
      id: "poll",
      title: "Start a poll",
      async run(args) {
        const [question, ...options] = args
          .split("|")
          .map((part) => part.trim())
          .filter(Boolean);
        if (!question || options.length < 2 || options.length > 6) {
          throw new Error("Write the question and 2 to 6 answers, separated by |, for example: /poll Lunch? | Pizza | Sushi");
        }
        const channelId = api.context.channelId;
        const poll = { pollId: newPollId(), question, options };
        // The server relays the event to everyone else; this client shows its own poll at once.
        await api.events.publish("poll.created", poll, { channelId });
        addPoll(poll, channelId, myUserId);
      },
    }),
    api.ui.registerPanel({
      id: "polls",
      title: "Polls",
      location: "right",
      render(host) {
        redraw = () => renderPolls(host, api);
        redraw();
        return { dispose: () => (redraw = () => undefined) };
      },
    }),
  );
}

/** @param {PollPayload} poll @param {string | undefined} channelId @param {string} authorId */
function addPoll(poll, channelId, authorId) {
  if (!polls.has(poll.pollId)) polls.set(poll.pollId, { ...poll, channelId, authorId, votes: new Map() });
  redraw();
}

/** @param {string} pollId @param {string} userId @param {number} option */
function addVote(pollId, userId, option) {
  const poll = polls.get(pollId);
  if (!poll || option >= poll.options.length) return;
  poll.votes.set(userId, option);
  redraw();
}

/** @param {Api} api @param {Poll} poll @param {number} option */
async function vote(api, poll, option) {
  await api.events.publish("poll.voted", { pollId: poll.pollId, option }, { channelId: poll.channelId });
  // Shown as soon as the server took it; remembering it on this device can follow.
  myVotes = { ...myVotes, [poll.pollId]: option };
  addVote(poll.pollId, myUserId, option);
  await api.storage.set("myVotes", myVotes);
}

/** @param {HTMLElement} host @param {Api} api */
function renderPolls(host, api) {
  const here = [...polls.values()].filter((poll) => poll.channelId === api.context.channelId);
  host.replaceChildren();
  if (here.length === 0) {
    host.append(paragraph("No polls in this channel yet. Start one with /poll Question? | Answer | Answer"));
    return;
  }
  for (const poll of here) {
    const section = document.createElement("section");
    section.setAttribute("aria-label", poll.question);
    const heading = document.createElement("h3");
    heading.textContent = poll.question;
    section.append(heading);
    const mine = myVotes[poll.pollId];
    poll.options.forEach((label, option) => {
      const count = [...poll.votes.values()].filter((chosen) => chosen === option).length;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `${label} (${count})`;
      button.setAttribute("aria-label", `Vote ${label}`);
      button.setAttribute("aria-pressed", String(mine === option));
      button.addEventListener("click", () => vote(api, poll, option).catch((error) => api.logger.warn("vote refused", error)));
      section.append(button);
    });
    host.append(section);
  }
}

/** @param {string} text */
function paragraph(text) {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}

function newPollId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
