// The desk page's texts (desk.html, desk-page.ts), merged into the demo's text table
// (chrome.ts TEXTS): French is also in the page's HTML, as on every demo page.
export const DESK_TEXTS: Record<string, Record<string, string>> = {
  fr: {
    'nav.desk': 'Bureau du courtier',
  },
  nl: {
    'nav.desk': 'Kantoor van de makelaar',
    'title.desk': 'Kantoor van de makelaar · Courtier Demo · procura',
    'desk.h1': 'Kantoor van de makelaar',
    'desk.intro':
      'De aanvragen om na te kijken: volmachten en aanvragen van toegang. Open er een om de ondertekende pdf te lezen, de herberekende vingerafdruk en het nagekeken bewijs te zien, en activeer ze dan, weiger ze met een reden die de klant zal lezen, of beperk de toegang.',
    'desk.signedOut': 'Meld u aan als makelaar (menu bovenaan, “Claire Martin”) om de aanvragen te behandelen.',
    'desk.notStaff':
      'Dit kantoor is voorbehouden aan het personeel van de makelaar. Meld u aan als “Claire Martin” (menu bovenaan).',
  },
  en: {
    'nav.desk': 'Broker’s desk',
    'title.desk': 'Broker’s desk · Courtier Demo · procura',
    'desk.h1': 'Broker’s desk',
    'desk.intro':
      'The requests to check: mandates and access requests. Open one to read the signed PDF, see its fingerprint computed again and its proof checked, then activate it, refuse it with a reason the client will read, or narrow the access.',
    'desk.signedOut': 'Sign in as the broker (menu at the top, “Claire Martin”) to handle the requests.',
    'desk.notStaff': 'This desk is for the broker’s staff. Sign in as “Claire Martin” (menu at the top).',
  },
  de: {
    'nav.desk': 'Maklerbüro',
    'title.desk': 'Maklerbüro · Courtier Demo · procura',
    'desk.h1': 'Maklerbüro',
    'desk.intro':
      'Die zu prüfenden Anfragen: Vollmachten und Zugangsanfragen. Öffnen Sie eine, um das unterschriebene PDF zu lesen, den neu berechneten Fingerabdruck und den geprüften Nachweis zu sehen, und aktivieren Sie sie dann, lehnen Sie sie mit einem Grund ab, den der Kunde lesen wird, oder schränken Sie den Zugang ein.',
    'desk.signedOut': 'Melden Sie sich als Makler an (Menü oben, „Claire Martin“), um die Anfragen zu bearbeiten.',
    'desk.notStaff':
      'Dieses Büro ist dem Personal des Maklers vorbehalten. Melden Sie sich als „Claire Martin“ an (Menü oben).',
  },
};
