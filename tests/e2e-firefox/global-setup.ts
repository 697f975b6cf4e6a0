/**
 * Runs once around the Firefox suite: fails the run at once, with install instructions, when there is no
 * Firefox (never a silent skip), and records the suite's wall-clock time for `.ci/run` to report.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, findFirefox } from './harness';

export default function setup(): () => void {
  const executable = findFirefox();
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  const start = Date.now();
  return () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const run = { firefox: version, wallMs: Date.now() - start };
    writeFileSync(join(ARTIFACTS, 'run.json'), `${JSON.stringify(run, null, 2)}\n`);
  };
}
