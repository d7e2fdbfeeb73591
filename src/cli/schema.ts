import type { Command } from 'commander';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../schema/json-schema.js';
import { Argument } from 'commander';
import { write, type CliIO } from './io.js';
import type { CommandResult } from './paths.js';

export function schemaCommand(program: Command, io: CliIO, done: CommandResult): void {
  program
    .command('schema')
    .description('print the JSON Schema of an output record')
    .addArgument(new Argument('[name]', 'which record').choices(SCHEMA_NAMES as unknown as string[]).default('article'))
    .action(async (name: SchemaName) => {
      await write(io.stdout, JSON.stringify(jsonSchema(name), null, 2) + '\n');
      done.code = 0;
    });
}
