export * from './common.js';
export * from './article.js';
export * from './events.js';
export * from './error.js';
export * from './json-schema.js';
