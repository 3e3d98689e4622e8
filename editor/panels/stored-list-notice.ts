import { useEffect } from 'react';
import { useEditor } from '../store/editor-store.ts';

/**
 * Once, when a list read back from browser storage had entries that could not be read: a
 * notice naming the first few by pointer, and whether the stored list was kept aside.
 * `what` completes "Some … could not be read".
 */
export function useStoredListNotice(loaded: { problems: string[]; setAsideAs: string | undefined }, what: string): void {
  const notify = useEditor((s) => s.notify);
  useEffect(() => {
    const n = loaded.problems.length;
    if (n === 0) return;
    notify({
      tone: 'warning',
      title: `Some ${what} could not be read and are not shown (${n} ${n === 1 ? 'problem' : 'problems'}).`,
      details: [...loaded.problems.slice(0, 5), loaded.setAsideAs === undefined ? 'They could not be kept aside either.' : 'The stored list was kept aside, not deleted.'],
    });
  }, [loaded, notify, what]);
}
