/** `<input type="datetime-local">` speaks the device's wall clock without a zone: instants to and from it. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An empty field gives NaN, which the forms' checks refuse with the field named. */
export const fromLocalInput = (value: string): number => (value ? new Date(value).getTime() : Number.NaN);
