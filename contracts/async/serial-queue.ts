// Runs async operations one at a time, in call order: a read-modify-write never interleaves with another.

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;

  /** A failed operation rejects its own promise only; the next one still runs. */
  run<T>(operation: () => Promise<T> | T): Promise<T> {
    this.queued += 1;
    const result = this.tail.then(operation).finally(() => (this.queued -= 1));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Operations queued or running. */
  get pending(): number {
    return this.queued;
  }

  /** Settles once everything queued so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}

/** One `SerialQueue` per key (a file, a server); a key's queue is dropped when it runs dry. */
export class KeyedSerialQueue<Key> {
  private readonly queues = new Map<Key, SerialQueue>();

  run<T>(key: Key, operation: () => Promise<T> | T): Promise<T> {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new SerialQueue();
      this.queues.set(key, queue);
    }
    const owner = queue;
    return owner.run(operation).finally(() => {
      if (owner.pending === 0 && this.queues.get(key) === owner) this.queues.delete(key);
    });
  }

  /** Whether `key` has work queued or running. */
  has(key: Key): boolean {
    return this.queues.has(key);
  }

  /** Keys with work queued or running. */
  get size(): number {
    return this.queues.size;
  }
}
