import * as Popover from '@radix-ui/react-popover';
import { useCallback, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { ColorFormat } from './color-math.ts';
import { PickerBody, PickerContext } from './PickerBody.tsx';

export interface ColorPickerProps {
  label: string;
  value: string;
  /** `live` while dragging: the editor merges those into one undo step. */
  onChange: (color: string, live: boolean) => void;
  onCommit: () => void;
  /** What the picker opens beside (the whole field), so it never covers the value it edits. */
  anchor?: RefObject<HTMLElement | null>;
}

/**
 * The swatch of a colour field, opening a picker: a saturation/brightness area (drag, or
 * arrow keys; Shift for bigger steps), a hue slider, a field that takes any CSS colour
 * with the value shown in HEX, RGB, HSL or OKLCH, and the screen eyedropper where the
 * browser offers one.
 *
 * Closed, it is the swatch alone: the popover's parts (a dozen components) are mounted only
 * while it is open. The editor shows dozens of colour fields and a drag of one colour can
 * change what many others show (a plot background moves twenty series and every scale's
 * stops): their closed popovers made up most of what a drag step rendered.
 */
export function ColorPicker({ label, value, onChange, onCommit, anchor }: ColorPickerProps) {
  const [open, setOpen] = useState(false);
  // Kept while closed: the format the person reads values in, and the hue a grey was picked at.
  const [format, setFormat] = useState<ColorFormat>('hex');
  const [hue, setHue] = useState<number>();
  const swatch = useRef<HTMLButtonElement>(null);
  const pickerId = useId();
  const close = useCallback(() => {
    setOpen(false);
    onCommit();
  }, [onCommit]);
  const picker = { label, value, onChange, onCommit, format, onFormat: setFormat, hue, onHue: setHue };
  const target = anchor ?? swatch;
  // One element while the picker stays open: a new value renders the body (through the
  // context), and React leaves the popover's parts as they are.
  const shell = useMemo(
    () => (
      <PickerShell id={pickerId} label={label} onClose={close} anchor={target} swatch={swatch}>
        <PickerBody />
      </PickerShell>
    ),
    [pickerId, label, close, target],
  );
  return (
    <>
      <button
        ref={swatch}
        type="button"
        className="swatch"
        aria-label={`${label} swatch`}
        title={`Pick ${label}`}
        style={{ background: value }}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? pickerId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      />
      {open && <PickerContext.Provider value={picker}>{shell}</PickerContext.Provider>}
    </>
  );
}

interface PickerShellProps {
  id: string;
  label: string;
  onClose: () => void;
  anchor: RefObject<HTMLElement | null>;
  swatch: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}

/** The open picker, beside its anchor; focus goes back to the swatch on Escape, and stays wherever the person pressed otherwise. */
function PickerShell({ id, label, onClose, anchor, swatch, children }: PickerShellProps) {
  // Closed by a press or focus elsewhere: focus stays where the person put it, not on the swatch.
  const leftFor = useRef(false);
  return (
    <Popover.Root open onOpenChange={(next) => !next && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          id={id}
          className="picker"
          side="right"
          align="start"
          sideOffset={12}
          collisionPadding={8}
          aria-label={`${label} colour picker`}
          // A press on the swatch is its own toggle, not a press outside.
          onInteractOutside={(e) => {
            if (e.target instanceof Node && swatch.current?.contains(e.target)) e.preventDefault();
            else leftFor.current = true;
          }}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            if (!leftFor.current) swatch.current?.focus();
          }}
        >
          {children}
          <Popover.Arrow className="picker-arrow" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
