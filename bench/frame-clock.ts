/** What `installFrameClock` puts on the page. */
export interface FrameClock {
  frameClock: {
    /** The next animation frame's time. */
    frame: () => Promise<number>;
    /**
     * The time a task queued now runs: after the work an event just started (React's
     * scheduler posts its render before this), so "event → free again" is its latency.
     */
    idle: () => Promise<number>;
  };
}

/** An init script (playwright sends its source to the page): the two clocks bench:preview times with. */
export function installFrameClock(): void {
  (window as unknown as FrameClock).frameClock = {
    frame: () => new Promise<number>((resolve) => requestAnimationFrame(resolve)),
    idle: () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
  };
}
