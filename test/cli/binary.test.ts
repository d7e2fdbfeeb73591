import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/newsfacts.js', import.meta.url));

// These spawn the built binary (npm test builds dist/ first).
describe('the installed binary', () => {
  it('prints the bare version', () => {
    const pkg = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: root, encoding: 'utf8' }));
    expect(execFileSync('node', [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });

  it('sends --help to stdout and exits 0', () => {
    const r = spawnSync('node', [bin, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('extract');
  });

  it('exits 0 without a stack trace when the reader closes the pipe (extract dir | head -1)', () => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node "${bin}" extract fixtures/seeds fixtures/seeds fixtures/seeds | head -c 10`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
