/** The Treaty Lens mark (same drawing as assets/icon.svg), decorative. */
export function LensIcon({ size = 20 }: { size?: number }) {
  return (
    <svg viewBox="0 0 128 128" width={size} height={size} aria-hidden="true" focusable="false">
      <rect
        x="14"
        y="8"
        width="74"
        height="96"
        rx="10"
        fill="#fff"
        stroke="#0b5cad"
        stroke-width="8"
      />
      <path
        d="M30 32h42M30 48h42M30 64h24"
        stroke="#0b5cad"
        stroke-width="8"
        stroke-linecap="round"
      />
      <circle cx="80" cy="80" r="26" fill="#fff1a8" stroke="#12365e" stroke-width="10" />
      <path d="M99 99l18 18" stroke="#12365e" stroke-width="14" stroke-linecap="round" />
    </svg>
  );
}
