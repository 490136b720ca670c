import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import * as prettier from 'prettier';

// `npm run lint` runs `format:check` (Prettier with package.json's "prettier" settings): these
// show what it accepts and what it refuses, with the project's own settings.
const root = join(__dirname, '../../..');
const config = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).prettier as prettier.Options;

describe('format (Prettier settings in package.json)', () => {
  it('accepts the house style: single quotes, trailing commas, lines up to 120 characters', async () => {
    const source = `export const limits = { narrative: 5000, title: 200 };\nexport const greet = (name: string) => \`Hello \${name}\`;\n`;
    expect(await prettier.check(source, { ...config, filepath: 'example.ts' })).toBe(true);
  });

  it('refuses a line past 120 characters, double quotes and a missing semicolon', async () => {
    const long = `export const message = ['${'x'.repeat(60)}', '${'y'.repeat(60)}'];\n`;
    expect(await prettier.check(long, { ...config, filepath: 'example.ts' })).toBe(false);
    expect(await prettier.check(`export const a = "double";\n`, { ...config, filepath: 'example.ts' })).toBe(false);
    expect(await prettier.check(`export const a = 'x'\n`, { ...config, filepath: 'example.ts' })).toBe(false);
  });
});
