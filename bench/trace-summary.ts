// What bench:trace prints: summaries of a Chromium trace, a CPU profile and a heap sample,
// kept apart from the driver so they can be tested on made-up input.

/** A trace event as Chromium's Tracing domain reports it (microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/**
 * Self time per event name (ms) of complete ('X') events on one thread: an event's
 * duration less that of the events nested in it, so nothing is counted twice. Events must
 * be of one thread; they may come in any order.
 */
export function selfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const complete = events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const open: { end: number; name: string; dur: number; children: number }[] = [];
  const close = () => {
    const e = open.pop();
    if (e) self.set(e.name, (self.get(e.name) ?? 0) + (e.dur - e.children) / 1000);
  };
  for (const e of complete) {
    const dur = e.dur ?? 0;
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= e.ts) close();
    const parent = open.at(-1);
    if (parent) parent.children += dur;
    open.push({ end: e.ts + dur, name: e.name, dur, children: 0 });
  }
  while (open.length > 0) close();
  return self;
}

/** The renderer main thread with the most events: the page's (other tabs' are idle). */
export function pageMainThread(events: readonly TraceEvent[]): string | undefined {
  const count = new Map<string, number>();
  for (const e of events) count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.['name'] === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  return mains.sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0))[0];
}

/**
 * Busy time (ms) of every thread between `from` and `to` (trace clock, µs), summed by the
 * thread's name without its number ("ThreadPoolForegroundWorker" for every raster worker):
 * on two cores, what the raster, compositor and display threads take a step is taken from
 * the main thread's core as well. Nested events count once (selfTimes).
 */
export function busyByThread(events: readonly TraceEvent[], from: number, to: number): Map<string, number> {
  const names = new Map<string, string>();
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    const name = e.args?.['name'];
    if (e.ph === 'M' && e.name === 'thread_name') names.set(thread, typeof name === 'string' ? name : thread);
    else if (e.ts >= from && e.ts <= to) {
      const own = byThread.get(thread);
      if (own) own.push(e);
      else byThread.set(thread, [e]);
    }
  }
  const busy = new Map<string, number>();
  for (const [thread, own] of byThread) {
    const name = (names.get(thread) ?? thread).replace(/\d+$/, '');
    const total = [...selfTimes(own).values()].reduce((a, b) => a + b, 0);
    if (total > 0) busy.set(name, (busy.get(name) ?? 0) + total);
  }
  return busy;
}

/** A V8 CPU profile as the Profiler domain returns it (microseconds). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const frameName = ({ functionName, url, lineNumber }: CpuProfile['nodes'][number]['callFrame']) => `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;

/**
 * Inclusive time per function (ms) between `from` and `to` (profile clock, µs): the time
 * of every sample with the function anywhere on its stack, once per sample even when the
 * function recurses.
 */
export function inclusiveTimes(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const weight = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < from || t > to) continue;
    const seen = new Set<string>();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node) break;
      const name = frameName(node.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      out.set(name, (out.get(name) ?? 0) + weight);
    }
  }
  return out;
}

/** A sampling heap profile's tree, as HeapProfiler.stopSampling returns it. */
export interface HeapNode {
  callFrame: CpuProfile['nodes'][number]['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated per function over the sampled span. */
export function allocations(head: HeapNode): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (n: HeapNode) => {
    const name = frameName(n.callFrame);
    out.set(name, (out.get(name) ?? 0) + n.selfSize);
    for (const c of n.children) visit(c);
  };
  visit(head);
  return out;
}

/** The largest entries of `m` as lines, each divided by `per` (e.g. per drag step). */
export function topLines(m: Map<string, number>, { per = 1, count = 20, unit = 'ms' } = {}): string[] {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, v]) => `${(v / per).toFixed(2).padStart(8)} ${unit}  ${name}`);
}
