// The three ways a person may see a page, for the axe scans of the demo pages and the stories:
// light, dark (prefers-color-scheme) and forced colours (Windows High Contrast).
export const MODES = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced colours', media: { colorScheme: 'light', forcedColors: 'active' } },
];
