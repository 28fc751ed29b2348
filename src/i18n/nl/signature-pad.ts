import type fr from '../fr/signature-pad.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-signature-pad> in Dutch. */
export default {
  'pad.label': 'Uw handtekening',
  'pad.labelFor': 'Handtekening van {name}',
  'pad.requiredMark': '(verplicht)',
  'pad.methods': 'Hoe wilt u ondertekenen?',
  'pad.method.drawn': 'Tekenen',
  'pad.method.uploaded': 'Een afbeelding uploaden',
  'pad.method.typed': 'Mijn naam typen',
  'pad.canvas': 'Vak waarin u uw handtekening tekent',
  'pad.canvasFor': 'Vak waarin {name} de handtekening tekent',
  'pad.drawHelp': 'Onderteken in het vak met de muis, uw vinger of een stylus, zoals op papier.',
  'pad.drawAlt.uploaded': 'Kunt u niet tekenen? Upload dan een afbeelding van uw handgeschreven handtekening.',
  'pad.drawAlt.typed': 'Kunt u niet tekenen? Typ dan uw naam.',
  'pad.drawAlt.both':
    'Kunt u niet tekenen? Upload dan een afbeelding van uw handgeschreven handtekening of typ uw naam.',
  'pad.undo': 'Laatste lijn ongedaan maken',
  'pad.clear': 'Wissen',
  'pad.tooShort': 'Uw handtekening is te kort. Onderteken zoals op papier, met uw naam of uw gewone paraaf.',
  'pad.missing.drawn':
    'De handtekening ontbreekt: teken ze in het kader, of kies een andere manier om te ondertekenen.',
  'pad.missing.uploaded': 'De handtekening ontbreekt: kies de afbeelding van uw handgeschreven handtekening.',
  'pad.missing.typed':
    'De handtekening ontbreekt: typ uw naam en vink dan het vakje aan dat er uw handtekening van maakt.',
  'pad.upload.label': 'Afbeelding van uw handgeschreven handtekening',
  'pad.upload.help':
    'Onderteken met donkere inkt op een wit blad, fotografeer of scan het en kies dan het bestand (PNG, JPEG of WebP, hoogstens {max} MB). Alleen de inkt wordt bewaard: de oorspronkelijke foto en de metagegevens ervan (plaats, toestel) verlaten uw browser niet.',
  'pad.upload.busy': 'De afbeelding wordt gelezen…',
  'pad.upload.notImage': 'Dit bestand is geen leesbare afbeelding. Kies een foto of scan in PNG, JPEG of WebP.',
  'pad.upload.tooBig': 'Dit bestand is groter dan {max} MB. Kies een lichtere afbeelding.',
  'pad.upload.empty':
    'Op deze afbeelding staat geen handtekening. Onderteken met donkere inkt op licht papier en probeer opnieuw.',
  'pad.upload.preview': 'Voorbeeld van de gekozen handtekening',
  'pad.upload.remove': 'Afbeelding verwijderen',
  'pad.typed.label': 'Uw naam, zoals u ondertekent',
  'pad.typed.intent': 'Ik wil dat deze getypte naam als mijn handtekening geldt.',
  'pad.typed.intentMissing': 'Vink het vakje aan om te bevestigen dat deze getypte naam als uw handtekening geldt.',
  'pad.status.empty': 'Nog geen handtekening.',
  'pad.status.signed': 'Handtekening vastgelegd op {date}.',
} satisfies Translation<typeof fr>;
