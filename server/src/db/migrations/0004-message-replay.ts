// Fourth schema version: messages found by server and time, for the messages an instance sends its sockets again after
// its link to the other instances was down (the history index orders by channel only).
import type { QueryInterface } from "sequelize";

export const name = "0004-message-replay";

export async function up(qi: QueryInterface): Promise<void> {
  await qi.addIndex("messages", ["server_id", "sent_at"], { name: "messages_server_id_sent_at" });
}

export async function down(qi: QueryInterface): Promise<void> {
  await qi.removeIndex("messages", "messages_server_id_sent_at");
}
