/**
 * The app's icon, drawn inline on the home screen: an image of an SVG file would be a separate
 * document for the page to build before its first frame. `resources/icon.svg` stays the source of
 * the packaged PNGs (`scripts/render-icon.ts`); a unit test keeps the two the same drawing.
 */
export function AppIcon({ size }: { size: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 512 512"
      width={size}
      height={size}
      aria-hidden="true"
    >
      <defs>
        <linearGradient id="app-icon-bg" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#0d6d9c" />
          <stop offset="1" stopColor="#084a6c" />
        </linearGradient>
      </defs>
      <rect x="16" y="16" width="480" height="480" rx="104" fill="url(#app-icon-bg)" />
      <path
        d="M148 92h164l72 72v256a20 20 0 0 1-20 20H148a20 20 0 0 1-20-20V112a20 20 0 0 1 20-20z"
        fill="#fbfaf6"
      />
      <path d="M312 92v52a20 20 0 0 0 20 20h52z" fill="#d9d4c7" />
      <rect x="168" y="188" width="176" height="14" rx="7" fill="#0b5f8a" />
      <rect x="168" y="226" width="176" height="10" rx="5" fill="#9aa4b1" />
      <rect x="168" y="254" width="176" height="10" rx="5" fill="#9aa4b1" />
      <rect x="168" y="282" width="120" height="10" rx="5" fill="#9aa4b1" />
      <circle cx="300" cy="368" r="58" fill="none" stroke="#c0392b" strokeWidth="12" />
      <path
        d="M300 330l10.6 21.4 23.6 3.4-17.1 16.7 4 23.5L300 384l-21.1 11 4-23.5-17.1-16.7 23.6-3.4z"
        fill="#c0392b"
      />
    </svg>
  );
}
