/**
 * Writes the demo's header and footer (French, as the pages are written) into each page at build
 * time and in development, from the same markup main.ts renders (chrome.ts): the page is painted
 * with its header and footer in place, and nothing moves when main.ts runs (no layout shift).
 */
import type { Plugin } from 'vite';
import { footerHTML, headerHTML } from './chrome.js';

export function staticChrome(): Plugin {
  return {
    name: 'procura:demo-chrome',
    transformIndexHtml(html, ctx) {
      const here = ctx.path.split('/').pop() || 'index.html';
      return html
        .replace('<header data-demo></header>', `<header data-demo>${headerHTML('fr', here)}</header>`)
        .replace('<footer data-demo></footer>', `<footer data-demo>${footerHTML('fr')}</footer>`);
    },
  };
}
