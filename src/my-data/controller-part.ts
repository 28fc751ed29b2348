// The part on the controller and the person's rights: shown only when a configuration names them, so it
// loads (with its texts) beside the configuration's check, before the element renders.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { ControllerInfo } from '../model/controller-info.js';
import { pick, type Localized } from '../model/localized.js';
import { part, type SheetView } from './summary-view.js';
import type { MyDataLocalize } from './texts.js';

export { myDataControllerCatalog } from '../i18n/my-data-controller.js';

/** The controller's identity and contact, the policy, and the person's rights (the consent notice's words). */
export function controller(
  v: SheetView,
  c: { controller: ControllerInfo; policyUrl: Localized; rights?: Localized | undefined },
): TemplateResult {
  const l = (x?: Localized) => (x === undefined ? '' : pick(x, v.l.locale));
  const row = (key: Parameters<MyDataLocalize['t']>[0], x?: Localized) =>
    x === undefined ? nothing : html`<div><dt>${v.l.t(key)}</dt><dd>${l(x)}</dd></div>`;
  const body = html`<dl class="facts">
      ${row('mydata.controller.name', c.controller.name)}${row('mydata.controller.address', c.controller.address)}
      ${row('mydata.controller.contact', c.controller.contact)}${row('mydata.controller.dpo', c.controller.dpo)}
    </dl>
    <p>${c.rights === undefined ? v.l.t('mydata.rights.default') : l(c.rights)}</p>
    <p><a part="policy" href=${l(c.policyUrl)}>${v.l.t('mydata.controller.policy')}</a></p>`;
  return part(v, 'controller', v.l.t('mydata.controller'), body);
}
