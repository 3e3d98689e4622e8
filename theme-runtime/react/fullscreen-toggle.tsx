// The full-screen button of Card, DataCard and Graph: a file of its own, so the chart code
// (loaded with plotly.js) shares only this with the cards, not the cards themselves.

export interface FullscreenToggleProps {
  on: boolean;
  onToggle: () => void;
  /** `float` beside the content, or `inline` where the caller places it (a card's header, a chart's own row). */
  placement?: 'float' | 'inline' | undefined;
  /** What the button expands ("Revenue by region"): a page of twelve "Full screen" buttons tells a screen reader nothing. */
  name?: string | undefined;
}

// A presenting card lays out as a column (its chart takes the rest of the screen), where a
// float means nothing: the button sits in the corner instead, over the header's empty end.
const PRESENTING_TOGGLE = { position: 'absolute', top: '0.75rem', right: '0.75rem', zIndex: 1 } as const;

export function FullscreenToggle({ on, onToggle, placement = 'float', name }: FullscreenToggleProps) {
  const action = on ? 'Exit full screen' : 'Full screen';
  const label = name === undefined ? action : `${action}: ${name}`;
  // Floats right in a block card, sits at the end in a flex one (DataCard).
  return (
    <button type="button" className="dk-Button dk-FullscreenToggle" aria-pressed={on} aria-label={label} title={on ? `${label} (Esc)` : label} onClick={onToggle} style={{ ...(placement === 'float' ? (on ? PRESENTING_TOGGLE : { float: 'right' }) : {}), alignSelf: 'flex-end', padding: '2px 8px', lineHeight: 1 }}>
      {on ? '×' : '⤢'}
    </button>
  );
}
