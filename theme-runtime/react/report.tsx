import { cx } from './class-names.ts';
import type { ElementProps } from './layout.tsx';

/**
 * A printable report: on screen, pages on a neutral desk; printed (or saved as PDF), A4
 * pages with the theme's margins, a page break after each Page and "Page n of m" numbers.
 */
export function Report({ className, ...rest }: ElementProps) {
  return <div {...rest} className={cx('dk-Report', className)} />;
}

export type PageProps = ElementProps<HTMLElement> & {
  /** Show "Page n" at the foot on screen (print always numbers pages in the margin). */
  numbered?: boolean | undefined;
};

export function Page({ className, numbered = true, children, ...rest }: PageProps) {
  return (
    <section {...rest} className={cx('dk-Page', className)}>
      {children}
      {numbered && <div className="dk-Page__pageNumber" aria-hidden="true" />}
    </section>
  );
}
