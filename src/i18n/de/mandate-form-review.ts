import type fr from '../fr/mandate-form-review.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-mandate-form>'s review, sent step and PDF in German, loaded with them (src/mandate-form/review.ts). */
export default {
  'mandate.review.intro#one': 'Lesen Sie die Vollmacht so, wie sie gesendet wird, und senden Sie sie dann.',
  'mandate.review.intro#other':
    'Sie beantragen Zugang zu {count} Diensten: Für jeden Dienst braucht es eine eigene Vollmacht und eine eigene PDF-Datei. Lesen Sie sie und senden Sie sie dann.',
  'mandate.review.paper':
    'Sie möchten lieber Papier? Drucken Sie das PDF aus, unterschreiben Sie es von Hand und schicken Sie es uns per Post.',
  'mandate.pdfFailed':
    'Das PDF konnte nicht vorbereitet werden. Versuchen Sie es erneut; wenn das Problem bleibt, informieren Sie uns.',
  'mandate.charsFailed':
    'Das PDF wurde nicht erstellt: Diese Zeichen können nicht gedruckt werden: {chars}. Schreiben Sie sie in lateinischen Buchstaben (zum Beispiel wie im Reisepass) und versuchen Sie es erneut.',
  'mandate.character': '„{char}“',
  'mandate.fontFailed':
    'Das PDF wurde nicht erstellt: Die Schrift, die alle Buchstaben der Namen schreibt, konnte nicht geladen werden, und eine Vollmacht wird nie mit veränderten Buchstaben gedruckt. Versuchen Sie es später erneut; wenn das Problem bleibt, informieren Sie uns.',
  'mandate.open': 'PDF ansehen: {service}',
  'mandate.download': 'PDF herunterladen: {service}',
  'mandate.submit#one': 'Vollmacht senden',
  'mandate.submit#other': 'Die {count} Vollmachten senden',
  'mandate.done#one': 'Ihre Vollmacht ist gesendet. Sie wird aktiv, sobald wir sie geprüft haben.',
  'mandate.done#other': 'Ihre {count} Vollmachten sind gesendet. Sie werden aktiv, sobald wir sie geprüft haben.',
  'mandate.queuedFor': '{service}: wartet auf das Senden.',
  'mandate.sentFor': '{service}: gesendet (Referenz {id}).',
  'mandate.pdf.title': 'Vollmacht für den Zugang zu einem Online-Dienst',
  'mandate.pdf.service': 'Dienst: {service}',
  'mandate.pdf.created': 'Erstellt am {date}',
  'mandate.pdf.decision': 'Antworten auf den Fragebogen',
  'mandate.pdf.outcome': 'Ergebnis',
  'mandate.pdf.commitments': 'Verpflichtungen',
  'mandate.pdf.commitmentsText':
    'Der Vollmachtgeber und der Bevollmächtigte nutzen jeweils eine eigene E-Mail-Adresse. Der Benutzername wird an den Vollmachtgeber gesendet, das vorläufige Passwort an den Bevollmächtigten. Jeder Benutzer haftet für das, was unter seinem Namen getan wird.',
  'mandate.pdf.signatures': 'Unterschriften',
  'mandate.pdf.signedBy': 'Unterschrieben von {name}',
  'mandate.pdf.signatureAlt': 'Unterschrift von {name}',
  'mandate.pdf.signedAt': 'am {date}',
  'mandate.pdf.unsigned': 'Name, Datum und handschriftliche Unterschrift:',
  'mandate.pdf.method.drawn': 'auf dem Bildschirm gezeichnete Unterschrift',
  'mandate.pdf.method.uploaded': 'Bild einer handschriftlichen Unterschrift',
  'mandate.pdf.method.typed': 'eingetippte Unterschrift',
  'mandate.pdf.method.qualified': 'qualifizierte elektronische Signatur',
  'mandate.pdf.hash': 'Fingerabdruck der Daten (SHA-256): {hash}',
  'mandate.pdf.page': 'Seite {n} / {total}',
  'mandate.pdf.requestTitle': 'Antrag auf Zugang zu einem Online-Dienst',
  'mandate.pdf.requestFilename': 'zugangsantrag-{service}.pdf',
  'mandate.pdf.broker': 'Der Makler',
  'mandate.pdf.broker.name': 'Büro',
  'mandate.pdf.broker.registration': 'Eintragungsnummer',
  'mandate.pdf.broker.address': 'Anschrift',
  'mandate.pdf.broker.contact': 'Kontakt',
  'mandate.pdf.legend.requester': 'Der Antragsteller: die Person, die Zugang zu ihrem eigenen Bereich beantragt',
  'mandate.pdf.legend.request': 'Der beantragte Zugang',
  'mandate.pdf.duration': 'Dauer',
  'mandate.pdf.untilRevoked': 'bis zum Widerruf',
  'mandate.pdf.clause': 'Was der Bevollmächtigte tun darf',
  'mandate.pdf.outcome.mandate.all':
    'Eine Vollmacht ist nötig: Der Bevollmächtigte sieht alle Verträge des Vollmachtgebers.',
  'mandate.pdf.outcome.mandate.one':
    'Eine Vollmacht ist nötig: Der Bevollmächtigte sieht einen einzigen Vertrag, den in dieser Vollmacht genannten.',
  'mandate.pdf.outcome.mandate.listed':
    'Eine Vollmacht ist nötig: Der Bevollmächtigte sieht nur die Verträge, die in dieser Vollmacht aufgeführt sind.',
  'mandate.pdf.outcome.none':
    'Keine Vollmacht nötig: Der Versicherungsnehmer beantragt schriftlich Zugang zu seinem eigenen Bereich, für alle seine Verträge.',
  'mandate.pdf.requestCommitmentsText':
    'Der Antragsteller nutzt eine eigene E-Mail-Adresse; seine Anmeldedaten werden dorthin gesendet. Er haftet für das, was unter seinem Namen getan wird.',
  'mandate.pdf.signature': 'Unterschrift',
  'mandate.pdf.signature.requester': 'Unterschrift des Antragstellers',
  'mandate.pdf.documentId': 'Dokument Nr. {id}',
  'mandate.pdf.filename': 'vollmacht-{service}.pdf',
  'mandate.yes': 'ja',
  'mandate.no': 'nein',
  'mandate.review.request': 'Lesen Sie Ihren Zugangsantrag so, wie er gesendet wird, und senden Sie ihn dann.',
  'mandate.review.requester': 'Antragsteller',
  'mandate.review.allFuture': 'Alle Verträge, auch künftige',
  'mandate.openRequest': 'PDF des Antrags ansehen: {service}',
  'mandate.downloadRequest': 'PDF des Antrags herunterladen: {service}',
  'mandate.submitRequest': 'Antrag senden',
  'mandate.sentTo': '{service}: gesendet.',
  'mandate.confirm.title#one': 'Vollmacht gesendet',
  'mandate.confirm.title#other': 'Vollmachten gesendet',
  'mandate.confirm.requestTitle': 'Zugangsantrag gesendet',
  'mandate.confirm.queuedTitle': 'Wartet auf das Senden',
  'mandate.confirm.requestSent': 'Ihr Zugangsantrag ist gesendet. Er wird aktiv, sobald Ihr Makler ihn geprüft hat.',
  'mandate.confirm.requestQueued':
    'Der Server antwortet im Moment nicht. Ihr Antrag bleibt auf diesem Gerät gespeichert und wird von selbst gesendet, sobald es geht. Die Referenz erscheint hier, sobald er gesendet ist.',
  'mandate.confirm.reference': 'Referenz:',
  'mandate.confirm.copy': 'Kopieren',
  'mandate.confirm.copyLabel': 'Kopieren: Referenz {ref}',
  'mandate.confirm.copied': 'Kopiert',
  'mandate.confirm.copyFailed':
    'Das Kopieren hat nicht geklappt: Markieren Sie die Referenz und kopieren Sie sie selbst.',
  'mandate.confirm.next': 'Wie geht es weiter?',
  'mandate.confirm.request1':
    'Ihr Makler prüft Ihren Antrag und Ihre Unterschrift. Nennen Sie die Referenz, wenn Sie ihn kontaktieren.',
  'mandate.confirm.request2':
    'Sobald er ihn annimmt, erhalten Sie Ihre Anmeldedaten per E-Mail und finden diesen Zugang in Ihrem Kundenbereich, in der Liste Ihrer Zugänge.',
  'mandate.confirm.mandate1':
    'Ihr Makler prüft die Vollmacht und beide Unterschriften. Nennen Sie die Referenz, wenn Sie ihn kontaktieren.',
  'mandate.confirm.mandate2':
    'Sobald er sie aktiviert, erhält der Bevollmächtigte seine Anmeldedaten per E-Mail. Sie finden diese Vollmacht in Ihrem Kundenbereich, in der Liste der Zugänge, wo Sie sie jederzeit widerrufen können.',
} satisfies Translation<typeof fr>;
