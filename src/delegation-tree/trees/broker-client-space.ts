import type { TreeDefinition } from '../../model/tree.js';

/**
 * Access to a broker's client space (seed 000): who the policyholder is, for whom the
 * access is asked, whether a mandate form is needed, and which contracts it shows.
 */
const tree: TreeDefinition = {
  id: 'broker-client-space',
  version: '1',
  title: {
    fr: 'Donner accès à un espace client',
    nl: 'Toegang geven tot een klantenzone',
    en: 'Giving access to a client space',
    de: 'Zugang zu einem Kundenbereich geben',
  },
  start: 'person',
  questions: {
    person: {
      text: {
        fr: 'Qui est le preneur d’assurance qui demande l’accès ?',
        nl: 'Wie is de verzekeringnemer die de toegang aanvraagt?',
        en: 'Who is the policyholder asking for the access?',
        de: 'Wer ist der Versicherungsnehmer, der den Zugang beantragt?',
      },
      help: {
        fr: 'Le preneur d’assurance est la personne ou la société qui a conclu le contrat.',
        nl: 'De verzekeringnemer is de persoon of de onderneming die het contract heeft gesloten.',
        en: 'The policyholder is the person or the company that took out the contract.',
        de: 'Der Versicherungsnehmer ist die Person oder die Gesellschaft, die den Vertrag abgeschlossen hat.',
      },
      options: [
        {
          id: 'natural',
          label: {
            fr: 'Une personne physique',
            nl: 'Een natuurlijke persoon',
            en: 'A natural person',
            de: 'Eine natürliche Person',
          },
          next: 'natural-for',
        },
        {
          id: 'legal',
          label: {
            fr: 'Une personne morale (une société, une association…)',
            nl: 'Een rechtspersoon (een vennootschap, een vereniging…)',
            en: 'A legal person (a company, an association…)',
            de: 'Eine juristische Person (eine Gesellschaft, eine Vereinigung…)',
          },
          next: 'legal-for',
        },
      ],
    },
    'natural-for': {
      text: {
        fr: 'Pour qui l’accès est-il demandé ?',
        nl: 'Voor wie wordt de toegang aangevraagd?',
        en: 'Who is the access for?',
        de: 'Für wen wird der Zugang beantragt?',
      },
      options: [
        {
          id: 'self',
          label: {
            fr: 'Pour le preneur lui-même',
            nl: 'Voor de verzekeringnemer zelf',
            en: 'The policyholder themself',
            de: 'Für den Versicherungsnehmer selbst',
          },
          next: 'self',
        },
        {
          id: 'insured',
          label: {
            fr: 'Pour l’assuré d’un contrat',
            nl: 'Voor de verzekerde van een contract',
            en: 'The insured person of a contract',
            de: 'Für den Versicherten eines Vertrags',
          },
          next: 'insured',
        },
        {
          id: 'other',
          label: {
            fr: 'Pour une autre personne que l’assuré',
            nl: 'Voor een andere persoon dan de verzekerde',
            en: 'Someone other than the insured person',
            de: 'Für eine andere Person als den Versicherten',
          },
          next: 'natural-other',
        },
      ],
    },
    'legal-for': {
      text: {
        fr: 'Pour qui l’accès est-il demandé ?',
        nl: 'Voor wie wordt de toegang aangevraagd?',
        en: 'Who is the access for?',
        de: 'Für wen wird der Zugang beantragt?',
      },
      options: [
        {
          id: 'representative',
          label: {
            fr: 'Pour son représentant légal',
            nl: 'Voor de wettelijke vertegenwoordiger',
            en: 'Its legal representative',
            de: 'Für ihren gesetzlichen Vertreter',
          },
          next: 'legal-representative',
        },
        {
          id: 'other',
          label: {
            fr: 'Pour une autre personne',
            nl: 'Voor een andere persoon',
            en: 'Someone else',
            de: 'Für eine andere Person',
          },
          next: 'legal-other',
        },
      ],
    },
  },
  outcomes: {
    self: {
      mandate: false,
      contracts: 'all',
      form: 'access-request',
      text: {
        fr: 'Le preneur reçoit lui-même l’accès à son espace client, pour tous ses contrats. Aucun mandat n’est nécessaire, mais la demande se fait toujours par écrit : remplissez et signez la demande d’accès.',
        nl: 'De verzekeringnemer krijgt zelf toegang tot zijn klantenzone, voor al zijn contracten. Een volmacht is niet nodig, maar de aanvraag gebeurt altijd schriftelijk: vul de toegangsaanvraag in en onderteken ze.',
        en: 'The policyholder gets access to their own client space, for all their contracts. No mandate is needed, but the request is always made in writing: fill in and sign the access request.',
        de: 'Der Versicherungsnehmer erhält selbst Zugang zu seinem Kundenbereich, für alle seine Verträge. Eine Vollmacht ist nicht nötig, aber der Antrag erfolgt immer schriftlich: Füllen Sie den Zugangsantrag aus und unterschreiben Sie ihn.',
      },
    },
    insured: {
      mandate: true,
      contracts: 'one',
      form: 'mandate-natural',
      text: {
        fr: 'Le preneur donne mandat à l’assuré, qui verra le contrat sur lequel il est assuré. Le preneur et l’assuré remplissent et signent chacun leur partie du formulaire de mandat.',
        nl: 'De verzekeringnemer geeft een volmacht aan de verzekerde, die het contract ziet waarop hij verzekerd is. De verzekeringnemer en de verzekerde vullen elk hun deel van het volmachtformulier in en ondertekenen het.',
        en: 'The policyholder mandates the insured person, who will see the contract they are insured under. The policyholder and the insured person each fill in and sign their part of the mandate form.',
        de: 'Der Versicherungsnehmer erteilt dem Versicherten eine Vollmacht; dieser sieht den Vertrag, über den er versichert ist. Der Versicherungsnehmer und der Versicherte füllen jeweils ihren Teil des Vollmachtsformulars aus und unterschreiben ihn.',
      },
    },
    'natural-other': {
      mandate: true,
      contracts: 'listed',
      form: 'mandate-natural',
      text: {
        fr: 'Le preneur donne mandat à cette personne, qui verra uniquement les contrats qu’il choisit dans le formulaire de mandat. Chacun remplit et signe sa partie.',
        nl: 'De verzekeringnemer geeft een volmacht aan deze persoon, die alleen de contracten ziet die hij in het volmachtformulier kiest. Elk vult zijn deel in en ondertekent het.',
        en: 'The policyholder mandates this person, who will see only the contracts the policyholder lists in the mandate form. Each of them fills in and signs their part.',
        de: 'Der Versicherungsnehmer erteilt dieser Person eine Vollmacht; sie sieht nur die Verträge, die er im Vollmachtsformular auswählt. Jeder füllt seinen Teil aus und unterschreibt ihn.',
      },
    },
    'legal-representative': {
      mandate: true,
      contracts: 'all',
      form: 'mandate-legal',
      text: {
        fr: 'La société donne mandat à son représentant légal, qui verra tous ses contrats. Le formulaire de mandat indique la dénomination, le numéro d’entreprise et le siège de la société.',
        nl: 'De onderneming geeft een volmacht aan haar wettelijke vertegenwoordiger, die al haar contracten ziet. Het volmachtformulier vermeldt de naam, het ondernemingsnummer en de zetel van de onderneming.',
        en: 'The company mandates its legal representative, who will see all its contracts. The mandate form gives the company’s name, enterprise number and registered office.',
        de: 'Die Gesellschaft erteilt ihrem gesetzlichen Vertreter eine Vollmacht; er sieht alle ihre Verträge. Das Vollmachtsformular nennt die Bezeichnung, die Unternehmensnummer und den Sitz der Gesellschaft.',
      },
    },
    'legal-other': {
      mandate: true,
      contracts: 'listed',
      form: 'mandate-legal',
      text: {
        fr: 'La société donne mandat à cette personne, qui verra uniquement les contrats listés dans le formulaire de mandat, signé pour la société par son représentant.',
        nl: 'De onderneming geeft een volmacht aan deze persoon, die alleen de contracten ziet die in het volmachtformulier staan, ondertekend namens de onderneming door haar vertegenwoordiger.',
        en: 'The company mandates this person, who will see only the contracts listed in the mandate form, signed for the company by its representative.',
        de: 'Die Gesellschaft erteilt dieser Person eine Vollmacht; sie sieht nur die Verträge, die im Vollmachtsformular aufgeführt sind. Der Vertreter der Gesellschaft unterschreibt das Formular in ihrem Namen.',
      },
    },
  },
};

export default tree;
