import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page prints (the print dialog, "Save as PDF", a headless `page.pdf()`).
 * The change is rendered synchronously inside `beforeprint`: the browser lays the page out
 * for print as soon as the event returns, so whatever prints differently (a report's charts
 * restyled to the paper's colours) must already be in the DOM.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
