/**
 * What a mandatary may and may not do, printed as a clause in each mandate's PDF. The
 * kit's default fits a broker's client space (000: the mandatary sees, the grantor stays
 * the only one who commits); a site sets its own per service with `configure({ clauses })`.
 */
import { getConfiguration, type ServiceClause } from '../core/configure.js';
import { pick } from '../model/localized.js';

export const defaultClause: ServiceClause = {
  may: {
    fr: 'Le mandataire peut consulter les contrats, les documents et les sinistres couverts par ce mandat, et envoyer des messages au courtier.',
    nl: 'De gevolmachtigde mag de contracten, documenten en schadegevallen bekijken die onder deze volmacht vallen, en berichten sturen naar de makelaar.',
    en: 'The mandatary may see the contracts, documents and claims covered by this mandate, and send messages to the broker.',
    de: 'Der Bevollmächtigte darf die Verträge, Dokumente und Schadensfälle einsehen, die diese Vollmacht umfasst, und dem Makler Nachrichten senden.',
  },
  mayNot: {
    fr: 'Le mandataire ne peut pas modifier ni résilier un contrat, ni modifier les données personnelles du mandant, ni donner accès à une autre personne.',
    nl: 'De gevolmachtigde mag geen contract wijzigen of opzeggen, mag de persoonsgegevens van de volmachtgever niet wijzigen en mag niemand anders toegang geven.',
    en: 'The mandatary may not change or end a contract, change the grantor’s personal data, or give access to anyone else.',
    de: 'Der Bevollmächtigte darf keinen Vertrag ändern oder kündigen, die persönlichen Daten des Vollmachtgebers nicht ändern und niemand anderem Zugang geben.',
  },
};

/** The clause for `service` in `locale`: the form's configuration's, else the page's, else the kit's default. */
export function clauseFor(
  service: string,
  locale: string,
  own?: Record<string, ServiceClause>,
): { may: string; mayNot: string } {
  const c = own?.[service] ?? getConfiguration().clauses?.[service] ?? defaultClause;
  return { may: pick(c.may, locale), mayNot: pick(c.mayNot, locale) };
}
