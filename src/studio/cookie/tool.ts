/** The analytics tools the cookie editor knows, their cookies, and the inert script each one needs. */
import type { CookieOppositionConfig } from '../../model/cookie-config.js';

export type CookieDraft = Omit<CookieOppositionConfig, 'onOppose'>;
export type Tool = 'matomo' | 'ga4' | 'other';

export const TOOL_DEFAULTS: Record<Tool, CookieDraft> = {
  matomo: { cookies: ['_pk_id*', '_pk_ses*'], measurementIds: undefined },
  ga4: { cookies: ['_ga', '_ga_*'], measurementIds: [] },
  other: { cookies: [], measurementIds: undefined },
};

export function toolOf(d: CookieDraft): Tool {
  if (d.measurementIds) return 'ga4';
  if (d.cookies?.some((c) => c.startsWith('_pk'))) return 'matomo';
  return 'other';
}

const category = (d: CookieDraft) => d.category ?? 'audience';

/** What the site pastes instead of its tool's usual tag: inert until the page's gate activates it. */
export function inertScript(d: CookieDraft): string {
  const open = `<script type="text/plain" data-procura-category="${category(d)}"`;
  switch (toolOf(d)) {
    case 'ga4': {
      const id = d.measurementIds?.[0] || 'G-XXXXXXX';
      return `${open} src="https://www.googletagmanager.com/gtag/js?id=${id}"></script>
${open}>
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', '${id}');
</script>`;
    }
    case 'matomo':
      return `${open}>
  var _paq = (window._paq = window._paq || []);
  _paq.push(['trackPageView'], ['enableLinkTracking']);
  var u = 'https://matomo.example/';
  _paq.push(['setTrackerUrl', u + 'matomo.php'], ['setSiteId', '1']);
  var g = document.createElement('script');
  g.async = true;
  g.src = u + 'matomo.js';
  document.head.appendChild(g);
</script>`;
    default:
      return `${open}>
  /* the script of your tool, unchanged */
</script>`;
  }
}
