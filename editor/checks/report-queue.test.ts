import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../theme-runtime/model/defaults.ts';
import { withRole } from '../../theme-runtime/model/edit.ts';
import { checkTheme, type Theme } from '../../theme-runtime/index.ts';
import { ReportQueue } from './report-queue.ts';

const textColor = (i: number) => `#${(0x101010 + i).toString(16)}`;
const step = (i: number): Theme => withRole(DEFAULT_THEME, 'light', 'text', textColor(i));
const checkedText = (queue: ReportQueue) => queue.report()?.light.text.find((c) => c.id === 'text-on-content')?.foreground;

/** A queue whose checker answers only when told: what was sent, and a way to answer it. */
function harness() {
  const sent: Theme[] = [];
  const queue = new ReportQueue((theme) => sent.push(theme));
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
});
