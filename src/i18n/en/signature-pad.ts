import type fr from '../fr/signature-pad.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-signature-pad> in English. */
export default {
  'pad.label': 'Your signature',
  'pad.labelFor': 'Signature of {name}',
  'pad.requiredMark': '(required)',
  'pad.methods': 'How do you want to sign?',
  'pad.method.drawn': 'Draw',
  'pad.method.uploaded': 'Upload an image',
  'pad.method.typed': 'Type my name',
  'pad.canvas': 'Area where you draw your signature',
  'pad.canvasFor': 'Area where {name} draws their signature',
  'pad.drawHelp': 'Sign inside the box with a mouse, a finger or a stylus, as on paper.',
  'pad.drawAlt.uploaded': 'If you cannot draw, upload an image of your handwritten signature instead.',
  'pad.drawAlt.typed': 'If you cannot draw, type your name instead.',
  'pad.drawAlt.both': 'If you cannot draw, upload an image of your handwritten signature or type your name instead.',
  'pad.undo': 'Undo the last stroke',
  'pad.clear': 'Clear',
  'pad.tooShort': 'Your signature is too short. Sign as you would on paper, with your name or your usual initials.',
  'pad.missing.drawn': 'The signature is missing: draw it in the box, or choose another way to sign.',
  'pad.missing.uploaded': 'The signature is missing: choose the picture of your handwritten signature.',
  'pad.missing.typed': 'The signature is missing: type your name, then tick the box that makes it your signature.',
  'pad.upload.label': 'Image of your handwritten signature',
  'pad.upload.help':
    'Sign in dark ink on white paper, take a photo or a scan of it, then choose the file (PNG, JPEG or WebP, {max} MB at most). Only the ink is kept: the original photo and its metadata (place, device) never leave your browser.',
  'pad.upload.busy': 'Reading the image…',
  'pad.upload.notImage': 'This file is not a readable image. Choose a photo or a scan in PNG, JPEG or WebP.',
  'pad.upload.tooBig': 'This file is larger than {max} MB. Choose a lighter image.',
  'pad.upload.empty': 'No signature shows on this image. Sign in dark ink on light paper, then try again.',
  'pad.upload.preview': 'Preview of the signature kept',
  'pad.upload.remove': 'Remove the image',
  'pad.typed.label': 'Your name, as you sign it',
  'pad.typed.intent': 'I intend this typed name as my signature.',
  'pad.typed.intentMissing': 'Tick the box to confirm that this typed name is your signature.',
  'pad.status.empty': 'No signature yet.',
  'pad.status.signed': 'Signature recorded on {date}.',
} satisfies Translation<typeof fr>;
