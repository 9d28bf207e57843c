// Child processes for the cluster test: started in their own process group with their output in a log
// file, stopped for certain at the end (also when the test fails), and waited for with a bound.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const running = new Set();

/** Starts `command` in a new process group; stdout and stderr go to `<logDir>/<name>.log`. */
export function start(name, command, args, { logDir, env = process.env, cwd } = {}) {
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const entry = { name, child, logFile, exited: false };
  child.once('exit', () => {
    entry.exited = true;
    running.delete(entry);
  });
  running.add(entry);
  return entry;
}

/** Sends `signal` to the whole process group of `entry`; true if it was still there. */
export function signalGroup(entry, signal) {
  if (entry.exited) return false;
  try {
    process.kill(-entry.child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to every process still running, SIGKILL after `graceMs`; resolves when all have exited. */
export async function stopAll(graceMs = 10_000) {
  const entries = [...running];
  for (const entry of entries) signalGroup(entry, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (entries.some((e) => !e.exited) && Date.now() < deadline) await sleep(100);
  for (const entry of entries.filter((e) => !e.exited)) signalGroup(entry, 'SIGKILL');
  while (entries.some((e) => !e.exited) && Date.now() < deadline + 5_000) await sleep(100);
}

/** Ends a process by the pid its program wrote (a daemonised postmaster is in no group of ours). */
export function killByPidFile(pidFile, signal) {
  let pid;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  try {
    process.kill(pid, signal);
    return pid;
  } catch {
    return undefined;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `check` every `everyMs` until it returns a truthy value; fails after `timeoutMs` with `what`. */
export async function waitFor(what, check, { timeoutMs = 60_000, everyMs = 250 } = {}) {
  const started = Date.now();
  let lastError;
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

/** `count` distinct loopback ports that were free a moment ago. */
export async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
      servers.push(server);
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/** The last `lines` lines of a log file, for the failure report. */
export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Fills `${NAME}` placeholders; an unknown name is an error, not an empty string. */
export function fillTemplate(text, values) {
  return text.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`template placeholder \${${name}} has no value`);
    return String(values[name]);
  });
}
