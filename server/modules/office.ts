/**
 * The broker office a request acts for: the signed-in person's office, else the one the host
 * name maps to (set by the office middleware in app.ts), else the default office.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../auth.js';
import { DEFAULT_OFFICE } from './scope.js';

export function officeOf(c: Context<AppEnv>): string {
  return c.get('user')?.office ?? c.get('office') ?? DEFAULT_OFFICE;
}
