import type fr from '../fr/signature-pad.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-signature-pad> in German. */
export default {
  'pad.label': 'Ihre Unterschrift',
  'pad.labelFor': 'Unterschrift von {name}',
  'pad.requiredMark': '(Pflichtfeld)',
  'pad.methods': 'Wie möchten Sie unterschreiben?',
  'pad.method.drawn': 'Zeichnen',
  'pad.method.uploaded': 'Bild hochladen',
  'pad.method.typed': 'Namen eintippen',
  'pad.canvas': 'Feld, in das Sie Ihre Unterschrift zeichnen',
  'pad.canvasFor': 'Feld, in das {name} die Unterschrift zeichnet',
  'pad.drawHelp': 'Unterschreiben Sie im Rahmen mit der Maus, dem Finger oder einem Stift, wie auf Papier.',
  'pad.drawAlt.uploaded':
    'Wenn Sie nicht zeichnen können, laden Sie stattdessen ein Bild Ihrer handschriftlichen Unterschrift hoch.',
  'pad.drawAlt.typed': 'Wenn Sie nicht zeichnen können, tippen Sie stattdessen Ihren Namen ein.',
  'pad.drawAlt.both':
    'Wenn Sie nicht zeichnen können, laden Sie stattdessen ein Bild Ihrer handschriftlichen Unterschrift hoch oder tippen Sie Ihren Namen ein.',
  'pad.undo': 'Letzten Strich rückgängig machen',
  'pad.clear': 'Löschen',
  'pad.tooShort':
    'Ihre Unterschrift ist zu kurz. Unterschreiben Sie wie auf Papier, mit Ihrem Namen oder Ihrem üblichen Kürzel.',
  'pad.missing.drawn':
    'Die Unterschrift fehlt: Zeichnen Sie sie in das Feld oder wählen Sie eine andere Art zu unterschreiben.',
  'pad.missing.uploaded': 'Die Unterschrift fehlt: Wählen Sie das Bild Ihrer handschriftlichen Unterschrift.',
  'pad.missing.typed':
    'Die Unterschrift fehlt: Tippen Sie Ihren Namen und kreuzen Sie dann das Kästchen an, das ihn zu Ihrer Unterschrift macht.',
  'pad.upload.label': 'Bild Ihrer handschriftlichen Unterschrift',
  'pad.upload.help':
    'Unterschreiben Sie mit dunkler Tinte auf weißem Papier, fotografieren oder scannen Sie das Blatt und wählen Sie dann die Datei (PNG, JPEG oder WebP, höchstens {max} MB). Nur die Tinte wird behalten: Das Originalfoto und seine Metadaten (Ort, Gerät) verlassen Ihren Browser nicht.',
  'pad.upload.busy': 'Das Bild wird gelesen…',
  'pad.upload.notImage':
    'Diese Datei ist kein lesbares Bild. Wählen Sie ein Foto oder einen Scan im Format PNG, JPEG oder WebP.',
  'pad.upload.tooBig': 'Diese Datei ist größer als {max} MB. Wählen Sie ein kleineres Bild.',
  'pad.upload.empty':
    'Auf diesem Bild ist keine Unterschrift zu sehen. Unterschreiben Sie mit dunkler Tinte auf hellem Papier und versuchen Sie es dann erneut.',
  'pad.upload.preview': 'Vorschau der übernommenen Unterschrift',
  'pad.upload.remove': 'Bild entfernen',
  'pad.typed.label': 'Ihr Name, so wie Sie unterschreiben',
  'pad.typed.intent': 'Dieser eingetippte Name soll als meine Unterschrift gelten.',
  'pad.typed.intentMissing':
    'Kreuzen Sie das Kästchen an, um zu bestätigen, dass dieser eingetippte Name als Ihre Unterschrift gilt.',
  'pad.status.empty': 'Noch keine Unterschrift.',
  'pad.status.signed': 'Unterschrift gespeichert am {date}.',
} satisfies Translation<typeof fr>;
