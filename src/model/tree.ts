import { array, boolean, literal, object, optional, record, string, type Infer } from './schema.js';
import { localized } from './localized.js';
import { definitionRef } from './definition.js';

const ID = /^[A-Za-z][\w-]{0,63}$/;

export const contractsScope = literal('all', 'one', 'listed');

export const treeOption = object({
  id: string({ min: 1, max: 64, pattern: ID }),
  label: localized({ max: 500 }),
  next: string({ min: 1, max: 64 }),
});

export const treeQuestion = object({
  text: localized({ max: 1000 }),
  help: optional(localized({ max: 2000 })),
  options: array(treeOption, { min: 1, max: 50 }),
});

export const treeOutcome = object({
  text: localized({ max: 2000 }),
  mandate: boolean(),
  contracts: optional(contractsScope),
  refused: optional(boolean()),
  reason: optional(localized({ max: 2000 })),
  /** Name of the form this outcome leads to (`mandate-natural`, ...). */
  form: optional(string({ max: 200 })),
  /** Where the next step lives, when it is another page. */
  href: optional(string({ max: 2000, format: 'uri' })),
});

/** Shape of a tree definition. The structural checks (links, cycles...) live in the tree checker. */
export const treeDefinition = object({
  id: string({ min: 1, max: 64, pattern: ID }),
  version: string({ min: 1, max: 64 }),
  title: optional(localized({ max: 300 })),
  start: string({ min: 1, max: 64 }),
  questions: record(treeQuestion, { keyPattern: ID, min: 1 }),
  outcomes: record(treeOutcome, { keyPattern: ID, min: 1 }),
});

export type TreeOption = Infer<typeof treeOption>;
export type TreeQuestion = Infer<typeof treeQuestion>;
export type TreeOutcome = Infer<typeof treeOutcome>;
export type TreeDefinition = Infer<typeof treeDefinition>;
export type ContractsScope = Infer<typeof contractsScope>;

export const decisionAnswer = object({ question: string({ min: 1, max: 64 }), option: string({ min: 1, max: 64 }) });

/** What a tree decided: the `procura-decision` detail and the body of POST /decisions. */
export const decision = object({
  treeId: string({ min: 1, max: 64 }),
  treeVersion: string({ min: 1, max: 64 }),
  answers: array(decisionAnswer, { max: 200 }),
  outcome: string({ min: 1, max: 64 }),
  /** The published definition (`src`) the tree was loaded from: the server checks it names one of the office's. */
  definition: optional(definitionRef),
});
export type Decision = Infer<typeof decision>;
