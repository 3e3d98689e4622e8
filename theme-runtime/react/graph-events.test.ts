import { describe, expect, it } from 'vitest';
import { withAppNames } from './graph-events.ts';

const own = [{ name: 'Revenue North America, Support', y: [1, 2] }, { name: 'EMEA', y: [3, 4] }];
const shown = [{ ...own[0], name: 'Revenue North<br>America, Support' }, own[1]];

describe('withAppNames', () => {
  it('gives a point event the app’s traces and names back', () => {
    const event = { points: [{ curveNumber: 0, pointNumber: 1, data: shown[0], fullData: { name: shown[0]?.name, type: 'scatter' } }], event: 'mouse' };
    const seen = withAppNames(event, own) as typeof event;
    expect(seen.points[0]?.data).toBe(own[0]);
    expect(seen.points[0]?.fullData).toEqual({ name: own[0]?.name, type: 'scatter' });
    expect(seen.points[0]?.pointNumber).toBe(1);
    expect(seen.event).toBe('mouse');
  });

  it('gives a legend click the app’s traces, and leaves other events alone', () => {
    const click = { curveNumber: 0, data: shown, fullData: shown.map((t) => ({ ...t, visible: true })) };
    const seen = withAppNames(click, own) as typeof click;
    expect(seen.data).toBe(own);
    expect(seen.fullData.map((f) => f.name)).toEqual(own.map((t) => t.name));
    const relayout = { 'xaxis.range[0]': 1 };
    expect(withAppNames(relayout, own)).toBe(relayout);
    expect(withAppNames(undefined, own)).toBeUndefined();
  });
});
