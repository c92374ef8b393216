import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * The CSV zip and the Excel workbook of a run, downloaded from the report: portable names in the UI
 * language, a metadata file naming the scenario, fingerprint, seed, replications, version and date,
 * headers in the UI language with units, values rounded as on screen — and the figures equal to the
 * ones the screen shows.
 */

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

/** "2025年4月" / "Apr 2025" → "2025-04". */
function monthOf(text: string): string {
  const zh = /(\d{4})年(\d{1,2})月/.exec(text);
  if (zh) return `${zh[1]}-${zh[2].padStart(2, '0')}`;
  const en = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/.exec(text);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (en) return `${en[2]}-${String(months.indexOf(en[1]) + 1).padStart(2, '0')}`;
  return text;
}

const number = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the CSV zip and the workbook hold the figures on screen (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runDone();
    const storage = page.getByTestId('risk-table').locator('tr[data-quota="storageTb"] td');
    const onScreen = {
      prob: number(await storage.nth(0).innerText()),
      p50: monthOf(await page.getByTestId('exhaust-p50-storageTb').innerText()),
      p95: monthOf(await page.getByTestId('exhaust-p95-storageTb').innerText()),
      add: await page.getByTestId('add-storageTb').innerText(),
      spend: (await page.getByTestId('risk-spend').getAttribute('data-amount')) ?? '',
      seed: await page.getByTestId('results-meta').innerText(),
    };
    await p.view('report');

    const zipDownload = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const zip = await zipDownload;
    const zipName = zip.suggestedFilename();
    expect(zipName).toMatch(/\.zip$/);
    expect(zipName).not.toMatch(/[\\/:*?"<>|]/);
    expect(zipName).toContain(lang === 'zh-CN' ? '模拟结果' : 'results');
    const files = unzipSync(new Uint8Array(readFileSync((await zip.path()) ?? '')));
    const names = Object.keys(files);
    for (const name of names) {
      for (const part of name.split('/')) expect(part, name).not.toMatch(/[\\:*?"<>|]|[. ]$/);
    }
    const csv = (base: string) => {
      const file = names.find((n) => n === `${base}.csv`);
      if (!file) throw new Error(`no ${base}.csv in ${names.join(', ')}`);
      return parseCsv(strFromU8(files[file]));
    };
    const zh = lang === 'zh-CN';

    // Metadata: what ran, from what, with what.
    const meta = new Map(csv(zh ? '说明' : 'About').map((r) => [r[0], r[1]]));
    expect(meta.get(zh ? '方案编号' : 'Scenario id')).toBe('luohe-2023-baseline');
    expect(meta.get(zh ? '输入指纹' : 'Inputs fingerprint')).toMatch(/^[0-9a-f]{8,}$/);
    expect(onScreen.seed).toContain(meta.get(zh ? '随机种子' : 'Seed') ?? 'no seed');
    expect(meta.get(zh ? '重复次数' : 'Replications')).toBe('200');
    expect(meta.get(zh ? '规划工具版本' : 'Planner version')).toMatch(/^\d+\.\d+\.\d+$/);
    expect(meta.get(zh ? '导出日期' : 'Exported on')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The risk table, row for row as on screen, with its header in the UI language.
    const risk = csv(zh ? '配额风险一览' : 'Quota risks');
    expect(risk[0][0]).toBe(zh ? '配额' : 'Quota');
    const row = risk.find((r) => r[0].startsWith(zh ? '存储' : 'Storage'));
    expect(row).toBeDefined();
    if (!row) return;
    expect(Number(row[3])).toBe(onScreen.prob);
    expect(row[4]).toBe(onScreen.p50);
    expect(row[5]).toBe(onScreen.p95);
    expect(onScreen.add).toContain(`+${row[6]} TB`);
    expect(onScreen.add).toContain(`${row[7]} TB`);
    expect(risk.some((r) => r[0] === (zh ? '虚拟机放置（被拒）' : 'VM placement (refusals)'))).toBe(true);

    // Money to the fen, equal to the screen's.
    const total = csv(zh ? '合同期总支出' : 'Spend over the term');
    expect(total[1][1]).toBe(onScreen.spend);
    // Values rounded to their meaning: no float dust anywhere.
    for (const name of names) {
      const text = strFromU8(files[name]);
      expect(text, name).not.toMatch(/\d\.\d{5,}/);
    }
    // Units filled: every series file says its unit in its header.
    const series = names.filter((n) => n.startsWith(zh ? '逐月序列/' : 'series/'));
    expect(series.length).toBeGreaterThan(30);
    for (const name of series)
      expect(parseCsv(strFromU8(files[name]))[0][2], name).toMatch(/P50.+\S+.*[)）]$/);

    // The workbook: the same tables, money as numbers to the fen.
    const xlsxDownload = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await xlsx.path()) ?? '') as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet(zh ? '合同期总支出' : 'Spend over the term');
    expect(sheet).toBeDefined();
    expect(Number(sheet?.getRow(2).getCell(2).value).toFixed(2)).toBe(onScreen.spend);
    const riskSheet = wb.getWorksheet(zh ? '配额风险一览' : 'Quota risks');
    const values = (riskSheet?.getSheetValues() ?? []).slice(2) as unknown[][];
    const sheetRow = values.find((r) => String(r?.[1] ?? '').startsWith(zh ? '存储' : 'Storage'));
    expect(sheetRow?.[5]).toBe(row[4]);
    expect(wb.worksheets.length).toBe(names.length);
    expect(p.errors).toEqual([]);
  });
}
