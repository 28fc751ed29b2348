import type { StorybookConfig } from '@storybook/web-components-vite';

// Works offline: no telemetry, no version check, nothing fetched at build time.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: {},
};
export default config;
