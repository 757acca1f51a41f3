// Example Toju plugin: a composer action that rolls a d20 and shares the result in the channel.
export function activate(context) {
  const { api } = context;
  context.subscriptions.push(
    api.ui.registerAction({
      id: "roll-d20",
      title: "Roll a d20",
      context: ["composer"],
      async run() {
        const value = 1 + Math.floor(Math.random() * 20);
        await api.storage.set("lastRoll", value);
        await api.events.publish("dice.rolled", { sides: 20, value });
      },
    }),
    api.events.subscribe("dice.rolled", (event) => api.logger.info(`${event.sourceUserId} rolled ${event.payload.value}`)),
  );
}
