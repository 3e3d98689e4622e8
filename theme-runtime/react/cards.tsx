import { Children, cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { cx } from './class-names.ts';
import { useHeadingText } from './heading-text.ts';
import { FullscreenToggle } from './fullscreen-toggle.tsx';
import { PresentingContext, useFullscreen, type FullscreenProps } from './fullscreen.ts';
import type { ElementProps } from './layout.tsx';

type DivProps = ElementProps;

export interface CardProps extends DivProps, FullscreenProps {
  /** Shows a button that puts the card in presentation mode (full screen) and back. */
  expandable?: boolean | undefined;
}

/** A content surface. With `expandable` (or a controlled `fullscreen`) it can fill the screen. */
export function Card({ className, expandable = false, fullscreen, defaultFullscreen, onFullscreenChange, children, ...rest }: CardProps) {
  const [on, setOn] = useFullscreen({ fullscreen, defaultFullscreen, onFullscreenChange });
  const name = nameOf(rest['aria-label'], rest.title);
  const toggle = (placement?: 'inline') => <FullscreenToggle on={on} onToggle={() => setOn(!on)} name={name} placement={placement} />;
  // The button goes at the end of the card's own header (its first CardHeader child), so the
  // header's rule runs under it and it follows the title in reading order; without one, it floats.
  let placed = false as boolean; // set by the map below
  const content = expandable
    ? Children.map(children, (child) => {
        if (placed || !isValidElement<CardHeaderProps>(child) || child.type !== CardHeader) return child;
        placed = true;
        return cloneElement(child, { action: <>{child.props.action}{toggle('inline')}</> });
      })
    : children;
  return (
    <div
      {...rest}
      className={cx('dk-Card', className)}
      {...presentationProps(on, rest, name)}
    >
      {expandable && !placed && toggle()}
      <PresentingContext value={on}>{content}</PresentingContext>
    </div>
  );
}

/**
 * What a card in presentation mode tells the browser and screen readers: it is a modal
 * dialog, named by its own label, or "Presentation" (a dialog needs a name).
 */
function presentationProps(on: boolean, own: Pick<DivProps, 'role' | 'aria-label' | 'aria-labelledby'>, name: string | undefined) {
  return {
    'data-fullscreen': on ? 'true' : undefined,
    role: on ? 'dialog' : own.role,
    'aria-modal': on ? true : undefined,
    'aria-label': on && own['aria-labelledby'] === undefined ? (name ?? 'Presentation') : own['aria-label'],
  };
}

/** The accessible name of what a full-screen button expands, if the component has one to give. */
export function nameOf(...candidates: unknown[]): string | undefined {
  return candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
}


export interface CardHeaderProps extends DivProps {
  /** What sits at the header's end, after the title: buttons, a menu, a tag. An expandable Card adds its full-screen button here. */
  action?: ReactNode;
}

export function CardHeader({ className, children, action, ...rest }: CardHeaderProps) {
  return (
    <div {...rest} className={cx('dk-CardHeader', className)}>
      {useHeadingText(children)}
      {action !== undefined && <span className="dk-CardHeader__action">{action}</span>}
    </div>
  );
}

export function CardFooter({ className, ...rest }: DivProps) {
  return <div {...rest} className={cx('dk-CardFooter', className)} />;
}

export interface ControlCardProps extends Omit<DivProps, 'title'> {
  /** A heading above the controls. */
  title?: ReactNode | undefined;
}

/** A card that groups controls, with an optional title. */
export function ControlCard({ className, title, children, ...rest }: ControlCardProps) {
  const heading = useHeadingText(title);
  return (
    <div {...rest} className={cx('dk-ControlCard', className)} role={rest.role ?? 'group'}>
      {title !== undefined && <div className="dk-ControlCard__title">{heading}</div>}
      {children}
    </div>
  );
}

export interface ControlItemProps extends Omit<DivProps, 'children'> {
  /** The control's visible label, tied to it for screen readers and clicks. */
  label: ReactNode;
  /** A line under the control, announced with it (aria-describedby). */
  hint?: ReactNode | undefined;
  /** One form control (input, select…); it is labelled and styled by the theme. */
  children: ReactElement<{ id?: string; className?: string; type?: string; 'aria-describedby'?: string }>;
}

/** How a control lays out beside its label: a checkbox or radio before it, a range full width. */
function controlKind(child: ReactElement<{ type?: string }>): 'check' | 'range' | undefined {
  if (child.type !== 'input') return undefined;
  const type = child.props.type;
  return type === 'checkbox' || type === 'radio' ? 'check' : type === 'range' ? 'range' : undefined;
}

/** A labelled control: the label is tied to the control for screen readers and clicks. */
export function ControlItem({ className, label, hint, children, ...rest }: ControlItemProps) {
  const generated = useId();
  const child = Children.only(children);
  const id = (isValidElement(child) ? child.props.id : undefined) ?? generated;
  const hintId = `${id}-hint`;
  const kind = controlKind(child);
  const labelElement = (
    <label className="dk-ControlItem__label" htmlFor={id}>
      {label}
    </label>
  );
  const control = cloneElement(child, {
    id,
    className: cx('dk-ControlItem__control', child.props.className),
    ...(hint === undefined ? {} : { 'aria-describedby': hintId }),
  });
  return (
    <div {...rest} className={cx('dk-ControlItem', className)} data-control={kind}>
      {kind === 'check' ? control : labelElement}
      {kind === 'check' ? labelElement : control}
      {hint !== undefined && (
        <div className="dk-ControlItem__hint" id={hintId}>
          {hint}
        </div>
      )}
    </div>
  );
}

export interface DataCardProps extends DivProps, FullscreenProps {
  /** Shows a button that puts the card in presentation mode (full screen) and back. */
  expandable?: boolean | undefined;
  /** What is measured, e.g. "Revenue". */
  label: ReactNode;
  /** The figure itself, e.g. "$1.24M". */
  value: ReactNode;
  /** The change, e.g. "+8.1 %" or -3; coloured by its sign unless `trend` says otherwise. */
  delta?: ReactNode | undefined;
  /** Overrides the direction read from `delta`'s sign (colour and the word read to screen readers). */
  trend?: 'up' | 'down' | 'neutral' | undefined;
}

function trendOf(delta: ReactNode): 'up' | 'down' | 'neutral' {
  if (typeof delta === 'number') return delta > 0 ? 'up' : delta < 0 ? 'down' : 'neutral';
  // A leading sign or arrow, after any spaces: "+8.1 %", "▲ 3", "−0.3 pt" (a minus sign or a hyphen).
  if (typeof delta === 'string') return /^\s*[+▲]/.test(delta) ? 'up' : /^\s*[-−▼]/.test(delta) ? 'down' : 'neutral';
  return 'neutral';
}

const DELTA_PART = { up: 'deltaPositive', down: 'deltaNegative', neutral: 'deltaNeutral' } as const;
const DELTA_WORD = { up: 'up', down: 'down', neutral: 'unchanged' } as const;

/** A KPI tile: label, value and a delta coloured by direction (with a word for screen readers). */
export function DataCard({ className, label, value, delta, trend, expandable = false, fullscreen, defaultFullscreen, onFullscreenChange, ...rest }: DataCardProps) {
  const direction = trend ?? trendOf(delta);
  const [on, setOn] = useFullscreen({ fullscreen, defaultFullscreen, onFullscreenChange });
  const name = nameOf(rest['aria-label'], label);
  return (
    <div
      {...rest}
      className={cx('dk-DataCard', className)}
      {...presentationProps(on, rest, name)}
    >
      {expandable && <FullscreenToggle on={on} onToggle={() => setOn(!on)} name={name} />}
      <div className="dk-DataCard__label">{label}</div>
      <div className="dk-DataCard__value">{value}</div>
      {delta !== undefined && (
        // Positioned, so the word for screen readers is placed within the card: otherwise its
        // containing block is the page's, and a card low in a scrolling pane makes the page scroll.
        <div className={`dk-DataCard__${DELTA_PART[direction]}`} data-trend={direction} style={{ position: 'relative' }}>
          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {DELTA_WORD[direction]}{' '}
          </span>
          {delta}
        </div>
      )}
    </div>
  );
}
