import { useMemo } from 'preact/hooks';
import qrcode from 'qrcode-generator';

/** Blank modules around the code, as the QR standard asks, so cameras find its edges. */
const QUIET_ZONE = 4;

/** The dark modules as one SVG path: drawn as elements, no HTML string, no image request. */
function modulesPath(value: string): { size: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++) if (qr.isDark(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
  return { size: n + 2 * QUIET_ZONE, d };
}

export function QrCode({ value, label }: { value: string; label: string }) {
  const { size, d } = useMemo(() => modulesPath(value), [value]);
  return (
    <svg class="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
