/**
 * The small arithmetic of the `derived` formulas in quarterly-metrics.json
 * ("a / b", "a / (b + c)"): identifiers, + - * /, parentheses, and plain
 * numbers. Parsed once when the module loads, so a formula naming a metric the
 * file does not define fails at start-up rather than on a dashboard.
 * Internal to the library: not exported from index.ts.
 */

export type Formula =
  | { kind: 'metric'; key: string }
  | { kind: 'number'; value: number }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula };

type Token =
  | { type: 'id'; text: string }
  | { type: 'num'; value: number }
  | { type: 'op'; text: '+' | '-' | '*' | '/' | '(' | ')' };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(\d+(?:\.\d+)?)|([-+*/()]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match)
      throw new SyntaxError(
        `Unexpected ${JSON.stringify(source.slice(at).trim()[0])} in formula ${JSON.stringify(source)}`,
      );
    if (match[1]) tokens.push({ type: 'id', text: match[1] });
    else if (match[2]) tokens.push({ type: 'num', value: Number(match[2]) });
    else tokens.push({ type: 'op', text: match[3] as '+' | '-' | '*' | '/' | '(' | ')' });
    at = pattern.lastIndex;
  }
  return tokens;
}

/**
 * expression := term (("+" | "-") term)*
 * term       := factor (("*" | "/") factor)*
 * factor     := identifier | number | "(" expression ")"
 * Operators of one level associate to the left: a / b / c is (a / b) / c.
 */
export function parseFormula(source: string, knownKeys: ReadonlySet<string>): Formula {
  const tokens = tokenize(source);
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} in formula ${JSON.stringify(source)}`);
  };
  const isOp = (token: Token | undefined, ...ops: string[]) => token?.type === 'op' && ops.includes(token.text);

  function expression(): Formula {
    let left = term();
    while (isOp(tokens[at], '+', '-')) {
      const op = (tokens[at++] as { text: '+' | '-' }).text;
      left = { kind: 'binary', op, left, right: term() };
    }
    return left;
  }
  function term(): Formula {
    let left = factor();
    while (isOp(tokens[at], '*', '/')) {
      const op = (tokens[at++] as { text: '*' | '/' }).text;
      left = { kind: 'binary', op, left, right: factor() };
    }
    return left;
  }
  function factor(): Formula {
    const token = tokens[at++];
    if (!token) return fail('Unexpected end');
    if (token.type === 'id') {
      if (!knownKeys.has(token.text)) return fail(`Unknown metric ${token.text}`);
      return { kind: 'metric', key: token.text };
    }
    if (token.type === 'num') return { kind: 'number', value: token.value };
    if (token.text === '(') {
      const inner = expression();
      if (!isOp(tokens[at++], ')')) fail('Missing )');
      return inner;
    }
    return fail(`Unexpected ${token.text}`);
  }

  const formula = expression();
  if (at < tokens.length) fail('Unexpected text after the end');
  return formula;
}

/**
 * The value of a formula. Null when a division has a zero denominator, or a
 * metric the formula needs is not in `values`; null carries through the rest.
 */
export function evaluateFormula(formula: Formula, values: ReadonlyMap<string, number>): number | null {
  switch (formula.kind) {
    case 'number':
      return formula.value;
    case 'metric':
      return values.get(formula.key) ?? null;
    case 'binary': {
      const left = evaluateFormula(formula.left, values);
      const right = evaluateFormula(formula.right, values);
      if (left === null || right === null) return null;
      switch (formula.op) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          return right === 0 ? null : left / right;
      }
    }
  }
}
