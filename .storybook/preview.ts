import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and the docs tables come from the manifest generated from the JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: { controls: { expanded: true } },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: { title: 'Langue', items: ['fr', 'fr-BE', 'fr-CA', 'nl', 'nl-BE', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'fr' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'fr';
      return story();
    },
  ],
};
export default preview;
