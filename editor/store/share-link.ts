import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { parseTheme, type ParseResult, type Theme } from '../../theme-runtime/index.ts';

// A theme in the URL fragment (#theme=…): JSON, zlib-compressed, base64url. The fragment
// never reaches a server, and opening one goes through parseTheme like any other theme.

const PARAM = 'theme';
/** Refuse to inflate more than this: a link is no place for a 5 MB document. */
export const MAX_SHARE_JSON_BYTES = 256 * 1024;
const TOO_LONG = `it holds more than ${MAX_SHARE_JSON_BYTES / 1024} KB of theme, more than a link carries; ask for the theme file instead (Export → Theme file)`;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export type ShareFragment = { ok: true; fragment: string } | { ok: false; message: string };

/** `#theme=…` for a theme, or why it cannot travel in a link (the reader would refuse it). */
export function shareFragment(theme: Theme): ShareFragment {
  const json = strToU8(JSON.stringify(theme));
  if (json.length > MAX_SHARE_JSON_BYTES) {
    return { ok: false, message: `This theme is ${Math.ceil(json.length / 1024)} KB, too large for a share link (at most ${MAX_SHARE_JSON_BYTES / 1024} KB). Export the theme file and send that instead.` };
  }
  return { ok: true, fragment: `#${PARAM}=${toBase64Url(zlibSync(json, { level: 9 }))}` };
}

/** The theme in a `#theme=…` fragment; undefined when the fragment holds none. */
export function readShareFragment(hash: string): ParseResult | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM);
  if (value === null) return undefined;
  const damaged = (why: string): ParseResult => ({ ok: false, errors: [{ path: '', message: `the share link is damaged (${why}); ask for a new one` }] });
  let json: string;
  try {
    // One byte of room past the limit: fflate fills the buffer silently, so a full one means more was cut off.
    const inflated = unzlibSync(fromBase64Url(value), { out: new Uint8Array(MAX_SHARE_JSON_BYTES + 1) });
    if (inflated.length > MAX_SHARE_JSON_BYTES) return { ok: false, errors: [{ path: '', message: `the share link cannot be opened: ${TOO_LONG}` }] };
    json = strFromU8(inflated);
  } catch (e) {
    return damaged(e instanceof Error ? e.message : 'cannot be decoded');
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return damaged('it does not hold JSON');
  }
  return parseTheme(data);
}
