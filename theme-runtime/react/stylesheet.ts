import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps `css` applied to the document while the calling component is mounted, through a
 * constructed stylesheet: no <style> element, so it works under a Content-Security-Policy
 * that forbids inline styles. Where constructed sheets are unsupported it falls back to a
 * <style> element.
 */
export function useDocumentStylesheet(css: string): void {
  const sheet = useRef<CSSStyleSheet | HTMLStyleElement | null>(null);

  useLayoutEffect(() => {
    if (typeof document === 'undefined') return;
    const constructable = 'adoptedStyleSheets' in document && typeof CSSStyleSheet.prototype.replaceSync === 'function';
    if (constructable) {
      const created = new CSSStyleSheet();
      sheet.current = created;
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, created];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== created);
        sheet.current = null;
      };
    }
    const element = document.createElement('style');
    document.head.append(element);
    sheet.current = element;
    return () => {
      element.remove();
      sheet.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const current = sheet.current;
    if (current instanceof HTMLStyleElement) current.textContent = css;
    else current?.replaceSync(css);
  }, [css]);
}
