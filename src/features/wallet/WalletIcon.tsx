/** A wallet's icon (EIP-6963 data URI) or a neutral placeholder when it has none. */
export function WalletIcon({ icon }: { icon: string | undefined }) {
  if (icon) return <img src={icon} alt="" className="size-7 rounded-md" />
  return (
    <span
      aria-hidden="true"
      className="grid size-7 place-items-center rounded-md bg-slate-200 dark:bg-slate-700"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor">
        <rect x="2.5" y="5" width="15" height="11" rx="2" strokeWidth="1.6" />
        <path d="M13 10.5h2" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    </span>
  )
}
