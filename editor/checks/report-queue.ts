import type { Theme } from '../../theme-runtime/index.ts';
import type { PanelChecks } from './panel-checks.ts';

/** Where a theme is sent to be checked; the report comes back through `ReportQueue.receive`. */
export type CheckTheme = (theme: Theme) => void;

/**
 * The editor's theme checks, asked of a checker that answers later (a worker: checks.ts) and
 * kept per theme object (themes are immutable values). One theme is checked at a time; while
 * it is, only the newest theme asked for waits — during a drag the checker skips the steps
 * it had no time for rather than falling further behind.
 */
export class ReportQueue {
  private readonly reports = new WeakMap<Theme, PanelChecks>();
  /** The theme asked for last: the one the editor shows. */
  private current: Theme | undefined;
  private newest: PanelChecks | undefined;
  private checking: Theme | undefined;
  private waiting: Theme | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly check: CheckTheme) {}

  /**
   * The report to show: the current theme's once made, meanwhile the one received last
   * (an edit or two behind); undefined before any.
   */
  report(): PanelChecks | undefined {
    return (this.current && this.reports.get(this.current)) ?? this.newest;
  }

  /** The theme the editor shows now: checked unless it has been or is being checked. */
  request(theme: Theme): void {
    this.current = theme;
    if (this.reports.has(theme)) {
      // Undo, redo: a theme checked before is shown again with its report.
      this.notify();
      return;
    }
    if (this.checking === theme) return;
    if (this.checking === undefined) this.send(theme);
    else this.waiting = theme;
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
    const next = this.waiting;
    this.waiting = undefined;
    if (next !== undefined && !this.reports.has(next)) this.send(next);
    this.notify();
  }

  /** Called whenever `report()` may have changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private send(theme: Theme): void {
    this.checking = theme;
    this.check(theme);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
