import type { TreeDefinition } from '../../model/tree.js';

/**
 * A professional mandates someone to use an online service in their name (seed 004):
 * a staff member entitled to the service, or a member of an in-house billing agency;
 * never a member of a commercial billing agency.
 */
const tree: TreeDefinition = {
  id: 'staff-delegation',
  version: '1',
  title: {
    fr: 'Déléguer l’accès à un service en ligne',
    nl: 'Toegang tot een onlinedienst delegeren',
    en: 'Delegating access to an online service',
    de: 'Den Zugang zu einem Online-Dienst übertragen',
  },
  start: 'who',
  questions: {
    who: {
      text: {
        fr: 'Qui voulez-vous mandater pour utiliser nos services en ligne en votre nom ?',
        nl: 'Wie wilt u machtigen om onze onlinediensten in uw naam te gebruiken?',
        en: 'Whom do you want to mandate to use our online services in your name?',
        de: 'Wen möchten Sie bevollmächtigen, unsere Online-Dienste in Ihrem Namen zu nutzen?',
      },
      options: [
        {
          id: 'staff',
          label: {
            fr: 'Un membre de mon personnel (p. ex. administratif, infirmier)',
            nl: 'Een lid van mijn personeel (bv. administratief, verpleegkundig)',
            en: 'A member of my staff (e.g. administrative, nursing)',
            de: 'Ein Mitglied meines Personals (z. B. Verwaltung, Pflege)',
          },
          next: 'entitled',
        },
        {
          id: 'billing',
          label: {
            fr: 'Un membre d’une agence de facturation',
            nl: 'Een lid van een facturatiebureau',
            en: 'A member of a billing agency',
            de: 'Ein Mitglied eines Abrechnungsbüros',
          },
          next: 'agency',
        },
      ],
    },
    entitled: {
      text: {
        fr: 'Cette personne a-t-elle le droit d’accéder au service en ligne visé ?',
        nl: 'Heeft deze persoon het recht om de betrokken onlinedienst te gebruiken?',
        en: 'Is this person entitled to access the online service concerned?',
        de: 'Hat diese Person das Recht, den betreffenden Online-Dienst zu nutzen?',
      },
      options: [
        { id: 'yes', label: { fr: 'Oui', nl: 'Ja', en: 'Yes', de: 'Ja' }, next: 'staff' },
        { id: 'no', label: { fr: 'Non', nl: 'Nee', en: 'No', de: 'Nein' }, next: 'not-entitled' },
      ],
    },
    agency: {
      text: {
        fr: 'De quelle agence de facturation s’agit-il ?',
        nl: 'Om welk facturatiebureau gaat het?',
        en: 'What kind of billing agency is it?',
        de: 'Um welches Abrechnungsbüro handelt es sich?',
      },
      options: [
        {
          id: 'in-house',
          label: {
            fr: 'Une agence créée par mon lieu de pratique, en son sein',
            nl: 'Een bureau dat mijn praktijk zelf intern heeft opgericht',
            en: 'An agency my place of practice set up within itself',
            de: 'Ein Büro, das meine Praxis intern gegründet hat',
          },
          next: 'in-house-agency',
        },
        {
          id: 'commercial',
          label: {
            fr: 'Une agence de facturation commerciale',
            nl: 'Een commercieel facturatiebureau',
            en: 'A commercial billing agency',
            de: 'Ein kommerzielles Abrechnungsbüro',
          },
          next: 'commercial-agency',
        },
      ],
    },
  },
  outcomes: {
    staff: {
      mandate: true,
      form: 'mandate-staff',
      text: {
        fr: 'Vous pouvez mandater ce membre de votre personnel. Remplissez un formulaire par mandataire et par service en ligne : chacun de vous remplit et signe sa partie.',
        nl: 'U kunt dit personeelslid machtigen. Vul één formulier in per gemachtigde en per onlinedienst: elk van u vult zijn deel in en ondertekent het.',
        en: 'You may mandate this member of your staff. Fill in one form per mandatary and per online service: each of you fills in and signs their part.',
        de: 'Sie dürfen dieses Mitglied Ihres Personals bevollmächtigen. Füllen Sie ein Formular pro Bevollmächtigten und pro Online-Dienst aus: Jeder von Ihnen füllt seinen Teil aus und unterschreibt ihn.',
      },
    },
    'in-house-agency': {
      mandate: true,
      form: 'mandate-staff',
      text: {
        fr: 'Vous pouvez mandater ce membre de votre personnel qui fait partie de l’agence de facturation de votre lieu de pratique, pour remplir vos factures entre autres tâches. Remplissez un formulaire par mandataire et par service en ligne.',
        nl: 'U kunt dit personeelslid van het interne facturatiebureau van uw praktijk machtigen, onder meer om uw facturen op te stellen. Vul één formulier in per gemachtigde en per onlinedienst.',
        en: 'You may mandate this member of your staff who belongs to your place of practice’s own billing agency, to fill in your invoices among other tasks. Fill in one form per mandatary and per online service.',
        de: 'Sie dürfen dieses Mitglied Ihres Personals bevollmächtigen, das zum internen Abrechnungsbüro Ihrer Praxis gehört, unter anderem um Ihre Rechnungen auszufüllen. Füllen Sie ein Formular pro Bevollmächtigten und pro Online-Dienst aus.',
      },
    },
    'not-entitled': {
      mandate: false,
      refused: true,
      text: {
        fr: 'Vous ne pouvez pas mandater cette personne.',
        nl: 'U kunt deze persoon niet machtigen.',
        en: 'You cannot mandate this person.',
        de: 'Sie können diese Person nicht bevollmächtigen.',
      },
      reason: {
        fr: 'Vous devez mandater un membre de votre personnel qui a lui-même le droit d’accéder au service en ligne visé.',
        nl: 'U moet een personeelslid machtigen dat zelf het recht heeft om de betrokken onlinedienst te gebruiken.',
        en: 'You must mandate a member of your staff who is themself entitled to access the online service concerned.',
        de: 'Sie müssen ein Mitglied Ihres Personals bevollmächtigen, das selbst das Recht hat, den betreffenden Online-Dienst zu nutzen.',
      },
    },
    'commercial-agency': {
      mandate: false,
      refused: true,
      text: {
        fr: 'Vous ne pouvez pas mandater un membre d’une agence de facturation commerciale.',
        nl: 'U kunt geen lid van een commercieel facturatiebureau machtigen.',
        en: 'You cannot mandate a member of a commercial billing agency.',
        de: 'Sie können kein Mitglied eines kommerziellen Abrechnungsbüros bevollmächtigen.',
      },
      reason: {
        fr: 'Si votre agence de facturation est commerciale, vous ne pouvez pas mandater un membre de son personnel pour utiliser nos services en ligne : seul votre propre personnel peut l’être, y compris celui d’une agence que votre lieu de pratique a créée en son sein.',
        nl: 'Als uw facturatiebureau commercieel is, kunt u geen lid van zijn personeel machtigen om onze onlinediensten te gebruiken: alleen uw eigen personeel kan gemachtigd worden, ook dat van een bureau dat uw praktijk intern heeft opgericht.',
        en: 'If your billing agency is commercial, you cannot mandate a member of its staff to use our online services: only your own staff may be mandated, including the staff of an agency your place of practice set up within itself.',
        de: 'Wenn Ihr Abrechnungsbüro kommerziell ist, können Sie kein Mitglied seines Personals bevollmächtigen, unsere Online-Dienste zu nutzen: Nur Ihr eigenes Personal darf bevollmächtigt werden, auch das Personal eines Büros, das Ihre Praxis intern gegründet hat.',
      },
    },
  },
};

export default tree;
