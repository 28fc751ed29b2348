// The demo's chrome (languages, texts, header and footer markup): pure strings, used by main.ts
// in the browser and, at build time, by demo/chrome-html.ts, which writes the French header and
// footer into each page so that nothing moves when main.ts runs (no layout shift).
import { DESK_TEXTS } from './desk-texts.js';
import { MAILBOX_TEXTS } from './mailbox-texts.js';
/**
 * The languages of the demo's switch. Adding one is one line here (its texts below fall back
 * to French until they are written); every procura element follows `<html lang>` by itself.
 */
export const LANGUAGES = [
  { code: 'fr', name: 'Français' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
] as const;

/**
 * The demo's own texts. French is in the pages' HTML (`data-t="key"`) and here for the
 * header; other languages replace an element's content with theirs (our own markup, no data).
 */
export const TEXTS: Record<string, Record<string, string>> = {
  fr: {
    'lang.label': 'Langue',
    skip: 'Aller au contenu',
    tagline: 'assurances depuis 1987',
    'nav.label': 'Navigation principale',
    'nav.index': 'Accueil',
    'nav.mandate': 'Donner accès à mon espace',
    'nav.quote': 'Demander une offre',
    'nav.client-space': 'Mon espace client',
    'nav.privacy': 'Vie privée',
    'nav.cms': 'Page CMS',
    'who.label': 'Compte de démonstration',
    'who.as': 'Connecté en tant que',
    'who.nobody': '(personne)',
    'who.switch': 'Changer de compte',
    footer: 'Courtier Demo SRL · rue de l’Exemple 1, 1000 Bruxelles ·',
    'quote.thanks':
      'Merci {name} : votre demande d’offre est bien reçue (démo : elle n’est envoyée nulle part). Vos choix sur vos données sont enregistrés à part : voyez le message sous les cases.',
  },
  nl: {
    'lang.label': 'Taal',
    skip: 'Naar de inhoud',
    tagline: 'verzekeringen sinds 1987',
    'nav.label': 'Hoofdnavigatie',
    'nav.index': 'Home',
    'nav.mandate': 'Toegang geven tot mijn zone',
    'nav.quote': 'Een offerte vragen',
    'nav.client-space': 'Mijn klantenzone',
    'nav.privacy': 'Privacy',
    'nav.cms': 'CMS-pagina',
    'who.label': 'Demo-account',
    'who.as': 'Aangemeld als',
    'who.nobody': '(niemand)',
    'who.switch': 'Account wisselen',
    footer: 'Courtier Demo BV · Voorbeeldstraat 1, 1000 Brussel ·',
    'quote.thanks':
      'Bedankt, {name}: uw offerteaanvraag is goed ontvangen (demo: ze wordt nergens naartoe gestuurd). Uw keuzes over uw gegevens worden apart bewaard: zie het bericht onder de vakjes.',
    'title.index': 'Courtier Demo · procura',
    'index.h1': 'Uw makelaar, online',
    'index.intro':
      'Deze demopagina toont de procura-onderdelen in de site van een verzekeringsmakelaar. Alles wat u hier doet, gaat naar de referentieserver die op uw computer draait.',
    'index.mandate':
      '<a href="mandate.html">Iemand toegang geven tot mijn klantenzone</a>: de vragenlijst, daarna de ondertekende volmacht.',
    'index.quote': '<a href="quote.html">Een offerte vragen</a>: een formulier met de toestemmingen, doel per doel.',
    'index.client-space':
      '<a href="client-space.html">Mijn klantenzone</a>: wie toegang heeft tot wat, de ondertekende volmacht, de intrekking.',
    'index.privacy': '<a href="privacy.html">Privacy</a>: bezwaar maken tegen het meten van het bezoek.',
    'index.cms': '<a href="cms.html">Een CMS-pagina</a>: het losse pakket onder een strikt beveiligingsbeleid.',
    'title.mandate': 'Toegang geven tot mijn zone · Courtier Demo · procura',
    'mandate.h1': 'Toegang geven tot mijn klantenzone',
    'mandate.intro':
      'Enkele vragen om te weten of een volmacht nodig is en welke contracten de persoon zal kunnen zien. Uw antwoorden blijven in deze browser tot het einde van de vragenlijst.',
    'mandate.staff.h2': 'Nog een voorbeeld: een professional geeft toegang tot een onlinedienst',
    'mandate.staff.intro':
      'Hetzelfde onderdeel met de boom van een onlinedienst voor zorgverleners: een personeelslid kan gemachtigd worden, een medewerker van een commercieel facturatiebureau niet.',
    'mandate.form.h2': 'De volmacht',
    'mandate.form.intro':
      'Het formulier volgt het antwoord op de vragenlijst hierboven: de zichtbare contracten en het soort verzekeringnemer komen uit het resultaat. U vult uw deel in en ondertekent het, daarna vult de gemachtigde het zijne in en ondertekent het, hier of later op dit toestel. U kunt de pdf ook afdrukken, met de hand ondertekenen en ons per post sturen.',
    'mandate.staffForm.h2': 'De volmacht van een personeelslid (één formulier per dienst)',
    'mandate.staffForm.intro': 'Voor twee onlinediensten: twee volmachten en twee pdf-bestanden, apart verzonden.',
    'title.client-space': 'Mijn klantenzone · Courtier Demo · procura',
    'client-space.h1': 'Mijn klantenzone',
    'client-space.signedOut': 'Meld u aan (menu bovenaan) om te zien wie toegang heeft tot uw contracten.',
    'client-space.data.intro':
      'Wat de makelaar over u bewaart, in duidelijke taal; u kunt een kopie, een verbetering of de wissing vragen, en het antwoord opvolgen.',
    'client-space.intro':
      'Wie toegang heeft tot uw contracten, en tot welke: u vindt er elke ondertekende volmacht (de pdf en zijn SHA-256-vingerafdruk), wat de makelaar werkelijk heeft opengezet, en u kunt een toegang op elk moment intrekken.',
    'title.quote': 'Een offerte vragen · Courtier Demo · procura',
    'quote.h1': 'Een offerte vragen',
    'quote.intro':
      'Zeg ons wat u wilt verzekeren: een adviseur antwoordt binnen twee werkdagen. De vakjes over het gebruik van uw gegevens zijn allemaal vrijblijvend en veranderen niets aan uw aanvraag.',
    'quote.who':
      '<small>Demo: zonder aanmelding worden uw keuzes bewaard als die van een prospect, onder een eigen referentie voor deze registratie; aangemeld (menu bovenaan) worden ze bewaard onder uw klantnummer.</small>',
    'quote.name': 'Naam en voornaam',
    'quote.email': 'E-mailadres',
    'quote.product': 'Product',
    'quote.choose': 'Kies…',
    'quote.auto': 'Autoverzekering',
    'quote.home': 'Woningverzekering',
    'quote.family': 'Familiale verzekering',
    'quote.legal': 'Rechtsbijstand',
    'quote.message': 'Uw bericht (vrijblijvend)',
    'quote.terms': 'Ik heb de <a href="#conditions">algemene voorwaarden van de offerte</a> gelezen.',
    'quote.submit': 'Mijn offerte vragen',
    'quote.conditions.h2': 'Algemene voorwaarden van de offerte',
    'quote.conditions': 'Een offerte is 30 dagen geldig. Ze verbindt u tot niets zolang u ze niet hebt ondertekend.',
    'title.privacy': 'Privacy · Courtier Demo · procura',
    'privacy.h1': 'Privacy',
    'privacy.intro':
      'Courtier Demo BV, Voorbeeldstraat 1, 1000 Brussel, verwerkt uw gegevens om uw contracten te beheren en u te adviseren. Deze pagina legt uit wat deze site van uw bezoek meet en hoe u zich daartegen kunt verzetten.',
    'privacy.contracts.h2': 'Uw contracten en uw aanvragen',
    'privacy.contracts':
      'De gegevens die u ons toevertrouwt (identiteit, contactgegevens, contracten, schadegevallen) dienen om de relatie met u te beheren. De keuzes die u maakt over het gebruik van uw gegevens, doel per doel, worden bewaard met hun datum en de versie van de informatie die u werd getoond. U kunt ze op elk moment wijzigen vanuit uw klantenzone.',
    'privacy.rights.h2': 'Uw rechten',
    'privacy.rights':
      'U kunt inzage, verbetering of wissing van uw gegevens vragen, en u verzetten tegen het gebruik ervan voor prospectie, door te schrijven naar <a href="mailto:privacy@courtier.example">privacy@courtier.example</a>. U kunt ook een klacht indienen bij de Gegevensbeschermingsautoriteit.',
  },
  en: {
    'lang.label': 'Language',
    skip: 'Skip to content',
    tagline: 'insurance since 1987',
    'nav.label': 'Main navigation',
    'nav.index': 'Home',
    'nav.mandate': 'Give access to my space',
    'nav.quote': 'Ask for a quote',
    'nav.client-space': 'My client space',
    'nav.privacy': 'Privacy',
    'nav.cms': 'CMS page',
    'who.label': 'Demo account',
    'who.as': 'Signed in as',
    'who.nobody': '(nobody)',
    'who.switch': 'Switch account',
    footer: 'Courtier Demo SRL · rue de l’Exemple 1, 1000 Brussels ·',
    'quote.thanks':
      'Thank you, {name}: your request for a quote has been received (demo: it is not sent anywhere). Your choices about your data are recorded separately: see the message under the boxes.',
    'title.index': 'Courtier Demo · procura',
    'index.h1': 'Your broker, online',
    'index.intro':
      'This demo page shows the procura elements in an insurance broker’s website. Everything you do here is sent to the reference server running on your machine.',
    'index.mandate':
      '<a href="mandate.html">Give someone access to my client space</a>: the questionnaire, then the signed mandate.',
    'index.quote': '<a href="quote.html">Ask for a quote</a>: a form with the consents, purpose by purpose.',
    'index.client-space':
      '<a href="client-space.html">My client space</a>: who has access to what, the signed mandate, revoking.',
    'index.privacy': '<a href="privacy.html">Privacy</a>: object to audience measurement.',
    'index.cms': '<a href="cms.html">A CMS page</a>: the standalone bundle under a strict security policy.',
    'title.mandate': 'Give access to my space · Courtier Demo · procura',
    'mandate.h1': 'Give access to my client space',
    'mandate.intro':
      'A few questions to find out whether a mandate is needed and which contracts the person will be able to see. Your answers stay in this browser until the end of the questionnaire.',
    'mandate.staff.h2': 'Another example: a professional gives access to an online service',
    'mandate.staff.intro':
      'The same element with the tree of an online service for healthcare professionals: a staff member can be given a mandate, a member of a commercial billing agency cannot.',
    'mandate.form.h2': 'The mandate',
    'mandate.form.intro':
      'The form follows the answer to the questionnaire above: the visible contracts and the kind of policyholder come from its result. You fill in and sign your part, then the person you give access to fills in and signs theirs, here or later on this device. You can also print the PDF, sign it by hand and send it to us by post.',
    'mandate.staffForm.h2': 'A staff member’s mandate (one form per service)',
    'mandate.staffForm.intro': 'For two online services, two mandates and two PDF files, sent separately.',
    'title.client-space': 'My client space · Courtier Demo · procura',
    'client-space.h1': 'My client space',
    'client-space.signedOut': 'Sign in (menu at the top) to see who has access to your contracts.',
    'client-space.data.intro':
      'What the broker keeps about you, in plain words; you can ask for a copy, a correction or the erasure, and follow the answer.',
    'client-space.intro':
      'Who has access to your contracts, and to which ones: you find each signed mandate here (the PDF and its SHA-256 fingerprint), what the broker actually opened, and you can revoke an access at any time.',
    'title.quote': 'Ask for a quote · Courtier Demo · procura',
    'quote.h1': 'Ask for a quote',
    'quote.intro':
      'Tell us what you want to insure: an adviser answers within two working days. The boxes about the use of your data are all optional and change nothing to your request.',
    'quote.who':
      '<small>Demo: when you are not signed in, your choices are recorded as a prospect’s, under a reference of their own; signed in (menu at the top), they are recorded under your client number.</small>',
    'quote.name': 'Full name',
    'quote.email': 'Email address',
    'quote.product': 'Product',
    'quote.choose': 'Choose…',
    'quote.auto': 'Car insurance',
    'quote.home': 'Home insurance',
    'quote.family': 'Family liability insurance',
    'quote.legal': 'Legal protection',
    'quote.message': 'Your message (optional)',
    'quote.terms': 'I have read the <a href="#conditions">general terms of the quote</a>.',
    'quote.submit': 'Ask for my quote',
    'quote.conditions.h2': 'General terms of the quote',
    'quote.conditions': 'A quote is valid for 30 days. It does not bind you until you have signed it.',
    'title.privacy': 'Privacy · Courtier Demo · procura',
    'privacy.h1': 'Privacy',
    'privacy.intro':
      'Courtier Demo SRL, rue de l’Exemple 1, 1000 Brussels, processes your data to manage your contracts and advise you. This page explains what this site measures of your visit and how to object to it.',
    'privacy.contracts.h2': 'Your contracts and your requests',
    'privacy.contracts':
      'The data you entrust to us (identity, contact details, contracts, claims) is used to manage our relationship with you. The choices you make about the use of your data, purpose by purpose, are recorded with their date and the version of the information you were shown. You can change them at any time from your client space.',
    'privacy.rights.h2': 'Your rights',
    'privacy.rights':
      'You can ask for access to your data, its correction or its deletion, and object to its use for marketing, by writing to <a href="mailto:privacy@courtier.example">privacy@courtier.example</a>. You can also lodge a complaint with the Data Protection Authority.',
  },
  de: {
    'lang.label': 'Sprache',
    skip: 'Zum Inhalt springen',
    tagline: 'Versicherungen seit 1987',
    'nav.label': 'Hauptnavigation',
    'nav.index': 'Startseite',
    'nav.mandate': 'Zugang zu meinem Bereich geben',
    'nav.quote': 'Ein Angebot anfragen',
    'nav.client-space': 'Mein Kundenbereich',
    'nav.privacy': 'Datenschutz',
    'nav.cms': 'CMS-Seite',
    'who.label': 'Demo-Konto',
    'who.as': 'Angemeldet als',
    'who.nobody': '(niemand)',
    'who.switch': 'Konto wechseln',
    footer: 'Courtier Demo SRL · rue de l’Exemple 1, 1000 Brüssel ·',
    'quote.thanks':
      'Danke, {name}: Ihre Anfrage für ein Angebot ist eingegangen (Demo: sie wird nirgendwohin gesendet). Ihre Entscheidungen zu Ihren Daten werden getrennt gespeichert: Sehen Sie die Nachricht unter den Kästchen.',
    'title.index': 'Courtier Demo · procura',
    'index.h1': 'Ihr Makler, online',
    'index.intro':
      'Diese Demo-Seite zeigt die procura-Elemente auf der Website eines Versicherungsmaklers. Alles, was Sie hier tun, geht an den Referenzserver auf Ihrem Rechner.',
    'index.mandate':
      '<a href="mandate.html">Jemandem Zugang zu meinem Kundenbereich geben</a>: der Fragebogen, dann die unterschriebene Vollmacht.',
    'index.quote':
      '<a href="quote.html">Ein Angebot anfragen</a>: ein Formular mit den Einwilligungen, Zweck für Zweck.',
    'index.client-space':
      '<a href="client-space.html">Mein Kundenbereich</a>: wer Zugang zu was hat, die unterschriebene Vollmacht, der Widerruf.',
    'index.privacy': '<a href="privacy.html">Datenschutz</a>: der Reichweitenmessung widersprechen.',
    'index.cms':
      '<a href="cms.html">Eine CMS-Seite</a>: das eigenständige Paket unter einer strengen Sicherheitsrichtlinie.',
    'title.mandate': 'Zugang zu meinem Bereich geben · Courtier Demo · procura',
    'mandate.h1': 'Zugang zu meinem Kundenbereich geben',
    'mandate.intro':
      'Ein paar Fragen, um zu klären, ob eine Vollmacht nötig ist und welche Verträge die Person sehen kann. Ihre Antworten bleiben bis zum Ende des Fragebogens in diesem Browser.',
    'mandate.staff.h2': 'Ein anderes Beispiel: eine Fachkraft gibt Zugang zu einem Onlinedienst',
    'mandate.staff.intro':
      'Dasselbe Element mit dem Fragebogen eines Onlinedienstes für Gesundheitsberufe: Ein Mitarbeiter kann bevollmächtigt werden, ein Mitglied eines gewerblichen Abrechnungsbüros nicht.',
    'mandate.form.h2': 'Die Vollmacht',
    'mandate.form.intro':
      'Das Formular folgt der Antwort auf den Fragebogen oben: Die sichtbaren Verträge und die Art des Versicherungsnehmers ergeben sich aus dem Ergebnis. Sie füllen Ihren Teil aus und unterschreiben, dann füllt die Person, der Sie Zugang geben, ihren Teil aus und unterschreibt, hier oder später auf diesem Gerät. Sie können das PDF auch ausdrucken, von Hand unterschreiben und uns per Post senden.',
    'mandate.staffForm.h2': 'Die Vollmacht eines Mitarbeiters (ein Formular pro Dienst)',
    'mandate.staffForm.intro': 'Für zwei Onlinedienste: zwei Vollmachten und zwei PDF-Dateien, getrennt gesendet.',
    'title.client-space': 'Mein Kundenbereich · Courtier Demo · procura',
    'client-space.h1': 'Mein Kundenbereich',
    'client-space.signedOut': 'Melden Sie sich an (Menü oben), um zu sehen, wer Zugang zu Ihren Verträgen hat.',
    'client-space.data.intro':
      'Was der Makler über Sie speichert, in klaren Worten; Sie können eine Kopie, eine Berichtigung oder die Löschung verlangen und die Antwort verfolgen.',
    'client-space.intro':
      'Wer Zugang zu Ihren Verträgen hat, und zu welchen: Hier finden Sie jede unterschriebene Vollmacht (das PDF und seinen SHA-256-Fingerabdruck), was der Makler tatsächlich freigegeben hat, und Sie können einen Zugang jederzeit widerrufen.',
    'title.quote': 'Ein Angebot anfragen · Courtier Demo · procura',
    'quote.h1': 'Ein Angebot anfragen',
    'quote.intro':
      'Sagen Sie uns, was Sie versichern möchten: Ein Berater antwortet innerhalb von zwei Werktagen. Die Kästchen zur Nutzung Ihrer Daten sind alle freiwillig und ändern nichts an Ihrer Anfrage.',
    'quote.who':
      '<small>Demo: Wenn Sie nicht angemeldet sind, werden Ihre Entscheidungen als die eines Interessenten unter einer eigenen Referenz gespeichert; angemeldet (Menü oben) unter Ihrer Kundennummer.</small>',
    'quote.name': 'Vor- und Nachname',
    'quote.email': 'E-Mail-Adresse',
    'quote.product': 'Produkt',
    'quote.choose': 'Wählen Sie…',
    'quote.auto': 'Kfz-Versicherung',
    'quote.home': 'Wohnungsversicherung',
    'quote.family': 'Familienhaftpflichtversicherung',
    'quote.legal': 'Rechtsschutz',
    'quote.message': 'Ihre Nachricht (freiwillig)',
    'quote.terms': 'Ich habe die <a href="#conditions">allgemeinen Bedingungen des Angebots</a> gelesen.',
    'quote.submit': 'Mein Angebot anfragen',
    'quote.conditions.h2': 'Allgemeine Bedingungen des Angebots',
    'quote.conditions': 'Ein Angebot gilt 30 Tage. Es bindet Sie erst, wenn Sie es unterschrieben haben.',
    'title.privacy': 'Datenschutz · Courtier Demo · procura',
    'privacy.h1': 'Datenschutz',
    'privacy.intro':
      'Courtier Demo SRL, rue de l’Exemple 1, 1000 Brüssel, verarbeitet Ihre Daten, um Ihre Verträge zu verwalten und Sie zu beraten. Diese Seite erklärt, was diese Website von Ihrem Besuch misst und wie Sie dem widersprechen.',
    'privacy.contracts.h2': 'Ihre Verträge und Ihre Anfragen',
    'privacy.contracts':
      'Die Daten, die Sie uns anvertrauen (Identität, Kontaktdaten, Verträge, Schadensfälle), dienen der Verwaltung unserer Beziehung zu Ihnen. Ihre Entscheidungen zur Nutzung Ihrer Daten, Zweck für Zweck, werden mit ihrem Datum und der Fassung der Information gespeichert, die Ihnen gezeigt wurde. Sie können sie jederzeit in Ihrem Kundenbereich ändern.',
    'privacy.rights.h2': 'Ihre Rechte',
    'privacy.rights':
      'Sie können Auskunft über Ihre Daten, ihre Berichtigung oder ihre Löschung verlangen und ihrer Nutzung für Werbung widersprechen, indem Sie an <a href="mailto:privacy@courtier.example">privacy@courtier.example</a> schreiben. Sie können sich auch bei der Datenschutzbehörde beschweren.',
  },
};
// The demo mailbox page's texts live beside it (mailbox-texts.ts), in this same table.
for (const [code, texts] of Object.entries(MAILBOX_TEXTS)) TEXTS[code] = { ...TEXTS[code], ...texts };
// The broker's desk page's too (desk-texts.ts).
for (const [code, texts] of Object.entries(DESK_TEXTS)) TEXTS[code] = { ...TEXTS[code], ...texts };

export const PAGES = ['index', 'mandate', 'quote', 'client-space', 'desk', 'privacy', 'cms', 'mailbox'] as const;
export type Code = (typeof LANGUAGES)[number]['code'];

/** A text in `lang`, French when it is not written yet. */
export const textIn = (lang: Code, key: string): string => TEXTS[lang]?.[key] ?? TEXTS.fr?.[key] ?? '';

/** The header's markup in `lang`, for the page `here` (`mandate.html`). */
export function headerHTML(lang: Code, here: string): string {
  const t = (key: string) => textIn(lang, key);
  return `<a class="skip" href="#main">${t('skip')}</a>
  <div class="brand"><span aria-hidden="true">◆</span> Courtier Demo <small>${t('tagline')}</small></div>
  <nav aria-label="${t('nav.label')}"><ul>${PAGES.map((p) => `<li><a href="${p}.html"${`${p}.html` === here ? ' aria-current="page"' : ''}>${t(`nav.${p}`)}</a></li>`).join('')}</ul></nav>
  <div class="lang" role="group" aria-label="${t('lang.label')}">${LANGUAGES.map((l) => `<button type="button" lang="${l.code}" data-lang="${l.code}" aria-pressed="${l.code === lang}">${l.name}</button>`).join('')}</div>
  <form class="who" aria-label="${t('who.label')}"><label>${t('who.as')} <select name="user"></select></label> <button type="submit">${t('who.switch')}</button></form>`;
}

/** The footer's line in `lang`: the broker's address and the privacy page. */
export const footerLineHTML = (lang: Code): string =>
  `${textIn(lang, 'footer')} <a href="privacy.html">${textIn(lang, 'nav.privacy')}</a>`;

/** The footer: its line, and the compact switch (the one element on every page). */
export const footerHTML = (lang: Code): string => `<p class="site">${footerLineHTML(lang)}</p>
  <procura-cookie-opposition id="footer-opposition" compact policy-url="privacy.html"></procura-cookie-opposition>`;
