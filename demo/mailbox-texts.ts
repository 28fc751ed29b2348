// The demo mailbox page's texts (mailbox.html, mailbox-page.ts), merged into the demo's text
// table (chrome.ts TEXTS): French is also in the page's HTML, as on every demo page.
export const MAILBOX_TEXTS: Record<string, Record<string, string>> = {
  fr: {
    'nav.mailbox': 'Boîte mail (démo)',
    'mailbox.refresh': 'Actualiser',
    'mailbox.empty':
      'Aucun message envoyé pour l’instant. Activez une demande côté courtier : les messages arrivent ici.',
    'mailbox.failed': 'La boîte mail n’a pas pu être lue (code {status}).',
    'mailbox.count': 'Messages envoyés : {n}.',
    'mailbox.to': 'À {to}, envoyé le {date}',
    'mailbox.accepted': 'Le lien est accepté : sur un vrai site, vous choisiriez ici votre mot de passe.',
    'mailbox.gone': 'Ce lien a déjà servi ou a expiré.',
  },
  nl: {
    'nav.mailbox': 'Mailbox (demo)',
    'title.mailbox': 'Demomailbox · Courtier Demo · procura',
    'mailbox.h1': 'Demomailbox',
    'mailbox.intro':
      'De berichten die de referentieserver heeft verstuurd: bevestigingen, uitnodigingen, weigeringen en intrekkingen. In de demo, zonder SMTP-server, komen ze hier terecht in plaats van in een echte mailbox.',
    'mailbox.invitation.h2': 'Uitnodiging',
    'mailbox.invitation.intro':
      'Met deze uitnodigingslink kiest de gevolmachtigde één keer een wachtwoord. (Demo: er wordt geen wachtwoord gevraagd; de link wordt alleen als gebruikt gemarkeerd.)',
    'mailbox.invitation.accept': 'De uitnodigingslink gebruiken',
    'mailbox.h2': 'Verstuurde berichten',
    'mailbox.refresh': 'Vernieuwen',
    'mailbox.empty': 'Nog geen berichten verstuurd. Activeer een aanvraag als makelaar: de berichten komen hier aan.',
    'mailbox.failed': 'De mailbox kon niet worden gelezen (code {status}).',
    'mailbox.count': 'Verstuurde berichten: {n}.',
    'mailbox.to': 'Aan {to}, verstuurd op {date}',
    'mailbox.accepted': 'De link is aanvaard: op een echte site zou u hier uw wachtwoord kiezen.',
    'mailbox.gone': 'Deze link is al gebruikt of verlopen.',
  },
  en: {
    'nav.mailbox': 'Mailbox (demo)',
    'title.mailbox': 'Demo mailbox · Courtier Demo · procura',
    'mailbox.h1': 'Demo mailbox',
    'mailbox.intro':
      'The messages the reference server sent: confirmations, invitations, refusals and revocations. In the demo, without an SMTP server, they arrive here instead of a real mailbox.',
    'mailbox.invitation.h2': 'Invitation',
    'mailbox.invitation.intro':
      'With this invitation link the mandatary chooses a password, once. (Demo: no password is asked; the link is only marked as used.)',
    'mailbox.invitation.accept': 'Use the invitation link',
    'mailbox.h2': 'Messages sent',
    'mailbox.refresh': 'Refresh',
    'mailbox.empty': 'No message sent yet. Activate a request as the broker: the messages arrive here.',
    'mailbox.failed': 'The mailbox could not be read (code {status}).',
    'mailbox.count': 'Messages sent: {n}.',
    'mailbox.to': 'To {to}, sent on {date}',
    'mailbox.accepted': 'The link is accepted: on a real site you would now choose your password.',
    'mailbox.gone': 'This link was already used or has expired.',
  },
  de: {
    'nav.mailbox': 'Postfach (Demo)',
    'title.mailbox': 'Demo-Postfach · Courtier Demo · procura',
    'mailbox.h1': 'Demo-Postfach',
    'mailbox.intro':
      'Die Nachrichten, die der Referenzserver gesendet hat: Bestätigungen, Einladungen, Ablehnungen und Widerrufe. In der Demo, ohne SMTP-Server, kommen sie hier an statt in einem echten Postfach.',
    'mailbox.invitation.h2': 'Einladung',
    'mailbox.invitation.intro':
      'Mit diesem Einladungslink legt der Bevollmächtigte einmal ein Passwort fest. (Demo: Es wird kein Passwort abgefragt; der Link wird nur als benutzt markiert.)',
    'mailbox.invitation.accept': 'Den Einladungslink benutzen',
    'mailbox.h2': 'Gesendete Nachrichten',
    'mailbox.refresh': 'Aktualisieren',
    'mailbox.empty':
      'Noch keine Nachricht gesendet. Aktivieren Sie als Makler einen Antrag: Die Nachrichten kommen hier an.',
    'mailbox.failed': 'Das Postfach konnte nicht gelesen werden (Code {status}).',
    'mailbox.count': 'Gesendete Nachrichten: {n}.',
    'mailbox.to': 'An {to}, gesendet am {date}',
    'mailbox.accepted': 'Der Link ist angenommen: Auf einer echten Website würden Sie hier Ihr Passwort festlegen.',
    'mailbox.gone': 'Dieser Link wurde bereits benutzt oder ist abgelaufen.',
  },
};
