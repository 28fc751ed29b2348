/**
 * One PGlite folder serves one process: `<folder>/procura.lock`, created atomically and holding
 * the pid, is taken at start; a second server refuses, naming the holder. A lock whose process is
 * gone (killed, crashed) is taken over. The lock goes on close() and when the process exits.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'procura.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readPid = (path: string): number | null => {
  try {
    return Number.parseInt(readFileSync(path, 'utf8'), 10) || 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
};

/** Creates the lock with our pid; false when it exists already. */
function create(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function inUse(folder: string, path: string, pid: number): Error {
  const e = new Error(
    `the data folder ${resolve(folder)} is in use by another procura server (pid ${pid}${pid === process.pid ? ', this very process' : ''}). ` +
      'PGlite serves one process only: stop that server, give this one another folder (DATA_DIR=...), ' +
      `or run every process on PostgreSQL (DATABASE_URL=postgres://...). If no such process runs, delete ${resolve(path)}.`,
  );
  (e as NodeJS.ErrnoException).code = 'EDATADIRLOCKED';
  return e;
}

/** Moves a stale lock aside atomically, so that of two processes taking it over only one does. */
function clearStale(path: string, pid: number) {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (readPid(aside) !== pid) {
    // Another process took it over between our read and our move: put its lock back.
    try {
      linkSync(aside, path);
    } catch {
      /* a third one holds it now: the next attempt sees it */
    }
  }
  unlinkSync(aside);
}

function releaser(path: string): () => void {
  const release = () => {
    try {
      if (readPid(path) === process.pid) unlinkSync(path);
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return () => {
    process.off('exit', release);
    release();
  };
}

/** Takes `<folder>/procura.lock` or throws, naming the process that holds it. Returns the release. */
export function lockDataDir(folder: string): () => void {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(path)) return releaser(path);
    const pid = readPid(path);
    if (pid === null) continue; // released meanwhile
    if (pid > 0 && (pid === process.pid || alive(pid))) throw inUse(folder, path, pid);
    clearStale(path, pid);
  }
  throw new Error(`could not take the lock ${resolve(path)}: it keeps changing hands`);
}
