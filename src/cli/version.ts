import { readFileSync } from 'node:fs';
import { packagePath } from '../data-files.js';

/** The package version. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
