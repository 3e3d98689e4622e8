import { useMemo } from 'react';
import { cx } from './class-names.ts';
import { ThemeContext, useTheme } from './context.ts';
import type { ElementProps } from './layout.tsx';
import { usePrinting } from './printing.ts';

/**
 * A printable report. On screen: its pages on a neutral desk, in the mode the app shows.
 * Printed (or saved as PDF): the theme's paper (size, orientation, margins), each Page
 * from a new sheet, a running header and footer and "Page n of m" in the margins, and
 * the paper's colours — light unless the theme's report asks for dark — whatever the
 * screen shows: the stylesheet recolours the components, and the charts inside restyle
 * to the paper's mode for as long as the page prints.
 */
export function Report({ className, ...rest }: ElementProps) {
  const outer = useTheme();
  const printing = usePrinting();
  // The paper's mode (model/paper.ts), written out: importing it would split a chunk off for one line.
  const mode = printing ? (outer.theme.report?.paper ?? 'light') : outer.mode;
  // Always the same tree: a provider that came and went would remount (redraw) every chart.
  const value = useMemo(() => (mode === outer.mode && !printing ? outer : { ...outer, mode, printing }), [outer, mode, printing]);
  return (
    <ThemeContext.Provider value={value}>
      <div {...rest} className={cx('dk-Report', className)} />
    </ThemeContext.Provider>
  );
}

export type PageProps = ElementProps<HTMLElement> & {
  /** Show "Page n" at the foot on screen (printed, the theme's `report.pageNumbers` decides). Default: the theme's setting. */
  numbered?: boolean | undefined;
};

/**
 * One page of a Report: a sheet on screen, with the theme's running header and footer;
 * printed, those go to the sheet's margins, and a page longer than a sheet flows on.
 */
export function Page({ className, numbered: ownNumbered, children, ...rest }: PageProps) {
  const { header, footer, pageNumbers } = useTheme().theme.report ?? {};
  const numbered = ownNumbered ?? pageNumbers ?? true;
  return (
    <section {...rest} className={cx('dk-Page', className)}>
      {header !== undefined && header !== '' && (
        <div className="dk-Page__running" aria-hidden="true">
          {header}
        </div>
      )}
      {children}
      {(numbered || (footer !== undefined && footer !== '')) && (
        <div className="dk-Page__running dk-Page__runningFoot" aria-hidden="true">
          <span>{footer}</span>
          {numbered && <span className="dk-Page__pageNumber" />}
        </div>
      )}
    </section>
  );
}
