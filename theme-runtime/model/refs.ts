import { isColorRole, type ColorRole } from './roles.ts';

/** A colour reference: `{accent}` names a role of the same mode. */
export type RoleRef = `{${ColorRole}}`;

/** `{ roleName }`, spaces allowed inside the braces. */
export const ROLE_REF = /^\{\s*([A-Za-z]+)\s*\}$/;

/** The role a `{role}` reference names, or undefined for a plain colour or an unknown role. */
export function roleOfRef(value: string): ColorRole | undefined {
  const name = ROLE_REF.exec(value)?.[1];
  return name !== undefined && isColorRole(name) ? name : undefined;
}
