import { useId, useRef, useState, type ButtonHTMLAttributes, type HTMLAttributes, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { cx } from './class-names.ts';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> | undefined };

export function Button({ className, type = 'button', ...rest }: ButtonProps) {
  return <button {...rest} type={type} className={cx('dk-Button', className)} />;
}

export interface TagProps extends HTMLAttributes<HTMLSpanElement> {
  ref?: Ref<HTMLSpanElement> | undefined;
  /**
   * Shows the tag in its selected style. A plain span may not carry `aria-selected`; a tag a
   * person can toggle belongs in a Button with `aria-pressed`.
   */
  selected?: boolean | undefined;
}

export function Tag({ className, selected = false, ...rest }: TagProps) {
  return <span {...rest} className={cx('dk-Tag', className)} data-state={selected ? 'active' : undefined} />;
}

export interface NotificationProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  ref?: Ref<HTMLDivElement> | undefined;
  /** The kind of message: its colour, and whether it is announced at once (warning, error). */
  tone?: 'info' | 'success' | 'warning' | 'error' | undefined;
  /** A bold first line. */
  title?: ReactNode | undefined;
}

/** A message strip. Warnings and errors are announced at once (role=alert), the rest politely. */
export function Notification({ className, tone = 'info', title, children, ...rest }: NotificationProps) {
  const urgent = tone === 'warning' || tone === 'error';
  return (
    <div role={urgent ? 'alert' : 'status'} {...rest} className={cx('dk-Notification', className)} data-tone={tone}>
      <div>
        {title !== undefined && <div className="dk-Notification__title">{title}</div>}
        {children}
      </div>
    </div>
  );
}

export interface TabItem {
  value: string;
  label: ReactNode;
  content: ReactNode;
  disabled?: boolean | undefined;
}

export interface TabsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'defaultValue'> {
  /** The tabs, in order: each a `value`, a `label`, its `content` and optionally `disabled`. */
  items: TabItem[];
  /** The selected tab's value, controlled. */
  value?: string | undefined;
  /** The tab selected at first, uncontrolled; default the first enabled one. */
  defaultValue?: string | undefined;
  /** Called with the value of the tab the person selects. */
  onValueChange?: ((value: string) => void) | undefined;
  /** Accessible name of the tab list. */
  label?: string | undefined;
}

/**
 * Tabs following the WAI-ARIA tabs pattern: arrow keys move between tabs (and select them),
 * Home/End jump to the ends, only the selected tab is in the Tab order.
 */
export function Tabs({ className, items, value, defaultValue, onValueChange, label, ...rest }: TabsProps) {
  const id = useId();
  const enabled = items.filter((item) => item.disabled !== true);
  const [own, setOwn] = useState(defaultValue ?? enabled[0]?.value);
  const selected = value ?? own;
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const select = (next: string, focus = false) => {
    if (value === undefined) setOwn(next);
    onValueChange?.(next);
    if (focus) refs.current.get(next)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = enabled.findIndex((item) => item.value === selected);
    const go = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: enabled.length - 1 }[e.key];
    if (go === undefined || enabled.length === 0) return;
    e.preventDefault();
    const next = enabled[(go + enabled.length) % enabled.length];
    if (next) select(next.value, true);
  };

  return (
    <div {...rest} className={cx('dk-Tabs-root', className)}>
      <div role="tablist" aria-label={label} className="dk-Tabs" onKeyDown={onKeyDown}>
        {items.map((item) => {
          const on = item.value === selected;
          return (
            <button
              key={item.value}
              ref={(el) => {
                if (el) refs.current.set(item.value, el);
                else refs.current.delete(item.value);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${item.value}`}
              aria-selected={on}
              aria-controls={`${id}-panel-${item.value}`}
              tabIndex={on ? 0 : -1}
              disabled={item.disabled}
              className="dk-Tabs__tab"
              onClick={() => select(item.value)}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item) => (
        <div
          key={item.value}
          role="tabpanel"
          id={`${id}-panel-${item.value}`}
          aria-labelledby={`${id}-tab-${item.value}`}
          hidden={item.value !== selected}
          tabIndex={0}
          className="dk-Tabs__panel"
        >
          {item.value === selected && item.content}
        </div>
      ))}
    </div>
  );
}
