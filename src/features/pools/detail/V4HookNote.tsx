import type { V4HookInfo } from '../../../domain/positions/model.ts'

/** A V4 pool's hook, labelled as a risk: its address and the permissions its address encodes. */
export function V4HookNote({ hook }: { hook: V4HookInfo | null }) {
  if (!hook)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="v4-pool-hook" data-hook="none">
        No hook: the pool runs v4-core's code only.
      </p>
    )
  return (
    <div
      role="note"
      className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/60 dark:text-amber-100"
      data-testid="v4-pool-hook"
      data-hook={hook.address}
      data-hook-flags={hook.enabled.join(',')}
      data-hook-may-alter-amounts={String(hook.mayAlterAmounts)}
    >
      <p>
        <span className="font-semibold">Risk: hooked pool.</span> This pool also trusts the code of hook{' '}
        <span className="break-all font-mono text-xs">{hook.address}</span> and whoever controls it.
      </p>
      <p className="mt-1 text-xs">
        Permission flags (from the address's low 14 bits):{' '}
        {hook.enabled.length > 0 ? hook.enabled.join(', ') : 'none set'}.
        {hook.mayAlterAmounts
          ? ' It holds a return-delta permission: swaps and liquidity changes may pay out other amounts than the pool math says.'
          : ' No return-delta permission: it cannot change the amounts swaps and liquidity changes pay.'}
      </p>
    </div>
  )
}
