// The fan-out bus without Redis: instances in one process that share a hub hear each other (a single server has a hub
// of its own and hears nobody). Delivery is asynchronous and in publish order, as over Redis.
import { randomUUID } from "node:crypto";
import type { DependencyHealth } from "@toju/generated/types/contract";
import type { BusHandlers, FanoutBus, FanoutMessage } from "./fanout-bus";

export class InProcessHub {
  private readonly members = new Set<InProcessBus>();
  private readonly queue: [FanoutMessage, string][] = [];
  private scheduled = false;

  join(bus: InProcessBus): void {
    this.members.add(bus);
  }

  leave(bus: InProcessBus): void {
    this.members.delete(bus);
  }

  send(message: FanoutMessage, origin: string): void {
    if (this.members.size < 2) return;
    this.queue.push([message, origin]);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    this.scheduled = false;
    for (const [message, origin] of this.queue.splice(0)) {
      for (const member of this.members) if (member.instanceId !== origin) member.deliver(message, origin);
    }
  }
}

export class InProcessBus implements FanoutBus {
  readonly instanceId = randomUUID();
  private handlers?: BusHandlers;

  constructor(private readonly hub = new InProcessHub()) {
    hub.join(this);
  }

  publish(message: FanoutMessage): void {
    this.hub.send(message, this.instanceId);
  }

  subscribe(handlers: BusHandlers): void {
    this.handlers = handlers;
  }

  deliver(message: FanoutMessage, origin: string): void {
    this.handlers?.message(message, origin);
  }

  async health(): Promise<DependencyHealth> {
    return "disabled";
  }

  async close(): Promise<void> {
    this.hub.leave(this);
    this.handlers = undefined;
  }
}
