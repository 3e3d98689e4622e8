import { describe, expect, it } from 'vitest';
import { allocations, busyByThread, inclusiveTimes, pageMainThread, selfTimes, type CpuProfile, type TraceEvent } from './trace-summary.ts';

const x = (name: string, ts: number, dur: number): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 1, tid: 1 });

describe('selfTimes', () => {
  it('takes nested events out of their parents, at any depth and in any order', () => {
    // RunTask 0–10 ms holds FunctionCall 1–7, which holds a forced UpdateLayoutTree 2–4;
    // Paint 8–9 follows in the same task; a second task 12–13.
    const events = [x('Paint', 8000, 1000), x('UpdateLayoutTree', 2000, 2000), x('RunTask', 0, 10_000), x('FunctionCall', 1000, 6000), x('RunTask', 12_000, 1000)];
    expect(Object.fromEntries(selfTimes(events))).toEqual({ RunTask: 3 + 1, FunctionCall: 4, UpdateLayoutTree: 2, Paint: 1 });
  });

  it('ignores instant and metadata events', () => {
    expect(selfTimes([{ name: 'mark', ph: 'R', ts: 5, pid: 1, tid: 1 }, { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1 }]).size).toBe(0);
  });
});

describe('busyByThread', () => {
  it('sums each thread’s own time within the span, threads of one name together', () => {
    const named = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name } });
    const on = (tid: number, ts: number, dur: number): TraceEvent => ({ ...x('task', ts, dur), tid });
    // Two raster workers (2 + 1 ms, one with a nested event), the main thread 3 ms, and a
    // main-thread task after the span.
    const events = [named(1, 'CrRendererMain'), named(2, 'ThreadPoolForegroundWorker'), named(3, 'ThreadPoolForegroundWorker'), on(1, 1000, 3000), on(2, 1000, 2000), on(2, 1500, 500), on(3, 2000, 1000), on(1, 50_000, 9000)];
    expect(Object.fromEntries(busyByThread(events, 0, 10_000))).toEqual({ CrRendererMain: 3, ThreadPoolForegroundWorker: 3 });
  });
});

describe('pageMainThread', () => {
  it('is the renderer main thread with the most events', () => {
    const named = (pid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid: 1, args: { name } });
    const events = [named(1, 'CrRendererMain'), named(2, 'CrRendererMain'), named(3, 'CrBrowserMain'), x('a', 0, 1), { ...x('b', 0, 1), pid: 2 }, { ...x('c', 0, 1), pid: 2 }, ...Array.from({ length: 5 }, () => ({ ...x('d', 0, 1), pid: 3 }))];
    expect(pageMainThread(events)).toBe('2:1');
  });
});

describe('inclusiveTimes', () => {
  it('counts a function once per sample it is on the stack of, recursion included, within the span', () => {
    const frame = (functionName: string) => ({ functionName, url: 'http://x/app.js', lineNumber: 0 });
    // (root) → render → render (recursion) → leaf; (root) → idle.
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 5] },
        { id: 2, callFrame: frame('render'), children: [3] },
        { id: 3, callFrame: frame('render'), children: [4] },
        { id: 4, callFrame: frame('leaf') },
        { id: 5, callFrame: frame('idle') },
      ],
      samples: [4, 4, 5, 2, 4],
      // Samples at 100, 200, 300, 400, 500 µs; the last has no successor and weighs nothing.
      timeDeltas: [100, 100, 100, 100, 100],
      startTime: 0,
    };
    const all = Object.fromEntries(inclusiveTimes(profile, 0, 1000));
    expect(all['render app.js:1']).toBeCloseTo(0.3);
    expect(all['leaf app.js:1']).toBeCloseTo(0.2);
    expect(all['idle app.js:1']).toBeCloseTo(0.1);
    // From 250 µs on: the idle sample and the one in render alone.
    expect(Object.fromEntries(inclusiveTimes(profile, 250, 450))).toEqual({ '(root) app.js:1': expect.closeTo(0.2) as unknown, 'idle app.js:1': expect.closeTo(0.1) as unknown, 'render app.js:1': expect.closeTo(0.1) as unknown });
  });
});

describe('allocations', () => {
  it('sums self sizes by function over the whole tree', () => {
    const frame = (functionName: string) => ({ functionName, url: '', lineNumber: 0 });
    const head = { callFrame: frame('(root)'), selfSize: 0, children: [{ callFrame: frame('a'), selfSize: 10, children: [{ callFrame: frame('b'), selfSize: 5, children: [] }] }, { callFrame: frame('b'), selfSize: 7, children: [] }] };
    expect(Object.fromEntries(allocations(head))).toEqual({ '(root) :1': 0, 'a :1': 10, 'b :1': 12 });
  });
});
