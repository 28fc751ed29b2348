import type fr from '../fr/consent-presets.js';
import type { Translation } from '../../core/localize.js';

export default {
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
