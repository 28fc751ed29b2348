import type { Plugin } from 'vite';
/** The module's code with its Lit templates minified (visible text and attribute values kept), or undefined when nothing changed. */
export function minifyTemplatesInCode(
  code: string,
  id?: string,
  opts?: { keepLines?: boolean },
): { code: string; map: unknown } | undefined;
/** Vite (Rolldown) plugin: minifies html``, svg`` and css`` in the kit's own sources at build time. */
export function minifyTemplates(): Plugin;
