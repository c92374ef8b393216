import { describe, expect, it } from 'vitest';
import { languageFromNavigator } from '../../src/app/i18n/language.ts';
import { en } from '../../src/app/i18n/messages.en.ts';
import { zh } from '../../src/app/i18n/messages.zh.ts';
import { translate } from '../../src/app/i18n/translate.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('Chinese messages are in Chinese (apart from names, units and codes)', () => {
    // A message is suspect when, placeholders aside, it has Latin words and no Chinese at all.
    const latinOnly = Object.entries(zh).filter(([key, text]) => {
      const words = text.replace(/\{\w+\}/g, '');
      return (
        /[A-Za-z]{2,}/.test(words) &&
        !/[\u4e00-\u9fff]/.test(words) &&
        !/^(unit|lang|results\.riskShort)\./.test(key)
      );
    });
    expect(latinOnly.map(([k]) => k)).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves missing ones visible', () => {
    expect(translate('en', 'run.progressText', { done: 40, total: 200 })).toBe('40 of 200 replications done');
    expect(translate('zh-CN', 'run.progressText', { done: 40, total: 200 })).toBe('已完成40/200次重复');
    expect(translate('en', 'run.progressText', { done: 1 })).toBe('1 of {total} replications done');
  });
});

describe('first-visit language', () => {
  it('picks Chinese for any zh browser language and English otherwise', () => {
    expect(languageFromNavigator(['zh-CN'])).toBe('zh-CN');
    expect(languageFromNavigator(['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageFromNavigator(['en-GB', 'zh-CN'])).toBe('en');
    expect(languageFromNavigator(['de-DE'])).toBe('en');
    expect(languageFromNavigator([])).toBe('zh-CN');
  });
});
