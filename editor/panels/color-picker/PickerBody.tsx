import { createContext, useContext, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { alphaOf, normalizeColor, withAlpha } from '../../../theme-runtime/index.ts';
import { formatColor, hexToHsv, hsvToHex, type ColorFormat, type Hsv } from './color-math.ts';

interface EyeDropperApi {
  open: () => Promise<{ sRGBHex: string }>;
}
declare global {
  interface Window {
    EyeDropper?: new () => EyeDropperApi;
  }
}

const FORMATS: [ColorFormat, string][] = [
  ['hex', 'HEX'],
  ['rgb', 'RGB'],
  ['hsl', 'HSL'],
  ['oklch', 'OKLCH'],
];

/** What the open picker edits and how it reports back. */
export interface PickerValue {
  label: string;
  value: string;
  /** `live` while dragging: the editor merges those into one undo step. */
  onChange: (color: string, live: boolean) => void;
  onCommit: () => void;
  format: ColorFormat;
  onFormat: (format: ColorFormat) => void;
  /** The hue last picked, for a grey (whose own hue is undefined), across openings. */
  hue: number | undefined;
  onHue: (hue: number) => void;
}

/**
 * The picker's value reaches its body through context, past the popover's own parts (a
 * dozen components): a drag step renders the body, not the popover around it.
 */
export const PickerContext = createContext<PickerValue | null>(null);

/** The picker's controls: the saturation/brightness area, hue and opacity, any CSS colour, the eyedropper. */
export function PickerBody() {
  const picker = useContext(PickerContext);
  if (picker === null) throw new Error('PickerBody is rendered inside a PickerContext');
  const { label, value, onChange, onCommit, format, onFormat, hue, onHue } = picker;
  const [hsv, setHsvState] = useState<Hsv>(() => hexToHsv(value, hue));
  const setHsv = (next: Hsv) => {
    onHue(next[0]);
    setHsvState(next);
  };
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const area = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  // Follow outside changes (undo, typing in the field) while rendering, keeping our hue
  // for greys; React re-renders at once with the updated state.
  const [tracked, setTracked] = useState(value);
  if (tracked !== value) {
    setTracked(value);
    if (hsvToHex(hsv) !== value.slice(0, 7)) setHsvState(hexToHsv(value, hsv[0]));
  }

  // Opacity is kept through every change of hue, saturation and brightness: a translucent
  // colour stays translucent.
  const alpha = alphaOf(value);
  const apply = (next: Hsv, live: boolean, opacity = alpha) => {
    setHsv(next);
    onChange(withAlpha(hsvToHex(next), opacity), live);
  };

  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const box = area.current?.getBoundingClientRect();
    if (!box) return;
    const s = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    const v = Math.min(1, Math.max(0, 1 - (e.clientY - box.top) / box.height));
    apply([hsv[0], s, v], true);
  };

  const onAreaKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.1 : 0.01;
    const [h, s, v] = hsv;
    const moves: Record<string, Hsv> = {
      ArrowLeft: [h, s - step, v],
      ArrowRight: [h, s + step, v],
      ArrowUp: [h, s, v + step],
      ArrowDown: [h, s, v - step],
    };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    apply(next, true);
  };

  const pick = () => {
    const Dropper = window.EyeDropper;
    if (!Dropper) return;
    new Dropper().open().then(
      ({ sRGBHex }) => {
        const hex = normalizeColor(sRGBHex);
        if (hex !== undefined) {
          setHsv(hexToHsv(hex, hsv[0]));
          onChange(withAlpha(hex, alpha), false);
          onCommit();
        }
      },
      () => undefined, // Escape: the person changed their mind.
    );
  };

  const commitText = () => {
    if (text === undefined) return;
    const hex = normalizeColor(text);
    if (hex === undefined) {
      setError(`'${text.trim()}' is not a colour`);
      return;
    }
    setError(undefined);
    setText(undefined);
    setHsv(hexToHsv(hex, hsv[0]));
    onChange(hex, false);
    onCommit();
  };

  const hueColor = hsvToHex([hsv[0], 1, 1]);
  return (
    <>
      <div
        ref={area}
        className="picker-area"
        role="slider"
        tabIndex={0}
        aria-label={`${label}: saturation and brightness`}
        aria-valuetext={`saturation ${Math.round(hsv[1] * 100)} %, brightness ${Math.round(hsv[2] * 100)} %`}
        aria-valuenow={Math.round(hsv[1] * 100)}
        style={{ background: `linear-gradient(to top, #000, transparent), linear-gradient(to right, #fff, ${hueColor})` }}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          fromPointer(e);
        }}
        onPointerMove={(e) => dragging.current && fromPointer(e)}
        onPointerUp={() => {
          dragging.current = false;
          onCommit();
        }}
        onKeyDown={onAreaKey}
        onKeyUp={onCommit}
      >
        <span className="picker-thumb" style={{ left: `${hsv[1] * 100}%`, top: `${(1 - hsv[2]) * 100}%`, background: value }} />
      </div>
      <input
        type="range"
        className="picker-hue"
        aria-label={`${label}: hue`}
        min={0}
        max={359}
        value={Math.round(hsv[0])}
        onChange={(e) => apply([Number(e.target.value), hsv[1], hsv[2]], true)}
        onPointerUp={onCommit}
        onKeyUp={onCommit}
      />
      <input
        type="range"
        className="picker-alpha"
        aria-label={`${label}: opacity`}
        aria-valuetext={`${Math.round(alpha * 100)} %`}
        min={0}
        max={100}
        value={Math.round(alpha * 100)}
        style={{ background: `linear-gradient(to right, transparent, ${value.slice(0, 7)}), repeating-conic-gradient(#d0d4da 0 25%, #fff 0 50%) 0 0 / 10px 10px` }}
        onChange={(e) => apply(hsv, true, Number(e.target.value) / 100)}
        onPointerUp={onCommit}
        onKeyUp={onCommit}
      />
      <div className="picker-row">
        <select aria-label="Colour format" value={format} onChange={(e) => onFormat(e.target.value as ColorFormat)}>
          {FORMATS.map(([f, name]) => (
            <option key={f} value={f}>
              {name}
            </option>
          ))}
        </select>
        <input
          type="text"
          aria-label={`${label}: any CSS colour`}
          spellCheck={false}
          value={text ?? (format === 'hex' ? value : formatColor(value.slice(0, 7), format))}
          aria-invalid={error !== undefined}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          onKeyDown={(e) => e.key === 'Enter' && commitText()}
          onBlur={commitText}
        />
        {window.EyeDropper !== undefined && (
          <button type="button" onClick={pick} aria-label="Pick a colour from the screen" title="Pick from the screen">
            {/* A pipette, drawn: the "⌖" it replaced is missing from many systems' fonts. */}
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M10.5 2.5a2.1 2.1 0 0 1 3 3L12 7l1 1-1.5 1.5-1-1L5 14H2v-3l5.5-5.5-1-1L8 3l1 1z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
            </svg>
          </button>
        )}
      </div>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
