/**
 * English left on a Chinese page: the Latin words of the text a user can see (document.body's
 * innerText leaves out what is hidden, folded or off-screen-only) and of the attributes a screen
 * reader or a tooltip reads (aria-label, title, placeholder, alt), minus an allow-list of product
 * names, units and codes, minus identifiers (host-01, portal-2) and code (<code>: a file's column
 * names), and minus the user's own quoted data.
 */
import type { Page } from '@playwright/test';

/** Words a Chinese page may hold: units, product and protocol names, the language switch's own name. */
export const ALLOWED_LATIN = new Set([
  'vCPU',
  'CPU',
  'GB',
  'TB',
  'Mbit',
  'HA',
  'DDoS',
  'DNS',
  'NTP',
  'WAF',
  'IPS',
  'JSON',
  'CSV',
  'PDF',
  'Excel',
  'xlsx',
  'zip',
  'English', // the language switch names the other language in that language
  'YYYY',
  'MM',
  'DD',
  'CMPP',
  'VPN',
  'SSL',
  'MLPS',
  'QR',
  'IO', // 高IO云硬盘 (a product tier)
  'Web', // Web应用防火墙 (a product name)
  // Statistical methods go by their authors' names in Chinese texts too (Wilson 区间).
  'Wilson',
  'Newcombe',
]);

export interface Untranslated {
  word: string;
  context: string;
}

/** The English words on the page, each with a little of the text around it. */
export async function untranslatedWords(page: Page): Promise<Untranslated[]> {
  const texts = await page.evaluate(() => {
    // Code (a file's column names, an identifier) is not language: its text is taken out.
    let body = document.body.innerText;
    for (const code of document.querySelectorAll<HTMLElement>('code, kbd, samp')) {
      const text = code.innerText;
      if (text) body = body.replace(text, ' ');
    }
    const out: string[] = [body];
    for (const el of document.querySelectorAll<HTMLElement>(
      '[aria-label], [title], [placeholder], img[alt]',
    )) {
      if (el.closest('[hidden], [aria-hidden="true"]')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
  const found: Untranslated[] = [];
  for (const text of texts) {
    // Quoted data (names and values the user gave) and identifiers are not words to translate.
    const cleaned = text
      .replace(/“[^”\n]*”|"[^"\n]*"/g, ' ')
      .replace(/\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b/g, ' ')
      .replace(/\b[A-Za-z]*\d[A-Za-z\d]*\b/g, ' ');
    for (const m of cleaned.matchAll(/[A-Za-z]{2,}/g)) {
      if (ALLOWED_LATIN.has(m[0])) continue;
      const at = m.index ?? 0;
      found.push({ word: m[0], context: cleaned.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ') });
    }
  }
  return found;
}
