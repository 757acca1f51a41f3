// Example Toju plugin: dice. `/roll 2d6` (or the composer's "Roll dice" button) rolls and posts the result in the
// channel as the plugin's own user, "Dice Roller". The last notation is remembered on this device.

const NOTATION = /^(\d{0,2})d(\d{1,3})([+-]\d{1,3})?$/i;
const MAX_DICE = 20;

/** @param {import("@toju/plugin-sdk").TojuPluginActivationContext} context */
export function activate(context) {
  const { api } = context;

  /** @param {string} notation @param {string | undefined} channelId */
  async function roll(notation, channelId) {
    if (!channelId) throw new Error("open a channel to roll in");
    const dice = parse(notation);
    const rolls = Array.from({ length: dice.count }, () => 1 + Math.floor(Math.random() * dice.sides));
    const total = rolls.reduce((sum, value) => sum + value, dice.modifier);
    const me = await api.profile.get();
    const shown = `${rolls.join(" + ")}${dice.modifier ? ` ${dice.modifier > 0 ? "+" : "-"} ${Math.abs(dice.modifier)}` : ""}`;
    await api.messages.sendAsPluginUser(channelId, `🎲 ${me.displayName ?? me.username} rolled ${dice.text}: ${shown} = ${total}`);
    await api.storage.set("lastRoll", dice.text);
    if (dice.count === 1) await api.events.publish("dice.rolled", { sides: dice.sides, value: rolls[0] }, { channelId });
  }

  context.subscriptions.push(
    api.ui.registerCommand({
      id: "roll",
      title: "Roll dice",
      run: (args, target) => roll(args.trim() || "2d6", target?.id ?? api.context.channelId),
    }),
    api.ui.registerAction({
      id: "roll-dice",
      title: "Roll dice",
      context: ["composer"],
      run: async (target) =>
        roll(/** @type {string | undefined} */ (await api.storage.get("lastRoll")) ?? "2d6", target.id ?? api.context.channelId),
    }),
  );
}

/**
 * `2d6`, `d20`, `3d8+2`: at most 20 dice of 2 to 100 sides.
 * @param {string} notation
 */
export function parse(notation) {
  const match = NOTATION.exec(notation.replace(/\s+/g, ""));
  if (!match) throw new Error(`"${notation}" is not dice notation; try 2d6, d20 or 3d8+2`);
  const count = match[1] === "" ? 1 : Number(match[1]);
  const sides = Number(match[2]);
  const modifier = match[3] ? Number(match[3]) : 0;
  if (count < 1 || count > MAX_DICE) throw new Error(`roll 1 to ${MAX_DICE} dice at a time`);
  if (sides < 2 || sides > 100) throw new Error("dice have 2 to 100 sides");
  return { count, sides, modifier, text: `${count}d${sides}${match[3] ?? ""}` };
}
