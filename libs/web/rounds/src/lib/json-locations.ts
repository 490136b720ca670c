export interface JsonLocation {
  /** Offsets of the value in the text: select [start, end) to show it. */
  start: number;
  end: number;
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

/**
 * Where each value of a JSON text is, by dotted path (`items.3.weight`; `` is
 * the whole document). Run it only on text JSON.parse accepted: it trusts the grammar.
 */
export function jsonLocations(text: string): Map<string, JsonLocation> {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const at = (start: number, end: number): JsonLocation => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= start) low = mid;
      else high = mid - 1;
    }
    return { start, end, line: low + 1, column: start - lineStarts[low] + 1 };
  };

  const locations = new Map<string, JsonLocation>();
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const child = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

  const readValue = (path: string): void => {
    skipSpace();
    const start = i;
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipSpace();
      while (i < text.length && text[i] !== '}') {
        skipSpace();
        const key = readString();
        skipSpace();
        i++; // colon
        readValue(child(path, key));
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (ch === '[') {
      i++;
      skipSpace();
      let index = 0;
      while (i < text.length && text[i] !== ']') {
        readValue(child(path, index++));
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (ch === '"') {
      readString();
    } else {
      while (i < text.length && /[-+0-9.eEa-z]/.test(text[i])) i++;
    }
    locations.set(path, at(start, i));
  };

  readValue('');
  return locations;
}

/** The location of `path`, or of its nearest ancestor present in the text (a missing field's object). */
export function locate(locations: Map<string, JsonLocation>, path: string): JsonLocation | undefined {
  let current = path;
  for (;;) {
    const found = locations.get(current);
    if (found || current === '') return found;
    const dot = current.lastIndexOf('.');
    current = dot === -1 ? '' : current.slice(0, dot);
  }
}

class SyntaxStop {
  constructor(readonly at: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first JSON syntax error in `text`, or undefined when it is
 * valid: browsers' JSON.parse messages do not always say where they stopped.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (at = i): never => {
    throw new SyntaxStop(at);
  };
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail(i + 1);
      } else if (ch < ' ') fail();
      else i++;
    }
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (!match) fail();
      else i += match[0].length;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxStop) return Math.min(error.at, text.length);
    return undefined; // nested too deeply to scan: the browser's message has to do
  }
}

/** Line and column (1-based) of an offset. */
export function locationAt(text: string, offset: number): JsonLocation {
  const before = text.slice(0, offset).split('\n');
  return {
    start: offset,
    end: Math.min(offset + 1, text.length),
    line: before.length,
    column: before[before.length - 1].length + 1,
  };
}
