import { createContext, useCallback, useEffect, useState } from 'react';

export interface FullscreenProps {
  // `| undefined` so components can pass their props straight through.
  /** Controlled presentation mode. */
  fullscreen?: boolean | undefined;
  /** Uncontrolled start state. */
  defaultFullscreen?: boolean | undefined;
  /** Called when presentation mode is asked to change (button or Escape). */
  onFullscreenChange?: ((fullscreen: boolean) => void) | undefined;
}

/** Presentation-mode state, controlled or not; Escape leaves it. */
export function useFullscreen({ fullscreen, defaultFullscreen = false, onFullscreenChange }: FullscreenProps) {
  const [own, setOwn] = useState(defaultFullscreen);
  const on = fullscreen ?? own;
  const set = useCallback(
    (next: boolean) => {
      if (fullscreen === undefined) setOwn(next);
      onFullscreenChange?.(next);
    },
    [fullscreen, onFullscreenChange],
  );
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') set(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, set]);
  return [on, set] as const;
}

/**
 * True inside a card in presentation mode: a Graph there drops its own height and fills
 * what the card leaves below its header, and follows the window as it resizes.
 */
export const PresentingContext = createContext(false);
