import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode.js';
import { errorItem, type InputItem } from './items.js';
import { readJsonl } from './jsonl.js';
import { walkFolder } from './walk.js';

export interface SourceOptions {
  /** Treat every input as JSON Lines (files ending .jsonl/.ndjson always are). */
  jsonl?: boolean;
  glob?: string;
  maxBytes?: number;
  stdin: Readable;
}

export const STDIN = '-';
const JSONL_FILE = /\.(?:jsonl|ndjson)$/i;

/** Explicit paths that do not exist: a usage error (exit 2), found before any work starts. */
export async function missingPaths(inputs: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const input of inputs) {
    if (input === STDIN) continue;
    try {
      await stat(input);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') missing.push(input);
    }
  }
  return missing;
}

/** Every input item in input order: stdin, files, folders (recursive, sorted), JSONL records. */
export async function* readInputs(inputs: readonly string[], options: SourceOptions): AsyncGenerator<InputItem> {
  const list = inputs.length ? inputs : [STDIN];
  for (const input of list) {
    if (input === STDIN) {
      yield* options.jsonl ? readJsonl(options.stdin, STDIN) : readStdinText(options);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (e) {
      yield errorItem({ path: input }, codeOf(e), `cannot read: ${(e as Error).message}`);
      continue;
    }
    if (isDir) {
      const glob = options.glob ?? (options.jsonl ? '*.{jsonl,ndjson}' : '*.txt');
      for await (const file of walkFolder(input, glob)) yield* readFileInput(file, options);
    } else yield* readFileInput(input, options);
  }
}

async function* readFileInput(path: string, options: SourceOptions): AsyncGenerator<InputItem> {
  if (options.jsonl || JSONL_FILE.test(path)) {
    try {
      yield* readJsonl(createReadStream(path), path);
    } catch (e) {
      yield errorItem({ path }, codeOf(e), `cannot read: ${(e as Error).message}`);
    }
    return;
  }
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (size > max) {
      yield errorItem({ path }, 'too-large', `${size} bytes is over the limit of ${max} (--max-bytes)`);
      return;
    }
    bytes = await readFile(path);
  } catch (e) {
    yield errorItem({ path }, codeOf(e), `cannot read: ${(e as Error).message}`);
    return;
  }
  yield decodedItem(path, bytes, options);
}

async function* readStdinText(options: SourceOptions): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of options.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  yield decodedItem(STDIN, Buffer.concat(chunks), options);
}

function decodedItem(path: string, bytes: Uint8Array, options: SourceOptions): InputItem {
  const decoded = decodeBytes(bytes, options.maxBytes);
  if (!decoded.ok) return errorItem({ path }, decoded.code, decoded.message);
  return { kind: 'text', source: { path, encoding: decoded.encoding }, text: decoded.text, meta: {} };
}

function codeOf(e: unknown): 'not-found' | 'unreadable' {
  return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
}
