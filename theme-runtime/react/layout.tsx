import type { HTMLAttributes, Ref } from 'react';
import { cx } from './class-names.ts';
import { useHeadingText } from './heading-text.ts';

/** An element's attributes and a `ref` to it (a plain prop since React 19). */
export type ElementProps<E extends HTMLElement = HTMLDivElement> = HTMLAttributes<E> & { ref?: Ref<E> | undefined };
type Props<E extends HTMLElement = HTMLDivElement> = ElementProps<E>;

/** The app's root: page background, body font and text colour. */
export function App({ className, ...rest }: Props) {
  return <div {...rest} className={cx('dk-App', className)} />;
}

/** The bar across the top: title, then whatever controls follow. */
export function Header({ className, ...rest }: Props<HTMLElement>) {
  return <header {...rest} className={cx('dk-Header', className)} />;
}

export function Title({ className, children, ...rest }: Props<HTMLHeadingElement>) {
  return (
    <h1 {...rest} className={cx('dk-Title', className)}>
      {useHeadingText(children)}
    </h1>
  );
}

/** A side column for navigation or controls; it becomes a top strip on phones. */
export function Sidebar({ className, ...rest }: Props<HTMLElement>) {
  return <aside {...rest} className={cx('dk-Sidebar', className)} />;
}

/** A row of blocks that stack below the theme's phone breakpoint. */
export function Row({ className, ...rest }: Props) {
  return <div {...rest} className={cx('dk-Row', className)} />;
}

export interface BlockProps extends Props {
  /** Relative width within its row (CSS flex-grow); default 1. */
  width?: number | undefined;
}

export function Block({ className, width, style, ...rest }: BlockProps) {
  return <div {...rest} className={cx('dk-Block', className)} style={width === undefined ? style : { flexGrow: width, ...style }} />;
}
