// A React 19 app using the elements in JSX, with the kit's JSX types (`procura/jsx`).
// React 19 sets object props (`config`) as properties and listens to `on<event-name>`.
import 'procura';
import type {} from 'procura/jsx';
import { useRef, type ReactElement } from 'react';
import type { ConsentConfig, ProcuraMandateForm } from 'procura/classes';

const notice: ConsentConfig = {
  controller: { name: 'Courtier SA', address: 'Rue de la Loi 1, 1000 Bruxelles', contact: 'dpo@courtier.example' },
  policyUrl: '/vie-privee',
  noticeVersion: '2025-01',
  purposes: ['electronic-prospection'],
};

export function Mandate(): ReactElement {
  const form = useRef<ProcuraMandateForm>(null);
  return (
    <main>
      <procura-delegation-tree id="who" tree="broker-client-space" heading-level={3}></procura-delegation-tree>
      <procura-mandate-form
        ref={form}
        for="who"
        services="client-space"
        config={{ title: { fr: 'Courtier SA' } }}
        onprocura-submitted={(e) => {
          if (e.detail.kind === 'mandate') console.info('grant', e.detail.response.grantId);
        }}
      />
      <procura-consent id="newsletter" config={notice} onprocura-error={(e) => console.warn(e.detail.kind)} />
      {/* @ts-expect-error: noticeVersion is a string */}
      <procura-consent config={{ ...notice, noticeVersion: 1 }} />
      {/* @ts-expect-error: not an element of the kit */}
      <procura-unknown />
    </main>
  );
}
