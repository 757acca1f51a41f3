// The last message of each topic, kept for late subscribers that ask for a replay, within fixed bounds:
// at most `maxTopics` topics and `maxBytes` of payload; the least recently published topic goes first.
import type { MessageBusMessage } from "@toju/contracts/sdk/toju-plugin-sdk";

interface Retained {
  message: MessageBusMessage;
  bytes: number;
}

export class RetainedMessages {
  private readonly byTopic = new Map<string, Retained>();
  private totalBytes = 0;

  constructor(
    private readonly maxTopics: number,
    private readonly maxBytes: number,
  ) {}

  get(topic: string): MessageBusMessage | undefined {
    return this.byTopic.get(topic)?.message;
  }

  /** A message larger than the whole budget is not kept, and it clears the topic's older message. */
  set(message: MessageBusMessage, bytes: number): void {
    this.delete(message.topic);
    if (bytes > this.maxBytes || this.maxTopics < 1) return;
    this.byTopic.set(message.topic, { message, bytes });
    this.totalBytes += bytes;
    for (const topic of this.byTopic.keys()) {
      if (this.byTopic.size <= this.maxTopics && this.totalBytes <= this.maxBytes) break;
      this.delete(topic);
    }
  }

  deleteFrom(pluginId: string): void {
    for (const [topic, retained] of [...this.byTopic]) if (retained.message.fromPluginId === pluginId) this.delete(topic);
  }

  get size(): { topics: number; bytes: number } {
    return { topics: this.byTopic.size, bytes: this.totalBytes };
  }

  private delete(topic: string): void {
    const retained = this.byTopic.get(topic);
    if (!retained) return;
    this.byTopic.delete(topic);
    this.totalBytes -= retained.bytes;
  }
}
