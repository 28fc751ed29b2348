import { html } from 'lit';

export default { title: 'Introduction' };

export const About = {
  render: () => html`<article style="max-width: 40rem; font-family: system-ui">
    <h1>procura</h1>
    <p>Web components for delegated access, mandates and consent. Each element has its own section in the sidebar, with a story per state and controls generated from the custom-elements manifest.</p>
    <p>Switch the language with the toolbar. Stories run without a backend: elements that need one say so, or are fed data through their documented properties.</p>
  </article>`,
};
