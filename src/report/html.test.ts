/**
 * The HTML reports in a real browser (Debian's `chromium`, driven by playwright-core; skipped when no
 * Chromium is installed — set PARAPET_CHROMIUM to its path): they render with no script errors and no
 * network requests, the charts draw, filtering and sorting work, a hostile tag value stays text, and
 * the compliance report prints to PDF.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import { esc } from './html-kit.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'parapet-html-'));
const chromiumPath = [process.env.PARAPET_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => p !== undefined && existsSync(p),
);
const HOSTILE = '<img src=x onerror=alert(1)>';

async function parapet(args: string[]) {
  const io = memoryIo({ NO_COLOR: '1' }, work);
  const code = await main([...args, '--at', '2026-11-28T12:00:00Z'], io);
  expect(code, io.err()).toBe(0);
}

describe('HTML escaping', () => {
  it('escapes markup, quotes and control characters', () => {
    expect(esc(HOSTILE)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(esc(`"'><script>`)).toBe('&quot;&#39;&gt;&lt;script&gt;');
    expect(esc('a\u001b[2J\u202eb')).toBe('a\\u001b[2J\\u202eb');
  });

  it('never writes a hostile tag value as markup', async () => {
    const out = join(work, 'escape.html');
    await parapet([
      'scan',
      '--import',
      join(fixtures, 'aws-config-snapshot.json'),
      '--no-store',
      '--format',
      'html',
      '--output',
      out,
      '--no-progress',
    ]);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain(esc(HOSTILE));
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });
});

describe.skipIf(chromiumPath === undefined)('HTML reports in Chromium', () => {
  let browser: Browser;
  const scanHtml = join(work, 'scan.html');
  const complianceHtml = join(work, 'hipaa.html');

  beforeAll(async () => {
    await parapet([
      'scan',
      '--import',
      join(fixtures, 'aws-config-snapshot.json'),
      '--no-store',
      '--format',
      'html',
      '--output',
      scanHtml,
      '--no-progress',
    ]);
    const db = join(work, 'demo.db');
    await parapet([
      'scan',
      '--demo',
      '--db',
      db,
      '--format',
      'json',
      '--output',
      join(work, 'scan.json'),
      '--no-progress',
    ]);
    await parapet([
      'compliance',
      '--db',
      db,
      '--framework',
      'hipaa',
      '--format',
      'html',
      '--output',
      complianceHtml,
    ]);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string) {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, problems, requests };
  }

  // Expressions run in the page (the project compiles without the DOM library, so no DOM types here).
  const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate<T>(expression);
  const visibleRows = (page: Page, table: string) =>
    inPage<number>(
      page,
      `[...document.querySelectorAll('#${table} tbody tr')].filter((r) => !r.hidden).length`,
    );

  it('renders the scan report with charts, and a hostile tag value does not execute', async () => {
    const { page, problems, requests } = await open(scanHtml);
    expect(await page.title()).toMatch(/^Parapet scan /);
    const bars = await page.$$('#chart-severity rect.bar');
    expect(bars.length).toBe(5);
    const widths = await inPage<number[]>(
      page,
      `[...document.querySelectorAll('#chart-severity rect.bar')].map((r) => r.getBoundingClientRect().width)`,
    );
    expect(Math.max(...widths)).toBeGreaterThan(0);
    expect((await page.$$('#chart-frameworks rect.bar')).length).toBeGreaterThanOrEqual(9);
    // The hostile Name tag is shown as text; no <img> element exists and no dialog opened.
    expect((await page.$$('img')).length).toBe(0);
    expect(await page.textContent('#findings-table')).toContain(HOSTILE);
    expect(problems).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await page.close();
  });

  it('filters and sorts the findings', async () => {
    const { page, problems } = await open(scanHtml);
    const all = await visibleRows(page, 'findings-table');
    expect(all).toBeGreaterThan(2);
    await page.selectOption('#filter-severity', 'critical');
    const critical = await visibleRows(page, 'findings-table');
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(all);
    expect(
      await inPage<boolean>(
        page,
        `[...document.querySelectorAll('#findings-table tbody tr')].filter((r) => !r.hidden).every((r) => r.getAttribute('data-severity') === 'critical')`,
      ),
    ).toBe(true);
    await page.selectOption('#filter-severity', '');
    await page.fill('#filter-text', 'acme-open-bucket');
    const byText = await inPage<string[]>(
      page,
      `[...document.querySelectorAll('#findings-table tbody tr')].filter((r) => !r.hidden).map((r) => r.textContent)`,
    );
    expect(byText.length).toBeGreaterThan(0);
    expect(byText.every((t) => t.includes('acme-open-bucket'))).toBe(true);
    await page.fill('#filter-text', '');
    await page.click('#findings-table th:nth-child(3)'); // risk, ascending
    const risks = await inPage<number[]>(
      page,
      `[...document.querySelectorAll('#findings-table tbody tr td:nth-child(3)')].map((t) => Number(t.textContent))`,
    );
    expect(risks).toEqual([...risks].sort((a, b) => a - b));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders the HIPAA compliance report and prints it to PDF', async () => {
    const { page, problems, requests } = await open(complianceHtml);
    expect(await page.title()).toBe('HIPAA Security Rule compliance report');
    expect((await page.$$('#chart-status-0 rect.bar')).length).toBeGreaterThan(0);
    const total = await visibleRows(page, 'requirements-0');
    expect(total).toBe(36);
    await page.selectOption('[data-filter-for="requirements-0"] select', 'manual');
    const manual = await visibleRows(page, 'requirements-0');
    expect(manual).toBeGreaterThan(0);
    expect(manual).toBeLessThan(total);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await page.close();
  });
});
