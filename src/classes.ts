/** The element classes and the public helpers, without registering anything (`procura/classes`). */
export { configure, resetConfiguration, getConfiguration, type ProcuraConfig } from './core/configure.js';
export { setBasePath, getBasePath } from './core/base-path.js';
export { ProblemError, UnreachableError, NoEndpointError } from './core/errors.js';
export type * from './core/events.js';
export { outbox } from './core/outbox.js';
export { clearPersonalData } from './core/clear-personal-data.js';
export { ProcuraDelegationTree, type DelegationTreeConfig } from './delegation-tree/delegation-tree.js';
export { checkTree } from './delegation-tree/check-tree.js';
export { ProcuraMandateForm, type MandateFormConfig } from './mandate-form/mandate-form.js';
export { ProcuraSignaturePad } from './signature-pad/signature-pad.js';
export { ProcuraConsent } from './consent/consent.js';
export type { ConsentConfig } from './consent/config.js';
export { ProcuraCookieOpposition, type CookieOppositionConfig } from './cookie-opposition/cookie-opposition.js';
export { ProcuraAccessGrants, type AccessGrantsConfig } from './access-grants/access-grants.js';
export { ProcuraMyData, type MyDataConfig } from './my-data/my-data.js';
export { ProcuraBrokerDesk } from './broker-desk/broker-desk.js';
export * from './model/index.js';
