// Counts the React components that render, in a production build, through the hook React
// DevTools use (`__REACT_DEVTOOLS_GLOBAL_HOOK__`): React calls `onCommitFiberRoot` after
// every commit. A component rendered in a commit when its fiber performed work; a subtree
// whose child list React reused untouched bailed out and is not walked (as DevTools do).
import type { Page } from 'playwright-core';

interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

/** An init script: installs the hook before React loads and keeps a running count on `window`. */
export function countRenders(): void {
  // React's fiber tags for components a person writes: function, class, forwardRef, memo, simple memo.
  const COMPONENTS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const state = { renders: 0 };
  const walk = (fiber: Fiber | null): void => {
    for (let f = fiber; f !== null; f = f.sibling) {
      if (COMPONENTS.has(f.tag) && (f.flags & PERFORMED_WORK) !== 0) state.renders += 1;
      if (f.alternate === null || f.child !== f.alternate.child) walk(f.child);
    }
  };
  let id = 0;
  Object.assign(window, {
    renderCount: state,
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => ++id,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => walk(root.current.child),
    },
  });
}

/** Components rendered since the page loaded, less `base`. */
export function rendersSince(page: Page, base: number): Promise<number> {
  return page.evaluate((b) => ((window as unknown as { renderCount?: { renders: number } }).renderCount?.renders ?? 0) - b, base);
}
