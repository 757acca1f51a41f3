// Example Toju plugin: tic-tac-toe between two members. The invitation is a `p2pHint` event the server relays to the
// invited user only; every move then travels over a direct WebRTC data channel between the two devices (`p2p.send`),
// never through the server.

const LINES = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
  [0, 3, 6],
  [1, 4, 7],
  [2, 5, 8],
  [0, 4, 8],
  [2, 4, 6],
];

/** @typedef {"X" | "O"} Mark */
/** @typedef {{ gameId: string, opponentId: string, mark: Mark, board: string[], turn: Mark, winner: string }} Game */
/** @typedef {{ type: "accept", gameId: string } | { type: "move", gameId: string, cell: number }} Message */

/** @param {import("@toju/plugin-sdk").TojuPluginActivationContext} context */
export function activate(context) {
  const { api } = context;
  const state = {
    /** @type {Game | undefined} */ game: undefined,
    /** @type {{ userId: string, gameId: string } | undefined} */ pendingInvite: undefined,
    /** Invitations received: inviter → game id. @type {Map<string, string>} */ invites: new Map(),
    status: "",
    redraw: () => {},
  };

  /** @param {string} gameId @param {string} opponentId @param {Mark} mark */
  const startGame = (gameId, opponentId, mark) => {
    state.game = { gameId, opponentId, mark, board: Array(9).fill(""), turn: "X", winner: "" };
    state.status = mark === "X" ? "Your move (you are X)." : "Waiting for the first move (you are O).";
    state.redraw();
  };

  /** @param {{ type: "accept" } | { type: "move", cell: number }} payload @param {Game} game */
  const send = (payload, game) =>
    api.p2p.send(game.opponentId, { gameId: game.gameId, ...payload }).catch((/** @type {unknown} */ error) => {
      // Plugins import nothing at run time: errors are told apart by their stable `code`.
      const code = /** @type {{ code?: string }} */ (error).code;
      state.status = code === "p2p_unavailable" ? "No direct connection to your opponent could be opened." : String(error);
      state.redraw();
    });

  /** @param {number} cell @param {Mark} mark */
  const play = (cell, mark) => {
    const game = state.game;
    if (!game || game.winner || game.board[cell] || game.turn !== mark) return false;
    game.board[cell] = mark;
    game.turn = mark === "X" ? "O" : "X";
    game.winner = winnerOf(game.board);
    state.status = game.winner
      ? game.winner === "draw"
        ? "Draw."
        : game.winner === game.mark
          ? "You won!"
          : "You lost."
      : game.turn === game.mark
        ? "Your move."
        : "Their move.";
    state.redraw();
    return true;
  };

  context.subscriptions.push(
    api.events.subscribe("game.invite", (/** @type {import("@toju/plugin-sdk").PluginEvent<{ gameId: string }>} */ event) => {
      state.invites.set(event.sourceUserId, event.payload.gameId);
      state.redraw();
    }),
    api.p2p.onMessage(({ fromUserId, payload }) => {
      const message = /** @type {Message} */ (payload);
      if (message.type === "accept" && state.pendingInvite?.gameId === message.gameId && state.pendingInvite.userId === fromUserId) {
        startGame(message.gameId, fromUserId, "X");
      } else if (message.type === "move" && state.game?.gameId === message.gameId && fromUserId === state.game.opponentId) {
        play(message.cell, state.game.mark === "X" ? "O" : "X");
      }
    }),
    api.ui.registerPage({
      id: "game",
      title: "Tic-tac-toe",
      render(host) {
        state.redraw = () => render(host).catch((error) => api.logger.warn("render failed", error));
        state.redraw();
        return { dispose: () => (state.redraw = () => {}) };
      },
    }),
  );

  /** @param {HTMLElement} host */
  async function render(host) {
    host.replaceChildren();
    const status = element("p", state.status || "Invite a member to play.");
    status.setAttribute("role", "status");
    host.append(status);
    if (state.game) host.append(board(state.game));
    else host.append(await invitations());
  }

  /** @param {Game} game */
  function board(game) {
    const grid = element("div");
    grid.setAttribute("role", "grid");
    grid.setAttribute("aria-label", "Board");
    grid.style.cssText = "display:grid;grid-template-columns:repeat(3,3rem);gap:.25rem";
    game.board.forEach((mark, cell) => {
      const button = element("button", mark || "·");
      button.type = "button";
      button.setAttribute("aria-label", `Cell ${cell + 1}${mark ? ` ${mark}` : ""}`);
      button.style.cssText = "height:3rem;font-size:1.5rem";
      button.disabled = Boolean(mark) || Boolean(game.winner) || game.turn !== game.mark;
      button.addEventListener("click", () => {
        if (play(cell, game.mark)) void send({ type: "move", cell }, game);
      });
      grid.append(button);
    });
    const again = element("button", "New game");
    again.type = "button";
    again.addEventListener("click", () => {
      state.game = undefined;
      state.status = "";
      state.redraw();
    });
    const wrap = element("div");
    wrap.append(grid, again);
    return wrap;
  }

  async function invitations() {
    const wrap = element("div");
    for (const [userId, gameId] of state.invites) {
      const accept = element("button", `Accept invitation from ${await nameOf(userId)}`);
      accept.type = "button";
      accept.addEventListener("click", async () => {
        state.invites.delete(userId);
        startGame(gameId, userId, "O");
        if (state.game) await send({ type: "accept" }, state.game);
      });
      wrap.append(accept);
    }
    const me = await api.profile.get();
    const others = (await api.users.list()).filter((user) => user.id !== me.id);
    if (others.length === 0) wrap.append(element("p", "Nobody else is in this server yet."));
    for (const user of others) {
      const invite = element("button", `Invite ${user.displayName ?? user.username}`);
      invite.type = "button";
      invite.addEventListener("click", async () => {
        const gameId = newGameId();
        state.pendingInvite = { userId: user.id, gameId };
        await api.events.publishP2pHint("game.invite", user.id, { gameId });
        state.status = `Invited ${user.displayName ?? user.username}; waiting for them to accept.`;
        state.redraw();
      });
      wrap.append(invite);
    }
    return wrap;
  }

  /** @param {string} userId */
  async function nameOf(userId) {
    const user = await api.users.get(userId);
    return user?.displayName ?? user?.username ?? "a member";
  }
}

/** "X", "O", "draw", or "" while the game goes on. @param {string[]} board */
export function winnerOf(board) {
  for (const [a, b, c] of LINES) if (board[a] && board[a] === board[b] && board[a] === board[c]) return board[a];
  return board.every(Boolean) ? "draw" : "";
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
function element(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function newGameId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
