// Runs host operations one at a time, so activation never interleaves with deactivation of the same plugins.

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** A failed operation rejects its own promise only; the next one still runs. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(operation);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
