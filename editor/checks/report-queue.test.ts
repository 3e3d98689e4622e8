import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../theme-runtime/model/defaults.ts';
import { withRole } from '../../theme-runtime/model/edit.ts';
import { checkTheme, type Theme } from '../../theme-runtime/index.ts';
import { LIVE_CHECK_INTERVAL_MS, ReportQueue, type PaceClock } from './report-queue.ts';

const textColor = (i: number) => `#${(0x101010 + i).toString(16)}`;
const step = (i: number): Theme => withRole(DEFAULT_THEME, 'light', 'text', textColor(i));
const checkedText = (queue: ReportQueue) => queue.report()?.light.text.find((c) => c.id === 'text-on-content')?.foreground;

/** A clock that moves only when told, with the timers set on it. */
function fakeClock() {
  let now = 1000;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  const clock: PaceClock = {
    now: () => now,
    later: (run, ms) => {
      timers.push({ at: now + ms, run, id: ++ids });
      return ids;
    },
    cancel: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers = timers.filter((t) => t.at > now);
    for (const t of due) t.run();
  };
  return { clock, advance };
}

/** A queue whose checker answers only when told: what was sent, and a way to answer it. */
function harness(clock?: PaceClock) {
  const sent: Theme[] = [];
  const queue = new ReportQueue((theme) => sent.push(theme), clock);
  let told = 0;
  queue.subscribe(() => told++);
  const answer = () => {
    const theme = sent.at(-1);
    if (theme === undefined) throw new Error('nothing sent');
    queue.receive(checkTheme(theme));
  };
  return { queue, sent, answer, told: () => told };
}

describe('the queue of theme checks', () => {
  it('checks one theme at a time and, of those asked meanwhile, only the newest', () => {
    const { queue, sent, answer } = harness();
    const themes = [0, 1, 2, 3].map(step);
    for (const t of themes) queue.request(t);
    expect(sent).toEqual([themes[0]]);
    answer();
    expect(sent).toEqual([themes[0], themes[3]]);
    expect(checkedText(queue)).toBe(textColor(0)); // the newest made, while 3 is checked
    answer();
    expect(sent).toHaveLength(2);
    expect(checkedText(queue)).toBe(textColor(3));
  });

  it('tells its listeners of each report, and of a theme shown again that was checked before', () => {
    const { queue, answer, told } = harness();
    const [a, b] = [step(10), step(11)];
    expect(queue.report()).toBeUndefined();
    queue.request(a);
    answer();
    queue.request(b);
    answer();
    expect(told()).toBe(2);
    expect(checkedText(queue)).toBe(textColor(11));
    queue.request(a); // undo
    expect(told()).toBe(3);
    expect(checkedText(queue)).toBe(textColor(10));
  });

  it('asks nothing for a theme already checked, being checked, or reported here', () => {
    const { queue, sent, answer } = harness();
    const [a, b] = [step(20), step(21)];
    queue.add(b, checkTheme(b));
    expect(checkedText(queue)).toBe(textColor(21));
    queue.request(b);
    expect(sent).toEqual([]);
    queue.request(a);
    queue.request(a);
    expect(sent).toEqual([a]);
    answer();
    queue.request(a);
    expect(sent).toEqual([a]);
  });

  it("paces a drag's checks: one per interval, the newest step, and the last at once when the drag ends", () => {
    const { clock, advance } = fakeClock();
    const { queue, sent, answer } = harness(clock);
    const [t0, t1, t2, t3, t4, t5] = [30, 31, 32, 33, 34, 35].map(step) as [Theme, Theme, Theme, Theme, Theme, Theme];
    queue.request(t0, true); // the first step of a drag is checked at once
    expect(sent).toEqual([t0]);
    advance(16);
    answer();
    queue.request(t1, true);
    advance(16);
    queue.request(t2, true);
    expect(sent).toHaveLength(1); // the checker is free, but the drag's interval is not over
    advance(LIVE_CHECK_INTERVAL_MS - 32);
    expect(sent).toEqual([t0, t2]); // the newest step, when it was due
    queue.request(t3, true);
    answer(); // in time: the next is due an interval after the last began
    expect(sent).toHaveLength(2);
    queue.request(t4, true);
    queue.flush(); // the pointer is released
    expect(sent).toEqual([t0, t2, t4]);
    answer();
    expect(checkedText(queue)).toBe(textColor(34));
    queue.request(t5); // an edit that is no drag goes at once
    expect(sent.at(-1)).toBe(t5);
  });

  it('drops a waiting step when the theme goes back to one checked or being checked', () => {
    const { clock, advance } = fakeClock();
    const { queue, sent, answer } = harness(clock);
    const [a, b] = [step(40), step(41)];
    queue.request(a, true);
    queue.request(b, true);
    queue.request(a, true); // dragged back to where it began: b is no longer shown
    answer();
    advance(LIVE_CHECK_INTERVAL_MS * 2);
    expect(sent).toEqual([a]);
  });
});
