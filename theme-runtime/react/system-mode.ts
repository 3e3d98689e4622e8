import { useSyncExternalStore } from 'react';
import type { Mode } from '../model/types.ts';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const snapshot = (): Mode => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches ? 'dark' : 'light');

/** The operating system's colour scheme, following it live. Light where there is no window. */
export function useSystemMode(): Mode {
  return useSyncExternalStore(subscribe, snapshot, () => 'light');
}
