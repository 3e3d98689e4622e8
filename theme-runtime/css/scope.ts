// What ThemeProvider needs of the stylesheet's naming without the compilers behind it.

/** A class name safe to put in a selector. */
export function safeScope(scope: string): string {
  const cleaned = scope.replace(/[^a-zA-Z0-9_-]/g, '');
  return /^[a-zA-Z]/.test(cleaned) ? cleaned : `dk-${cleaned}`;
}

/** The cascade layer of the components' stylesheet (see componentStylesheet). */
export const STYLESHEET_LAYER = 'design-kit';
