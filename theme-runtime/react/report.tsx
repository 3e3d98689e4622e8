import type { HTMLAttributes } from 'react';
import { cx } from './class-names.ts';

/**
 * A printable report: on screen, pages on a neutral desk; printed (or saved as PDF), A4
 * pages with the theme's margins, a page break after each Page and "Page n of m" numbers.
 */
export function Report({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div {...rest} className={cx('dk-Report', className)} />;
}

export interface PageProps extends HTMLAttributes<HTMLElement> {
  /** Show "Page n" at the foot on screen (print always numbers pages in the margin). */
  numbered?: boolean;
}

export function Page({ className, numbered = true, children, ...rest }: PageProps) {
  return (
    <section {...rest} className={cx('dk-Page', className)}>
      {children}
      {numbered && <div className="dk-Page__pageNumber" aria-hidden="true" />}
    </section>
  );
}
