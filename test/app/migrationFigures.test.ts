/**
 * The migration answer's words in both languages (issue 14): a copy that cannot finish before the exit
 * says so, by how much (hours short, TB left) and what rate would make it — each figure with its unit.
 * Figures of 150 TB at 800 Mbit/s on an idle line in a 336-h window, by hand:
 * 150·8·10⁶/800/3600 = 416.7 h, 80.7 h short, 336·3600·800/8·10⁶ = 120.96 TB copied (29.04 left),
 * 150·8·10⁶/(336·3600) = 992.1 Mbit/s needed.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n/translate.ts';
import { migrationFigures } from '../../src/app/views/results/migrationFigures.ts';
import { missingCopy, one } from './migrationFixture.ts';

const missing = missingCopy(0);

const value = (rows: [string, string][], label: string) => rows.find(([l]) => l === label)?.[1];

describe('a copy that cannot finish before the exit', () => {
  it('in English: No, 80.7 hours short, 29.04 TB left, 992 Mbit/s would make it', () => {
    const t = translator('en');
    const f = migrationFigures(missing, t, 'en');
    expect(f.title).toBe('Moving out: does the 150 TB copy finish before the exit on 16 Mar 2025?');
    expect(f.inTime).toBe(false);
    expect(f.verdict).toBe('No: only 0% of runs finish in time.');
    expect(value(f.rows, t('migration.window'))).toBe(
      '336 hours (copy starts 2 Mar 2025, deadline 16 Mar 2025)',
    );
    expect(value(f.rows, t('migration.duration'))).toBe('416.7 / 416.7 hours');
    expect(value(f.rows, t('migration.short'))).toBe('80.7 / 80.7 hours');
    expect(value(f.rows, t('migration.left'))).toBe('29.04 / 29.04 TB');
    expect(value(f.rows, t('migration.required'))).toBe('992 Mbit/s (the copy is capped at 800 Mbit/s)');
  });

  it('in Chinese: 不能, the same figures with their units', () => {
    const t = translator('zh-CN');
    const f = migrationFigures(missing, t, 'zh-CN');
    expect(f.title).toContain('150 TB');
    expect(f.verdict).toBe('不能：仅 0% 的模拟在期限前完成。');
    expect(value(f.rows, t('migration.short'))).toBe('80.7 / 80.7 小时');
    expect(value(f.rows, t('migration.left'))).toBe('29.04 / 29.04 TB（十进制）');
    expect(value(f.rows, t('migration.required'))).toBe('992 Mbit/s（限速为 800 Mbit/s）');
    for (const [, v] of f.rows) expect(v).toMatch(/小时|TB|Mbit\/s|%/);
  });

  it('a copy that finishes says nothing of a shortfall', () => {
    const fits = { ...missing, dataTb: 16, finishProbability: 1, hoursShort: one(0) };
    const t = translator('en');
    const f = migrationFigures(fits, t, 'en');
    expect(f.verdict).toBe('Yes: 100% of runs finish in time.');
    expect(value(f.rows, t('migration.short'))).toBeUndefined();
    expect(value(f.rows, t('migration.left'))).toBeUndefined();
  });
});
