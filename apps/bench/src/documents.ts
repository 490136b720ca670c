import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './workspace';

/**
 * The GraphQL documents the web app sends, read from its features' sources
 * (libs/web/<feature>/src/graphql/*.documents.ts), so the bench measures exactly
 * what users' browsers ask for, fragments included.
 */
export function webDocuments(root = workspaceRoot): Map<string, string> {
  const byName = new Map<string, string>();
  const webLibs = join(root, 'libs', 'web');
  for (const lib of readdirSync(webLibs)) {
    const dir = join(webLibs, lib, 'src', 'graphql');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.documents.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
        const text = match[1].trim();
        const name = /^(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(text)?.[1];
        if (name) byName.set(name, text);
      }
    }
  }
  return byName;
}

/** The operation with every fragment it spreads (transitively), ready to send. */
export function operationText(documents: Map<string, string>, operationName: string): string {
  const operation = documents.get(operationName);
  if (!operation) throw new Error(`The web app has no operation ${operationName}`);
  const included = new Set<string>();
  const pending = [operation];
  const parts = [operation];
  while (pending.length) {
    const text = pending.pop()!;
    for (const [, spread] of text.matchAll(/\.\.\.\s*([A-Za-z_]\w*)/g)) {
      if (spread === 'on' || included.has(spread)) continue;
      const fragment = documents.get(spread);
      if (!fragment) throw new Error(`${operationName} spreads ${spread}, which the web app does not define`);
      included.add(spread);
      parts.push(fragment);
      pending.push(fragment);
    }
  }
  return parts.join('\n\n');
}
