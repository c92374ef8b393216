import { describe, expect, it } from 'vitest';
import { METRIC_CATALOG, metricDisplay } from '../../src/app/views/results/metricCatalog.ts';
import { runReplication } from '../../src/model/runReplication.ts';
import { BUILT_IN_SCENARIOS } from '../../src/scenario/library.ts';

describe('the metric catalog', () => {
  it('names every series any built-in scenario records (per-host series aside)', () => {
    const missing = new Set<string>();
    for (const [id, scenario] of BUILT_IN_SCENARIOS) {
      const run = runReplication(scenario, 0);
      for (const name of Object.keys(run.series)) {
        if (!name.includes(':') && !metricDisplay(name)) missing.add(`${name} (${id})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('gives each series a name, a unit and a note in both languages, once', () => {
    const names = METRIC_CATALOG.map((d) => d.metric);
    expect(new Set(names).size).toBe(names.length);
    for (const d of METRIC_CATALOG) {
      expect(d.zh, d.metric).toMatch(/[\u4e00-\u9fff]/);
      expect(d.noteZh, d.metric).toMatch(/[\u4e00-\u9fff]/);
      expect(d.en.trim(), d.metric).not.toBe('');
      expect(d.noteEn.trim(), d.metric).not.toBe('');
      // The note adds to the title: it never just repeats it.
      expect(d.noteEn.toLowerCase().startsWith(d.en.toLowerCase()), d.metric).toBe(false);
    }
  });
});
