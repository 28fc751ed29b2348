/**
 * The former name of the core's backend controller, kept while the elements move to
 * `BackendController` (src/core/backend-controller.ts), which does the same and more.
 */
export {
  BackendController as SubmissionController,
  type SubmissionState,
  type FieldTexts,
  type SubmitOptions,
} from './backend-controller.js';
