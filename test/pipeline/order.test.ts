import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../../src/pipeline/default.js';

describe('DEFAULT_PIPELINE', () => {
  it('runs every stage after the stages that provide what it requires', () => {
    const provided = new Set<string>();
    for (const stage of DEFAULT_PIPELINE) {
      for (const need of stage.requires) expect(provided.has(need), `${stage.name} requires ${need}`).toBe(true);
      provided.add(stage.provides);
    }
  });

  it('has one provider per layer', () => {
    const layers = DEFAULT_PIPELINE.map((s) => s.provides);
    expect(new Set(layers).size).toBe(layers.length);
  });
});
