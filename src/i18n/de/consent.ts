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
} satisfies Translation<typeof fr>;
