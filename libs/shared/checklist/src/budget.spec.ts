import { budgetByCategory, budgetTotalCents, hasSuppliesLine, type BudgetLine } from './index';

const lines: BudgetLine[] = [
  { category: 'personnel', description: 'Two peer recovery coaches', amountCents: 9_000_000n },
  { category: 'supplies', description: 'Naloxone kits', amountCents: 1_250_050n },
  { category: 'personnel', description: 'Outreach nurse, half time', amountCents: 3_500_000n },
  { category: 'travel', description: 'Mileage', amountCents: 249_950n },
];

describe('budget totals', () => {
  it('adds every line: 90,000 + 12,500.50 + 35,000 + 2,499.50 = $140,000', () => {
    expect(budgetTotalCents(lines)).toBe(14_000_000n);
    expect(budgetTotalCents([])).toBe(0n);
  });

  it('sums per category, in the order categories first appear', () => {
    const byCategory = budgetByCategory(lines);
    expect([...byCategory.entries()]).toEqual([
      ['personnel', 12_500_000n],
      ['supplies', 1_250_050n],
      ['travel', 249_950n],
    ]);
    expect(budgetByCategory([]).size).toBe(0);
  });

  it('counts a supplies line only when it carries money', () => {
    expect(hasSuppliesLine(lines)).toBe(true);
    expect(hasSuppliesLine(lines.filter((l) => l.category !== 'supplies'))).toBe(false);
    expect(hasSuppliesLine([{ category: 'supplies', description: 'Naloxone', amountCents: 0n }])).toBe(false);
  });
});
