/**
 * Formats a money string ("5767200.00") as "¥5,767,200.00" by string operations only, so no amount
 * ever passes through a float on its way to the screen.
 */
export function formatCny(amount: string): string {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) return amount;
  const [, sign, whole, fen] = m;
  return `${sign}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fen}`;
}

export function formatInteger(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
