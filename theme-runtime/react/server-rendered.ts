import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * True while rendering on the server, and during the client's hydration of that markup
 * (React renders hydration with the server snapshot, so both produce the same elements);
 * false for every client render after it, and for apps that never render on a server.
 */
export function useServerRendered(): boolean {
  return useSyncExternalStore(
    never,
    () => false,
    () => true,
  );
}
