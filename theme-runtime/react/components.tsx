import { useState, type ButtonHTMLAttributes, type HTMLAttributes } from 'react';
import { mergeStyles, useComponentProps } from './use-component-props.ts';

type DivProps = HTMLAttributes<HTMLDivElement>;

/** The app's root: page background, body font and text colour. */
export function App({ style, ...rest }: DivProps) {
  const props = useComponentProps('App');
  return <div {...rest} style={mergeStyles(props.style, style)} />;
}

export function Header({ style, ...rest }: HTMLAttributes<HTMLElement>) {
  const props = useComponentProps('Header');
  return <header {...rest} style={mergeStyles(props.style, style)} />;
}

export function Title({ style, ...rest }: HTMLAttributes<HTMLHeadingElement>) {
  const props = useComponentProps('Title');
  return <h1 {...rest} style={mergeStyles(props.style, style)} />;
}

export function Card({ style, ...rest }: DivProps) {
  const props = useComponentProps('Card');
  return <div {...rest} style={mergeStyles(props.style, style)} />;
}

/** A themed button; hover, keyboard focus and disabled states come from the theme. */
export function Button({ style, disabled, onMouseEnter, onMouseLeave, onFocus, onBlur, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const props = useComponentProps('Button');
  const [hover, setHover] = useState(false);
  const [focusVisible, setFocusVisible] = useState(false);
  return (
    <button
      type="button"
      {...rest}
      disabled={disabled}
      onMouseEnter={(e) => {
        setHover(true);
        onMouseEnter?.(e);
      }}
      onMouseLeave={(e) => {
        setHover(false);
        onMouseLeave?.(e);
      }}
      onFocus={(e) => {
        // Only keyboard focus shows the ring, as :focus-visible would.
        setFocusVisible(e.currentTarget.matches(':focus-visible'));
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setFocusVisible(false);
        onBlur?.(e);
      }}
      style={mergeStyles(
        props.style,
        hover && disabled !== true && props.states.hover,
        focusVisible && props.states.focus,
        disabled === true && props.states.disabled,
        style,
      )}
    />
  );
}
