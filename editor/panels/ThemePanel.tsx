import { AccessibilityPanel } from './AccessibilityPanel.tsx';
import { ColorsPanel } from './ColorsPanel.tsx';
import { ChartsPanel } from './ChartsPanel.tsx';
import { ColorwayPanel } from './ColorwayPanel.tsx';
import { LayoutPanel } from './LayoutPanel.tsx';
import { PresetGallery } from './PresetGallery.tsx';
import { ScalesPanel } from './ScalesPanel.tsx';
import { TypographyPanel } from './TypographyPanel.tsx';

const SECTIONS = [
  ['section-preset', 'Preset'],
  ['section-colors', 'Colours'],
  ['section-colorway', 'Colorway'],
  ['section-scales', 'Scales'],
  ['section-type', 'Type'],
  ['section-layout', 'Layout'],
  ['section-charts', 'Charts'],
  ['section-checks', 'Checks'],
] as const;

/** The control panel: sections in the order a theme is usually made, with an index on top. */
export function ThemePanel() {
  return (
    <aside className="panel" aria-label="Theme settings">
      <nav className="panel-index" aria-label="Sections">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`} onClick={(e) => {
            e.preventDefault();
            document.getElementById(id)?.scrollIntoView({ block: 'start' });
          }}>
            {label}
          </a>
        ))}
      </nav>
      <section className="panel-section" id="section-preset">
        <h2 className="panel-heading">Preset</h2>
        <PresetGallery />
      </section>
      <div id="section-colors">
        <ColorsPanel />
      </div>
      <div id="section-colorway">
        <ColorwayPanel />
      </div>
      <ScalesPanel />
      <TypographyPanel />
      <LayoutPanel />
      <ChartsPanel />
      <AccessibilityPanel />
    </aside>
  );
}
