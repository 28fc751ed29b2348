import type fr from '../fr/my-data-controller.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-my-data>'s part on the controller and the person's rights, Dutch. */
export default {
  'mydata.controller': 'Wie uw gegevens verwerkt, en uw rechten',
  'mydata.controller.name': 'Verwerkingsverantwoordelijke',
  'mydata.controller.address': 'Adres',
  'mydata.controller.contact': 'Contact',
  'mydata.controller.dpo': 'Functionaris voor gegevensbescherming',
  'mydata.controller.policy': 'Het privacybeleid lezen',
  'mydata.rights.default':
    'U kunt een kopie van uw gegevens vragen, hun verbetering, hun wissing, een beperking van hun gebruik, of bezwaar maken tegen een verwerking. Uw makelaar antwoordt binnen een maand, te verlengen met twee maanden bij een complexe vraag; u hoort dan waarom.',
} satisfies Translation<typeof fr>;
