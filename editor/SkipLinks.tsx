/** Moves focus to a landmark without touching the URL (its fragment may carry a share link). */
function skipTo(id: string) {
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}

/** The first two Tab stops: straight to the preview or the controls, past the toolbar. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {[
        ['preview', 'Skip to preview'],
        ['controls', 'Skip to controls'],
      ].map(([id = '', label]) => (
        <a
          key={id}
          href={`#${id}`}
          className="skip-link"
          onClick={(e) => {
            e.preventDefault();
            skipTo(id);
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
