import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultWorkerCount, staggerMsFor } from '../../src/runner/browserWorkers.ts';

describe('how many simulation workers a page starts, and whether its first batch goes alone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('on 2 cores: 2 workers, which take every core, so the first batch goes alone', () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    expect(defaultWorkerCount()).toBe(2);
    expect(staggerMsFor(2)).toBe(250);
    expect(staggerMsFor(1)).toBe(0); // a core is left for the page
  });

  it('on 16 cores: 8 workers and cores to spare, so all start at once', () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 16 });
    expect(defaultWorkerCount()).toBe(8);
    expect(staggerMsFor(8)).toBe(0);
    expect(staggerMsFor(16)).toBe(250);
  });

  it('where the browser does not say, as on 2 cores', () => {
    vi.stubGlobal('navigator', {});
    expect(defaultWorkerCount()).toBe(2);
    expect(staggerMsFor(2)).toBe(250);
  });
});
