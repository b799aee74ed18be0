/** "1 h 5 min", "12 min", "45 s" */
export function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const min = Math.round(seconds / 60);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}

export function price(p: { amount: number; currency: string } | null | undefined): string {
  if (!p) return 'Free';
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: p.currency }).format(p.amount / 100);
}

export function date(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
