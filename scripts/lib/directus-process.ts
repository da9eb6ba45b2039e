/**
 * Runs Directus's own CLI and server as child processes of this Node 22. The CLI entry is
 * called directly: the `directus` bin first asks npm for updates (8 s, no off switch).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromRoot, projectRoot } from './project-paths.ts';

const cliEntry = fromRoot('node_modules', '@directus', 'api', 'dist', 'cli', 'run.js');

export class DirectusCommandError extends Error {}

/** Runs a Directus CLI command to completion; output goes to the caller's log unless captured. */
export async function runDirectusCli(args: string[], env: Record<string, string>, options: { quiet?: boolean } = {}): Promise<string> {
  const child = spawn(process.execPath, [cliEntry, ...args], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (!options.quiet) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (!options.quiet) process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new DirectusCommandError(`directus ${args[0]} failed (exit ${code}):\n${output.slice(-4000)}`);
  return output;
}

export interface RunningDirectus {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
  /** Everything the server printed, for diagnosing failed tests. */
  output(): string;
}

export async function startDirectusServer(env: Record<string, string>, options: { quiet?: boolean; timeoutMs?: number } = {}): Promise<RunningDirectus> {
  const url = `http://127.0.0.1:${env.PORT}`;
  const child = spawn(process.execPath, [cliEntry, 'start'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-200_000);
    if (!options.quiet) process.stdout.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    if (exited) return;
    const closed = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await closed;
    clearTimeout(forced);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (exited) throw new DirectusCommandError(`Directus exited during start:\n${log.slice(-4000)}`);
    try {
      const response = await fetch(`${url}/server/ping`);
      if (response.ok) return { url, child, stop, output: () => log };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new DirectusCommandError(`Directus did not answer /server/ping within the time limit:\n${log.slice(-4000)}`);
}
