// Generated inputs for the benchmark pages: deterministic, so runs compare.

let seed = 42;
const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;

const GIVEN = ['Jean', 'Marie', 'Luc', 'Sofie', 'Ahmed', 'Anne', 'Pieter', 'Élodie', 'Tom', 'Nadia'];
const FAMILY = ['Dupont', 'Martin', 'Peeters', 'Janssens', 'El Amrani', 'Lambert', 'Dubois', 'Maes', 'Claes', 'Leroy'];
const SERVICES = ['espace-client', 'sinistres', 'facturation', 'documents'];
const STATUSES = ['active', 'active', 'active', 'pending', 'revoked', 'expired', 'refused'];
const hex = (n) => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 7 + n) % 16]).join('');

/** `n` grants of the shape GET /grants answers. */
export function makeGrants(n) {
  seed = 42;
  const out = [];
  const base = Date.parse('2024-01-01T09:00:00Z');
  for (let i = 0; i < n; i++) {
    const g = GIVEN[Math.floor(rand() * GIVEN.length)];
    const f = FAMILY[Math.floor(rand() * FAMILY.length)];
    const status = STATUSES[Math.floor(rand() * STATUSES.length)];
    const created = new Date(base + i * 3_600_000).toISOString();
    const listed = rand() < 0.3;
    out.push({
      id: `g-${i}`,
      mandateId: `m-${i}`,
      direction: rand() < 0.7 ? 'given' : 'held',
      mandatary: {
        givenName: g,
        familyName: f,
        email: `${g}.${f}.${i}@exemple.be`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
        relation: 'courtier',
      },
      relation: 'courtier',
      service: SERVICES[i % SERVICES.length],
      scope: listed
        ? { contracts: 'listed', contractIds: [`C-${i}-1`, `C-${i}-2`], includeFuture: false }
        : { contracts: 'all', includeFuture: true },
      status,
      createdAt: created,
      ...(status !== 'pending' && status !== 'refused' ? { activatedAt: created } : {}),
      ...(status === 'revoked' ? { revokedAt: created, revokedBy: 'Jean Dupont' } : {}),
      validUntil: '2026-12-31',
      documentUrl: `https://exemple.be/api/grants/g-${i}/document`,
      documentSha256: hex(64),
    });
  }
  return out;
}

/** A valid tree of 1,000 questions (each with two options), every path ending in an outcome. */
export function treeOf1000(n = 1000) {
  const questions = {};
  const outcomes = {};
  for (let o = 0; o < 10; o++)
    outcomes[`o${o}`] = {
      text: { fr: `Issue ${o}`, nl: `Uitkomst ${o}`, en: `Outcome ${o}` },
      mandate: o % 2 === 0,
      contracts: 'all',
    };
  for (let i = 0; i < n; i++) {
    const a = 2 * i + 1;
    const b = 2 * i + 2;
    questions[`q${i}`] = {
      text: { fr: `Question ${i} ?`, nl: `Vraag ${i}?`, en: `Question ${i}?` },
      options: [
        { id: 'yes', label: { fr: 'Oui', nl: 'Ja', en: 'Yes' }, next: a < n ? `q${a}` : `o${i % 10}` },
        { id: 'no', label: { fr: 'Non', nl: 'Nee', en: 'No' }, next: b < n ? `q${b}` : `o${(i + 5) % 10}` },
      ],
    };
  }
  // Every outcome must be reachable: the last questions point at all ten.
  return { id: 'bench-1000', version: '1', start: 'q0', questions, outcomes };
}

const Q5 = [
  ['Pour qui demandez-vous l’accès ?', ['Pour moi-même', 'Pour une société', 'Pour un proche']],
  ['Qui agira pour vous ?', ['Un courtier', 'Un membre de la famille', 'Un comptable']],
  ['Quels contrats sont concernés ?', ['Tous', 'Un seul', 'Une liste']],
  ['Les contrats futurs sont-ils inclus ?', ['Oui', 'Non', 'Je ne sais pas']],
  ['Jusqu’à quand ?', ['Sans date de fin', 'Un an', 'Une date précise']],
];

/** Five radio questions in a chain (the tree of the comparison with SurveyJS). */
export function tree5() {
  const questions = {};
  Q5.forEach(([text, opts], i) => {
    questions[`q${i + 1}`] = {
      text,
      options: opts.map((label, j) => ({
        id: `o${j + 1}`,
        label,
        next: i < 4 ? `q${i + 2}` : j === 2 ? 'refused' : 'form',
      })),
    };
  });
  return {
    id: 'bench-5',
    version: '1',
    start: 'q1',
    questions,
    outcomes: {
      form: { text: 'Un mandat écrit est nécessaire.', mandate: true, contracts: 'all' },
      refused: {
        text: 'Ce mandat n’est pas possible.',
        mandate: false,
        refused: true,
        reason: 'Une date précise doit être convenue par écrit.',
      },
    },
  };
}

/** The same questionnaire for SurveyJS: one radiogroup per question, each shown once the previous one is answered. */
export function survey5() {
  return {
    locale: 'fr',
    questionsOnPageMode: 'questionPerPage',
    pages: [
      {
        name: 'p1',
        elements: Q5.map(([title, opts], i) => ({
          type: 'radiogroup',
          name: `q${i + 1}`,
          title,
          isRequired: true,
          ...(i ? { visibleIf: `{q${i}} notempty` } : {}),
          choices: opts.map((text, j) => ({ value: `o${j + 1}`, text })),
        })),
      },
    ],
  };
}

/** The labelled rows of the mandate, as the baselines print them. */
export const ROWS = [
  ['service', 'Service', 'Espace client'],
  ['grantor.kind', 'Personne', 'Personne physique'],
  ['grantor.givenName', 'Prénom', 'Jean'],
  ['grantor.familyName', 'Nom', 'Dupont'],
  ['grantor.birthDate', 'Date de naissance', '1970-04-12'],
  ['grantor.email', 'Adresse e-mail', 'jean.dupont@exemple.be'],
  ['grantor.phone', 'Téléphone', '+32 470 12 34 56'],
  ['grantor.clientRef', 'Référence client', 'CL-2025-00042'],
  ['mandatary.givenName', 'Prénom du mandataire', 'Marie'],
  ['mandatary.familyName', 'Nom du mandataire', 'Martin'],
  ['mandatary.email', 'E-mail du mandataire', 'marie.martin@courtage.be'],
  ['mandatary.relation', 'Relation', 'Courtier'],
  ['scope.contracts', 'Contrats', 'Les contrats listés'],
  ['scope.contractIds', 'Numéros', 'AU-1001, AU-1002, HA-2001, HA-2002, VI-3001, VI-3002, RC-4001'],
  ['scope.includeFuture', 'Contrats futurs', 'Non'],
  ['validFrom', 'Valable à partir du', '2025-06-01'],
  ['validUntil', 'Valable jusqu’au', '2026-05-31'],
];

export function mandateData() {
  const mandate = {
    service: 'espace-client',
    grantor: {
      kind: 'natural',
      givenName: 'Jean',
      familyName: 'Dupont',
      birthDate: '1970-04-12',
      email: 'jean.dupont@exemple.be',
      phone: '+32 470 12 34 56',
      clientRef: 'CL-2025-00042',
    },
    mandatary: { givenName: 'Marie', familyName: 'Martin', email: 'marie.martin@courtage.be', relation: 'Courtier' },
    scope: {
      contracts: 'listed',
      contractIds: ['AU-1001', 'AU-1002', 'HA-2001', 'HA-2002', 'VI-3001', 'VI-3002', 'RC-4001'],
      includeFuture: false,
    },
    validFrom: '2025-06-01',
    validUntil: '2026-05-31',
    signatures: [
      { party: 'grantor', method: 'drawn', signerName: 'Jean Dupont', signedAt: '2025-06-01T10:00:00Z' },
      { party: 'mandatary', method: 'drawn', signerName: 'Marie Martin', signedAt: '2025-06-01T10:05:00Z' },
    ],
    decision: {
      treeId: 'broker-client-space',
      treeVersion: '1',
      answers: [
        { question: 'person', option: 'natural' },
        { question: 'for', option: 'self' },
        { question: 'contracts', option: 'listed' },
      ],
      outcome: 'mandate-listed',
    },
    locale: 'fr',
  };
  const values = Object.fromEntries(ROWS.map(([p, , v]) => [p, v]));
  return {
    mandate,
    ...values,
    rows: ROWS.map(([, l, v]) => [l, v]),
    decisionPath: [
      { question: 'Êtes-vous une personne physique ou une société ?', answer: 'Une personne physique' },
      { question: 'Pour qui demandez-vous l’accès ?', answer: 'Pour moi-même' },
      { question: 'Quels contrats ?', answer: 'Une liste de contrats' },
    ],
    outcome: 'Un mandat écrit est nécessaire pour les contrats listés.',
  };
}

/** A handwritten-looking signature as signature_pad point groups (CSS px on a 600×200 pad). */
export function strokes(k) {
  const groups = [];
  const t0 = 1_700_000_000_000;
  for (let s = 0; s < 4; s++) {
    const points = [];
    const x0 = 60 + s * 120;
    for (let i = 0; i <= 60; i++) {
      const u = i / 60;
      points.push({
        x: x0 + u * 110 + 14 * Math.sin(u * Math.PI * (3 + k + s)),
        y: 100 + 55 * Math.sin(u * Math.PI * (2 + s) + k) * Math.cos(u * 2.1),
        pressure: 0.5,
        time: t0 + s * 1000 + i * 8,
      });
    }
    groups.push({
      penColor: 'rgb(0, 0, 0)',
      dotSize: 0,
      minWidth: 0.5,
      maxWidth: 2.5,
      velocityFilterWeight: 0.7,
      compositeOperation: 'source-over',
      points,
    });
  }
  return groups;
}
