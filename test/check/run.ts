import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliRun, type CliRunOptions } from '../helpers/cli.js';

export type Run = CliRun;

/** Runs the CLI in-process with fake streams (the shared helper), e.g. in a workspace `cwd`. */
export function run(argv: string[], o: CliRunOptions = {}): Promise<Run> {
  return runCli(argv, o);
}

export const ARTICLES = fileURLToPath(new URL('../../fixtures/check/articles/', import.meta.url));

/** A fresh temp workspace: `articles/` (the fixture dataset, plus `extra` files) and an `expected/` path (not created). */
export function workspace(extra: Record<string, string | Buffer> = {}): { root: string; articles: string; expected: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-check-'));
  const articles = join(root, 'articles');
  cpSync(ARTICLES, articles, { recursive: true });
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(articles, name), content);
  return { root, articles, expected: join(root, 'expected') };
}
