import type { Theme } from '../../theme-runtime/index.ts';
import type { PanelChecks } from './panel-checks.ts';

/** Where a theme is sent to be checked; the report comes back through `ReportQueue.receive`. */
export type CheckTheme = (theme: Theme) => void;

/** The clock a queue paces a drag's checks by: injectable, so tests need no real time. */
export interface PaceClock {
  now: () => number;
  later: (run: () => void, ms: number) => unknown;
  cancel: (handle: unknown) => void;
}

const REAL_CLOCK: PaceClock = {
  now: () => performance.now(),
  later: (run, ms) => setTimeout(run, ms),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * While a drag lasts, checks start at most this often. A checker kept busy by every step of a
 * drag takes one of two cores the whole time, and the preview's frame (raster, compositor,
 * the main thread) waits for it: bench:preview's p95 fell by about a fifth with the drag's
 * checks out of the way. Eight reports a second still follow the drag.
 */
export const LIVE_CHECK_INTERVAL_MS = 120;

/**
 * The editor's theme checks, asked of a checker that answers later (a worker: checks.ts) and
 * kept per theme object (themes are immutable values). One theme is checked at a time; while
 * it is, only the newest theme asked for waits — during a drag the checker skips the steps
 * it had no time for rather than falling further behind, and starts a check no more often
 * than LIVE_CHECK_INTERVAL_MS.
 */
export class ReportQueue {
  private readonly reports = new WeakMap<Theme, PanelChecks>();
  /** The theme asked for last: the one the editor shows. */
  private current: Theme | undefined;
  private newest: PanelChecks | undefined;
  private checking: Theme | undefined;
  private waiting: Theme | undefined;
  /** The waiting theme is a drag's step. */
  private waitingLive = false;
  private readonly listeners = new Set<() => void>();
  /** When the last check started, and the timer that will start the waiting one during a drag. */
  private sentAt = Number.NEGATIVE_INFINITY;
  private timer: unknown;

  constructor(
    private readonly check: CheckTheme,
    private readonly clock: PaceClock = REAL_CLOCK,
  ) {}

  /**
   * The report to show: the current theme's once made, meanwhile the one received last
   * (an edit or two behind); undefined before any.
   */
  report(): PanelChecks | undefined {
    return (this.current && this.reports.get(this.current)) ?? this.newest;
  }

  /**
   * The theme the editor shows now: checked unless it has been or is being checked. `live`:
   * a step of a drag, checked no sooner than LIVE_CHECK_INTERVAL_MS after the check before.
   */
  request(theme: Theme, live = false): void {
    this.current = theme;
    if (this.reports.has(theme) || this.checking === theme) {
      this.waiting = undefined;
      this.clock.cancel(this.timer);
      this.timer = undefined;
      // Undo, redo: a theme checked before is shown again with its report.
      if (this.reports.has(theme)) this.notify();
      return;
    }
    this.waiting = theme;
    this.waitingLive = live;
    if (this.checking !== undefined) return; // receive() sends it
    if (live) this.sendWhenDue();
    else this.flush();
  }

  /** The drag is over: the theme waiting is checked now, or as soon as the checker is free. */
  flush(): void {
    this.clock.cancel(this.timer);
    this.timer = undefined;
    this.waitingLive = false;
    const next = this.waiting;
    if (next === undefined || this.checking !== undefined) return;
    this.waiting = undefined;
    if (!this.reports.has(next)) this.send(next);
  }

  /** A report made here rather than by the checker (the first theme, so the first render has checks). */
  add(theme: Theme, report: PanelChecks): void {
    this.reports.set(theme, report);
    this.newest = report;
    this.current ??= theme;
  }

  /** The checker's report of the theme being checked. */
  receive(report: PanelChecks): void {
    const theme = this.checking;
    if (theme === undefined) return;
    this.checking = undefined;
    this.add(theme, report);
    // A theme asked for during a drag keeps the drag's pace; one asked for otherwise goes now.
    if (this.waitingLive) this.sendWhenDue();
    else this.flush();
    this.notify();
  }

  /** Called whenever `report()` may have changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private sendWhenDue(): void {
    if (this.timer !== undefined) return;
    const due = this.sentAt + LIVE_CHECK_INTERVAL_MS - this.clock.now();
    if (due <= 0) this.flush();
    else this.timer = this.clock.later(() => this.flush(), due);
  }

  private send(theme: Theme): void {
    this.checking = theme;
    this.sentAt = this.clock.now();
    this.check(theme);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
