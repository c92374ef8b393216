/**
 * Message lookup without React, so unit tests and non-component code can translate. Placeholders
 * `{name}` are replaced by the given values; a missing value leaves the placeholder visible, which
 * is easier to spot than an empty string.
 */
import type { Language } from './language.ts';
import { en } from './messages.en.ts';
import { type MessageKey, zh } from './messages.zh.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const CATALOGS: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGS[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Language): Translate {
  return (key, params) => translate(lang, key, params);
}
