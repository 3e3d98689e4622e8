import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { parseTheme, type ParseResult, type Theme } from '../../theme-runtime/index.ts';

// A theme in the URL fragment (#theme=…): JSON, zlib-compressed, base64url. The fragment
// never reaches a server, and opening one goes through parseTheme like any other theme.

const PARAM = 'theme';
/** Refuse to inflate more than this: a link is no place for a 5 MB document. */
const MAX_JSON_BYTES = 256 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function shareFragment(theme: Theme): string {
  return `#${PARAM}=${toBase64Url(zlibSync(strToU8(JSON.stringify(theme)), { level: 9 }))}`;
}

/** The theme in a `#theme=…` fragment; undefined when the fragment holds none. */
export function readShareFragment(hash: string): ParseResult | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM);
  if (value === null) return undefined;
  const damaged = (why: string): ParseResult => ({ ok: false, errors: [{ path: '', message: `the share link is damaged (${why}); ask for a new one` }] });
  let json: string;
  try {
    const inflated = unzlibSync(fromBase64Url(value), { out: new Uint8Array(MAX_JSON_BYTES) });
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
