import { database } from './idb.js';
import { draftWritesSettled } from './draft-store.js';
import { outbox } from './outbox.js';
import { ANONYMOUS, currentPerson, forgetPerson } from './person.js';

// Its own file: it empties the outbox, and the outbox asks person.ts who is signed in. In person.ts it
// made the two import each other (an import cycle); here each of them is only imported.

/**
 * Empties the drafts, the outbox and the cached lists of the person signed in, and
 * those kept while nobody was known (anonymous, or from a version of the kit that did
 * not scope them). Call it when a person signs out or another signs in, before the
 * session changes. Other people's data stays, unreadable to this person, until it expires.
 */
export async function clearPersonalData(endpoint?: string): Promise<void> {
  // A draft still being written would otherwise land after the clearing, and stay.
  await draftWritesSettled();
  const person = await currentPerson(endpoint);
  const mine = (p: unknown) => p === undefined || p === ANONYMOUS || p === person;
  await outbox().discard((r) => mine(r.person));
  const db = await database();
  if (db) {
    const tx = db.transaction(['drafts', 'outbox', 'cache'], 'readwrite');
    for (const name of ['drafts', 'outbox', 'cache'] as const) {
      for await (const cursor of tx.objectStore(name)) {
        if (mine((cursor.value as { person?: string }).person)) await cursor.delete();
      }
    }
    await tx.done;
  }
  forgetPerson();
}
