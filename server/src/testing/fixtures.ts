// Shared server-test fixtures: a valid manifest with one declared event, and event definitions.
export function diceManifest(id = "dice.roller") {
  return {
    id,
    title: "Dice",
    description: "Rolls dice",
    version: "1.0.0",
    apiVersion: "1",
    kind: "client",
    schemaVersion: 1,
    compatibility: { minimumTojuVersion: "1.0.0" },
    entrypoint: "dist/index.js",
    capabilities: ["events.server.publish", "events.server.subscribe"],
    events: [
      {
        eventName: "dice.rolled",
        direction: "clientToServer",
        scope: "server",
        schema: {
          type: "object",
          properties: { value: { type: "integer", minimum: 1, maximum: 6 } },
          required: ["value"],
          additionalProperties: false,
        },
        maxPayloadBytes: 1024,
      },
    ],
  };
}

export const scoreSchema = { type: "object", properties: { score: { type: "integer" } }, required: ["score"] };
