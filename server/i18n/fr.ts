/** The server's French sentences: the source the other languages are checked against (types.ts). */
import type { ProblemCode } from '../../src/model/problem.js';

export default {
  titles: {
    validation: 'Données non valables',
    'bad-request': 'Requête mal formée',
    'media-type': 'Type de contenu non accepté',
    'too-large': 'Contenu trop volumineux',
    unauthorized: 'Vous n’êtes pas connecté',
    forbidden: 'Action non permise',
    'not-you': 'Pas à votre nom',
    origin: 'Site d’origine non autorisé',
    'not-found': 'Introuvable',
    conflict: 'Existe déjà',
    'in-progress': 'Envoi en cours',
    'idempotency-mismatch': 'Envoi différent sous la même clé',
    state: 'Impossible dans cet état',
    'rate-limited': 'Trop de demandes',
    internal: 'Erreur du serveur',
    unavailable: 'Service indisponible',
    'seal-unavailable': 'Scellement indisponible',
  },
  details: {
    validation: 'Certains champs ne sont pas valables : la liste des erreurs dit lesquels.',
    'bad-request': 'Le serveur ne peut pas lire cette requête : sa forme n’est pas celle attendue.',
    'media-type': 'Le contenu n’est pas envoyé dans un type que cette adresse accepte.',
    'too-large': 'L’envoi est plus volumineux que ce que le serveur accepte.',
    unauthorized: 'Connectez-vous d’abord : cette action demande que vous soyez connecté.',
    forbidden: 'Vous êtes connecté, mais cette action ne vous est pas permise.',
    'not-you':
      'Le formulaire nomme une autre personne que celle qui est connectée : on ne peut signer qu’en son propre nom.',
    origin: 'Cette page vient d’un site qui ne peut pas agir avec votre session.',
    'not-found': 'Cet élément n’existe pas, ou vous n’avez pas le droit de le voir.',
    conflict: 'Cela existe déjà : rien n’a été enregistré une deuxième fois.',
    'in-progress': 'Le même envoi est encore en cours de traitement. Réessayez dans un instant.',
    'idempotency-mismatch':
      'Cette clé d’envoi a déjà servi pour un autre contenu. Un nouvel envoi demande une nouvelle clé.',
    state: 'Ce n’est pas possible dans l’état actuel : l’accès a peut-être déjà été activé, refusé ou révoqué.',
    'rate-limited': 'Trop de demandes en peu de temps. Attendez un moment, puis réessayez.',
    internal: 'Le serveur n’a pas pu traiter cette demande. Rien n’a été modifié.',
    unavailable: 'Le service est indisponible pour un moment. Réessayez plus tard.',
    'seal-unavailable':
      'Le document n’a pas pu être scellé pour l’instant (aucune autorité d’horodatage n’a répondu). Rien n’a été enregistré : envoyez-le à nouveau plus tard.',
  },
  /** Causes a person would want told apart within one code. */
  sentences: {
    'invitation-gone': 'Ce lien d’invitation a déjà servi ou a expiré : demandez-en un nouveau à votre courtier.',
    'idempotency-key': 'Il manque la clé d’envoi (en-tête Idempotency-Key) : elle protège contre un double envoi.',
    'mandate-exists':
      'Un mandat en attente ou actif existe déjà pour ce mandataire et ce service : un seul formulaire par mandataire et par service.',
    'access-request-exists': 'Vous avez déjà une demande d’accès en attente ou active pour ce service.',
    'client-only': 'Seul un client, pour lui-même ou pour le mandant, envoie ce formulaire.',
  },
  /** Per-field details for the field codes the forms meet most. */
  fields: {
    required: 'Ce champ est obligatoire.',
    format: 'Cette valeur n’a pas la forme attendue.',
    pattern: 'Cette valeur n’a pas la forme attendue.',
    type: 'Cette valeur n’est pas du type attendu.',
    enum: 'Cette valeur ne fait pas partie des choix possibles.',
    max: 'Cette valeur est trop longue ou trop grande.',
    min: 'Cette valeur est trop courte ou trop petite.',
    sameEmail: 'Cette adresse est aussi celle du mandant : chaque personne doit avoir la sienne.',
    sharedEmail: 'Cette adresse est partagée (info@, contact@…) : il faut une adresse utilisée par une seule personne.',
    enterpriseNumber: 'Ce numéro d’entreprise n’est pas valable (10 chiffres, dont 2 de contrôle).',
    past: 'Cette date ne peut pas être dans le passé.',
    future: 'Cette date et heure est plus de 5 minutes après la réception par le serveur.',
    tooOld: 'Cette date et heure est plus de 31 jours avant la réception par le serveur.',
    notYou: 'Cette personne n’est pas celle qui est connectée.',
    order: 'Cette date doit venir après la date de début.',
    signature: 'Une signature manque.',
    hashMismatch: 'L’empreinte ne correspond pas au PDF envoyé : le document a changé après la signature.',
    notPdf: 'Ce fichier n’est pas un PDF.',
    truncated: 'Ce PDF est incomplet.',
    pages: 'Ce PDF n’a pas un nombre de pages accepté.',
    json: 'Cette partie n’est pas du JSON valable.',
    duplicate: 'Cette valeur est déjà utilisée.',
    unknown: 'Ce champ n’est pas connu.',
    idempotencyMismatch: 'Ce contenu diffère du premier envoyé avec cette clé.',
  },
  /** Mail (server/modules/mail/templates.ts): `{name}` is a value of the message, never a sentence. */
  mail: {
    greeting: 'Bonjour,',
    closing: 'Ce message est envoyé automatiquement par votre courtier ; merci de ne pas y répondre.',
    activatedGrantorSubject: 'Accès activé : {service}',
    activatedGrantorBody:
      'L’accès que vous avez donné à {mandatary} pour « {service} » est activé (référence {reference}).',
    activatedGrantorUsername:
      'Son nom d’utilisateur est : {username}. Transmettez-le-lui vous-même : pour sa sécurité, le lien qui lui permet de choisir son mot de passe lui est envoyé à part, sans ce nom.',
    invitationSubject: 'Invitation : accès à « {service} »',
    invitationBody: '{grantor} vous a donné accès à « {service} » (référence {reference}).',
    invitationLink: 'Choisissez votre mot de passe avec ce lien, valable une seule fois jusqu’au {expires} : {link}',
    invitationUsername: 'Votre nom d’utilisateur vous est communiqué par {grantor}, séparément de ce message.',
    accessActivatedSubject: 'Votre accès est activé : {service}',
    accessActivatedBody:
      'Votre demande d’accès à « {service} » est acceptée : l’accès est actif (référence {reference}).',
    refusedSubject: 'Demande refusée : {service}',
    refusedBody: 'Votre demande pour « {service} » (référence {reference}) a été refusée.',
    refusedNote: 'Note du courtier : {note}',
    refusedNext: 'Vous pouvez corriger la demande et l’envoyer à nouveau.',
    'refusal-identity': 'Motif : l’identité d’une personne n’a pas pu être vérifiée.',
    'refusal-signature': 'Motif : une signature manque ou n’est pas valable.',
    'refusal-same-email':
      'Motif : le mandant et le mandataire ont la même adresse e-mail ; chacun doit avoir la sienne.',
    'refusal-incomplete': 'Motif : la demande est incomplète.',
    'refusal-not-client': 'Motif : le mandant n’est pas client de notre bureau.',
    'refusal-other': 'Motif : un autre motif, expliqué dans la note du courtier.',
    revokedSubject: 'Accès révoqué : {service}',
    revokedGrantorBody: 'L’accès de {mandatary} à « {service} » (référence {reference}) est révoqué depuis le {date}.',
    revokedMandataryBody:
      'Votre accès à « {service} » pour le compte de {grantor} (référence {reference}) est révoqué depuis le {date}.',
  },
} as const satisfies {
  titles: Record<ProblemCode, string>;
  details: Record<ProblemCode, string>;
  sentences: Record<string, string>;
  fields: Record<string, string>;
  mail: Record<string, string>;
};
