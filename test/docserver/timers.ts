// Every delayed job of the simulator goes through here so that close()/reset can cancel them all
// (nothing keeps Jest or the dev host alive after the server is gone).

export class Timers {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();
  private readonly stopper = new AbortController();
  /** Aborted by shutdown(): outbound requests in flight give up at once. */
  readonly signal: AbortSignal = this.stopper.signal;

  get stopped(): boolean {
    return this.signal.aborted;
  }

  /** Runs fn after ms unless cancelled; returns a handle for cancel(). */
  after(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      this.pending.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.pending.set(t, () => undefined);
    return t;
  }

  cancel(t: NodeJS.Timeout | undefined): void {
    if (!t) return;
    clearTimeout(t);
    const onCancel = this.pending.get(t);
    this.pending.delete(t);
    onCancel?.();
  }

  /** Resolves true after ms, or false as soon as everything is cancelled. */
  sleep(ms: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.pending.delete(t);
        resolve(true);
      }, ms);
      this.pending.set(t, () => resolve(false));
    });
  }

  /** For close(): cancel everything and refuse new waits. */
  shutdown(): void {
    this.stopper.abort();
    this.cancelAll();
  }

  cancelAll(): void {
    for (const [t, onCancel] of [...this.pending]) {
      clearTimeout(t);
      this.pending.delete(t);
      onCancel();
    }
  }
}
