// The sheet's views: shown only once the person's data is there, so loaded with it (beside the
// fetch), outside the first chunk that shows the heading and "loading".
export { consents, decisions, documents, grants, identity } from './summary-view.js';
export { requestForm, requestList } from './requests-view.js';
