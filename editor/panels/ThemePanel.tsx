import { useEffect, useState, type ReactNode } from 'react';
import { AccessibilityPanel } from './AccessibilityPanel.tsx';
import { BrandStart } from './BrandStart.tsx';
import { ColorsPanel } from './ColorsPanel.tsx';
import { ChartsPanel } from './ChartsPanel.tsx';
import { ColorwayPanel } from './ColorwayPanel.tsx';
import { ContainersPanel } from './ContainersPanel.tsx';
import { IdentityPanel } from './IdentityPanel.tsx';
import { LayoutPanel } from './LayoutPanel.tsx';
import { PresetGallery } from './PresetGallery.tsx';
import { ReportsPanel } from './ReportsPanel.tsx';
import { ScalesPanel } from './ScalesPanel.tsx';
import { TypographyPanel } from './TypographyPanel.tsx';
import { scrollIntoViewSettled } from '../ui/scroll-to.ts';

const SECTIONS: [id: string, label: string, panel: ReactNode][] = [
  [
    'section-preset',
    'Preset',
    <section key="preset" className="panel-section" aria-labelledby="preset-heading">
      <h2 className="panel-heading" id="preset-heading">
        Preset
      </h2>
      <PresetGallery />
      <BrandStart />
    </section>,
  ],
  ['section-theme', 'Theme', <IdentityPanel key="identity" />],
  ['section-colors', 'Colours', <ColorsPanel key="colors" />],
  ['section-colorway', 'Colorway', <ColorwayPanel key="colorway" />],
  ['section-scales', 'Scales', <ScalesPanel key="scales" />],
  ['section-type', 'Type', <TypographyPanel key="type" />],
  ['section-layout', 'Layout', <LayoutPanel key="layout" />],
  ['section-containers', 'Containers', <ContainersPanel key="containers" />],
  ['section-charts', 'Charts', <ChartsPanel key="charts" />],
  ['section-reports', 'Reports', <ReportsPanel key="reports" />],
  ['section-checks', 'Checks', <AccessibilityPanel key="checks" />],
];

/** Scrolls to a section and puts focus there, so the next Tab continues inside it. */
export function goToSection(id: string): void {
  const section = document.getElementById(id);
  if (section) scrollIntoViewSettled(section, { block: 'start' });
  section?.focus({ preventScroll: true });
}

/** The control panel: sections in the order a theme is usually made, with an index on top. */
export function ThemePanel() {
  // Lazy rendering of sections out of view starts once all have been laid out (editor.css).
  const [lazy, setLazy] = useState(false);
  useEffect(() => {
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => setLazy(true))));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <aside className={lazy ? 'panel panel-lazy' : 'panel'} id="controls" tabIndex={-1} aria-label="Theme settings">
      <nav className="panel-index" aria-label="Sections">
        {SECTIONS.map(([id, label]) => (
          <a
            key={id}
            href={`#${id}`}
            onClick={(e) => {
              e.preventDefault();
              goToSection(id);
            }}
          >
            {label}
          </a>
        ))}
      </nav>
      {SECTIONS.map(([id, , panel]) => (
        // A focus target (tabindex -1: reachable by the index and by "Go to setting", not by Tab).
        <div key={id} id={id} className="panel-anchor" tabIndex={-1}>
          {panel}
        </div>
      ))}
    </aside>
  );
}
