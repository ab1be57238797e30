/*
 * Opening the database takes IndexedDB 30-190 ms (10,000 letters, 2-core machine), and the
 * page's modules take about as long to arrive. This classic script, in the <head> of the pages
 * whose first frame reads the database (ledger, popup), starts the open while they load: the
 * page's own open (Dexie, lib/db) then finds the database's backing store already open. The
 * connection is closed after a few seconds, at once when a schema upgrade or a deletion needs
 * it closed, and no database is created here (a missing one stays missing).
 */
try {
  const req = indexedDB.open('treaty-lens');
  req.onupgradeneeded = () => req.transaction.abort();
  req.onsuccess = () => {
    const db = req.result;
    db.onversionchange = () => db.close();
    setTimeout(() => db.close(), 5000);
  };
  req.onerror = (e) => e.preventDefault();
} catch {
  // No IndexedDB here (private window policies): the page reports it when it reads.
}
