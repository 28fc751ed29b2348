import type fr from '../fr/consent.js';
import type { Translation } from '../../core/localize.js';

/** The consent element's texts in German: plain language, whole sentences, polite "Sie". */
export default {
  'consent.title': 'Ihre Wahl zur Nutzung Ihrer Daten',
  'consent.intro':
    'Jedes Kästchen ist freiwillig: Ihre Anfrage wird gleich behandelt, ob Sie es ankreuzen oder nicht. Nichts ist im Voraus angekreuzt. Sie können Ihre Meinung jederzeit ändern, hier und genauso einfach.',
  'consent.objectTo': 'Ich widerspreche der Nutzung meiner Daten für: {label}',
  'consent.recipients': 'Empfänger: {list}.',
  'consent.transfers': 'Übermittlung außerhalb der Europäischen Union: {text}',
  'consent.notice.title': 'Wer Ihre Daten nutzt, und Ihre Rechte',
  'consent.notice.controller': 'Verantwortlicher für die Verarbeitung: {name}, {address}.',
  'consent.notice.contact': 'Kontakt zu Ihren Daten: {contact}.',
  'consent.notice.dpo': 'Datenschutzbeauftragter: {dpo}.',
  'consent.notice.purposes':
    'Ihre Daten werden nur für die Zwecke genutzt, die bei jedem Kästchen beschrieben sind, und nur, wenn Sie einwilligen oder nicht widersprechen.',
  'consent.notice.noTransfer': 'Ihre Daten werden nicht außerhalb der Europäischen Union übermittelt.',
  'consent.notice.someTransfers':
    'Einige Daten werden außerhalb der Europäischen Union übermittelt: Das steht beim betreffenden Zweck.',
  'consent.notice.rights':
    'Sie können jederzeit Ihre Daten einsehen, sie berichtigen oder löschen lassen und ihrer Nutzung für Werbung widersprechen, kostenlos und ohne Begründung. Sie können eine Einwilligung jederzeit so einfach widerrufen, wie Sie sie gegeben haben: Entfernen Sie das Kreuz und speichern Sie; was vorher geschehen ist, bleibt rechtmäßig. Um Ihre Rechte auszuüben, schreiben Sie an {contact}. Sie können auch eine Beschwerde bei der Datenschutzbehörde einreichen.',
  'consent.notice.retention':
    'Wir bewahren die Daten eines Interessenten 3 Jahre ab ihrer Erhebung oder ab Ihrem letzten Kontakt auf, und die für Werbung genutzten Daten eines Kunden 3 Jahre nach dem Ende der Geschäftsbeziehung. Ein Widerspruch wird mindestens 3 Jahre aufbewahrt, nur um ihn zu beachten. Eine Kopie eines Ausweises, die Sie zur Ausübung Ihrer Rechte senden, wird 1 Jahr aufbewahrt (3 Jahre bei einem Widerspruch).',
  'consent.notice.policy': 'Unsere vollständige Datenschutzerklärung lesen',
  'consent.save': 'Meine Wahl speichern',
  'consent.saved': 'Ihre Wahl ist gespeichert. Vielen Dank.',
  'consent.nothingChanged': 'Sie haben nichts geändert: Es gibt nichts zu speichern.',
  'consent.loading': 'Ihre aktuelle Wahl wird geladen…',
  'consent.loadFailed':
    'Ihre aktuelle Wahl konnte nicht geladen werden. Nur die Kästchen, die Sie ändern, werden gespeichert.',
  'consent.state.given': 'Einwilligung gegeben am {date}.',
  'consent.state.refused': 'Abgelehnt am {date}.',
  'consent.state.withdrawn': 'Einwilligung widerrufen am {date}.',
  'consent.state.objected': 'Widerspruch gespeichert am {date}.',
  'consent.state.notObjected': 'Kein Widerspruch seit dem {date}.',
  'consent.badIndicatedBy':
    'Das Attribut indicated-by muss subject, mandatary oder staff sein, wahlweise gefolgt von „:“ und einer Referenz.',

  'consent.recipients.us':
    'unsere Vertriebs- und Marketingabteilungen sowie unsere zur Vertraulichkeit verpflichteten Auftragsverarbeiter',
  'consent.recipients.group': 'die Unternehmen unserer Gruppe',
  'consent.recipients.partners':
    'unsere Geschäftspartner (Unternehmen, mit denen wir regelmäßig zusammenarbeiten), die sie nur nutzen, um Ihnen direkt ihre eigenen Produkte anzubieten',

  'consent.p.electronic-prospection.label':
    'Ich bin einverstanden, per E-Mail, SMS oder MMS Angebote für andere Produkte als die, die ich abgeschlossen habe, zu erhalten.',
  'consent.p.electronic-prospection.description':
    'Zum Beispiel ein Angebot für eine Wohnungsversicherung, wenn Sie bei uns nur eine Autoversicherung haben. Jede Nachricht enthält einen Link, um keine weiteren zu erhalten.',
  'consent.p.automated-calls.label':
    'Ich bin einverstanden, dass Sie mich mit Angeboten per automatischem Anruf oder per Fax kontaktieren.',
  'consent.p.automated-calls.description':
    'Ein automatischer Anruf wird von einer Maschine geführt, ohne Berater am Telefon. Jede Nachricht sagt, wie Sie keine weiteren erhalten.',
  'consent.p.partners-electronic.label':
    'Ich bin einverstanden, dass Sie meine E-Mail-Adresse und meine Telefonnummer an Ihre Partner weitergeben, damit diese mir ihre Angebote per E-Mail, SMS, MMS, automatischem Anruf oder Fax senden.',
  'consent.p.partners-electronic.description':
    'Wenn Sie Ihre Einwilligung widerrufen, informieren wir unverzüglich jeden Partner, der Ihre Kontaktdaten erhalten hat.',
  'consent.p.sensitive-data.label':
    'Ich bin einverstanden, dass Sie die Angaben nutzen, die ich Ihnen mache und die meine Herkunft, meine politischen oder weltanschaulichen Überzeugungen, meine Religion oder meine Gewerkschaftszugehörigkeit erkennen lassen könnten.',
  'consent.p.sensitive-data.description':
    'Nur das, was Sie uns selbst mitteilen möchten, um Ihre Anfrage zu bearbeiten. Diese Angaben dienen nie dazu, ein Profil zu erstellen.',
  'consent.p.photo.label': 'Ich bin einverstanden, dass Sie mein Foto oder mein Bild nutzen.',
  'consent.p.photo.description':
    'Nur das Foto oder Bild, das Sie uns senden, für den angekündigten Zweck. Ohne Ihre Einwilligung bewahren wir es nicht auf.',
  'consent.p.postal-phone-prospection.label':
    'Ich widerspreche, Angebote per Post oder durch den Anruf eines Beraters zu erhalten.',
  'consent.p.postal-phone-prospection.description':
    'Wenn Sie dieses Kästchen nicht ankreuzen, können wir Ihnen Angebote per Post senden oder ein Berater kann Sie anrufen.',
  'consent.p.analogous-email-prospection.label':
    'Ich widerspreche, per E-Mail Angebote für ähnliche Produkte wie die, die ich abgeschlossen habe, zu erhalten.',
  'consent.p.analogous-email-prospection.description':
    'Zum Beispiel eine Erweiterung Ihrer Autoversicherung. Jede E-Mail enthält auch einen Link, um keine weiteren zu erhalten.',
  'consent.p.partners-postal.label':
    'Ich widerspreche, dass Sie meine Postanschrift und meine Telefonnummer an Ihre Partner weitergeben, für Angebote per Post oder durch den Anruf eines Beraters.',
  'consent.p.partners-postal.description':
    'Sie nutzen sie nur, um Ihnen direkt ihre eigenen Produkte anzubieten. Wenn Sie später widersprechen, informieren wir sie unverzüglich.',
  'consent.p.partners-identity.label':
    'Ich widerspreche, dass Sie meine Identität und meine familiäre, wirtschaftliche und finanzielle Lage an Ihre Partner weitergeben.',
  'consent.p.partners-identity.description':
    'Zum Beispiel Ihren Namen, Ihre familiäre Lage oder Ihren Beruf, nie Ihre Kundennummer. Sie nutzen diese Angaben nur, um Ihnen direkt ihre eigenen Produkte anzubieten.',
  'consent.p.share.label': 'Auf meinen Wunsch bin ich einverstanden, dass Sie {data} an {recipient} weitergeben.',
  'consent.p.share.description':
    'Nur diese Daten und nur an diesen Empfänger, für den Dienst, den Sie angefragt haben. Sie können diese Einwilligung jederzeit widerrufen: Die Weitergabe endet dann.',
} satisfies Translation<typeof fr>;
