import { useQuery } from '@tanstack/react-query'
import { useQueryState } from 'nuqs'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Address } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import { buildAddPlan, nativeSideOf } from '../../chain/write/plans/buildAddPlan.ts'
import { buildCreatePairPlan } from '../../chain/write/plans/buildCreatePairPlan.ts'
import { type CreatePairInput, deriveCreatePair } from '../../domain/actions/deriveCreatePair.ts'
import { type CreatePoolInput, deriveCreatePool } from '../../domain/actions/deriveCreatePool.ts'
import { type TypedRangePrices, typedRangeStatus } from '../../domain/actions/typedRangeStatus.ts'
import type { AddLiquidityForm as FormState } from '../../domain/actions/types.ts'
import { rangeFromPercent } from '../../domain/actions/validateRange.ts'
import { ethWrapperOf } from '../../domain/catalogue/ethWrapperOf.ts'
import { importedPoolChoice } from '../../domain/catalogue/importedToken.ts'
import { listPoolChoices } from '../../domain/catalogue/listPoolChoices.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import type { TokenInfo } from '../../domain/catalogue/types.ts'
import { withListedPools } from '../../domain/catalogue/withListedPools.ts'
import { catalogueQueryOptions } from '../../queries/catalogueQuery.ts'
import { poolSnapshotQueryOptions } from '../../queries/poolSnapshotQuery.ts'
import { poolStateQueryOptions } from '../../queries/poolStateQuery.ts'
import { poolsStateQueryOptions } from '../../queries/poolsStateQuery.ts'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { useTradeSettings } from '../settings/useTradeSettings.ts'
import { TxStepper } from '../transactions/TxStepper.tsx'
import { useTxFlow } from '../transactions/useTxFlow.ts'
import { useActiveAccount } from '../wallet/useActiveAccount.ts'
import { usePairCreationCheck } from './data/usePairCreationCheck.ts'
import { usePoolCreationCheck } from './data/usePoolCreationCheck.ts'
import { usePoolLiveState } from './data/usePoolLiveState.ts'
import { useSavedImports } from './importsStore.ts'
import { AddedPosition } from './steps/AddedPosition.tsx'
import { AmountsStep } from './steps/AmountsStep.tsx'
import { CreatedNotice, CreatePairReviewNote } from './steps/CreatedNotice.tsx'
import { CreatePairPanel } from './steps/CreatePairPanel.tsx'
import { CreatePoolPanel } from './steps/CreatePoolPanel.tsx'
import { FarmStep } from './steps/FarmStep.tsx'
import { PoolStep } from './steps/PoolStep.tsx'
import { RangeStep } from './steps/RangeStep.tsx'
import { ReviewStep } from './steps/ReviewStep.tsx'

const NO_TOKENS: readonly TokenInfo[] = []

const EMPTY_PAIR: CreatePairInput = {
  tokenA: '',
  tokenB: '',
  amountAText: '',
  amountBText: '',
  acknowledgedDeviation: false,
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

const INITIAL_FORM: FormState = {
  poolAddress: '',
  tickLower: 0,
  tickUpper: 0,
  independent: 'token0',
  amountText: '',
  useNative: false,
  unlimitedApproval: false,
}

/** The guided add: pool → range → amounts → review → approve + submit → farm. */
export function AddLiquidityForm() {
  const appChainId = useChainId()
  const wagmiConfig = useConfig()
  // A started flow stays on its chain: if the wallet (and the app with it) moves, the flow pauses.
  const [pinnedChainId, setPinnedChainId] = useState<number | undefined>(undefined)
  const chainId = pinnedChainId ?? appChainId
  const account = useActiveAccount()
  // The chain's catalogue (local data; a public chain's token list loads once): contracts, pools, tokens.
  const catalogueQuery = useQuery(catalogueQueryOptions(chainId))
  const catalogue = catalogueQuery.data ?? undefined
  const contracts = catalogue?.contracts
  // Public chains: the pools the pools list found for the main pairs join the catalogue's own.
  // (Only there: a catalogue of known pools, the devnet's, lists them all already.)
  const listed = useQuery({
    ...poolsStateQueryOptions(wagmiConfig, chainId),
    enabled: catalogue?.poolsList.from === 'factories',
  }).data?.config
  // Pasted tokens the user chose to use, and pools not on the list (created here, or found on chain for
  // them): saved per chain (a reload keeps them), badged "unlisted" wherever they show.
  const imports = useSavedImports(chainId)
  const importedTokens = imports.tokens
  const importedPools = imports.pools
  const choices = useMemo(() => {
    const fromList = catalogue ? listPoolChoices(withListedPools(catalogue, listed)) : []
    const extra = importedPools.filter((p) => !fromList.some((c) => same(c.address, p.address)))
    return [...fromList, ...extra]
  }, [catalogue, listed, importedPools])
  const listTokens = catalogue?.tokens ?? NO_TOKENS
  const tokenList = useMemo(
    () => [
      ...listTokens,
      ...importedTokens.filter((t) => !listTokens.some((l) => same(l.address, t.address))),
    ],
    [listTokens, importedTokens],
  )
  // `?pool=` (e.g. from a pool's detail page) preselects the pool once; the form owns it from then on.
  const [poolFromUrl] = useQueryState('pool')
  const [form, setForm] = useState<FormState>(() => ({ ...INITIAL_FORM, poolAddress: poolFromUrl ?? '' }))
  const [settings, setSettings] = useTradeSettings()
  const [rangeTouched, setRangeTouched] = useState(false)
  const [priceText, setPriceText] = useState<TypedRangePrices>({ lower: '', upper: '' })
  // Creating a pool: the rest of the flow runs against a virtual pool at the typed starting price.
  const [createInput, setCreateInput] = useState<CreatePoolInput | null>(null)
  // Creating a V2 pair: both amounts typed, the review runs against a virtual empty pair.
  const [pairInput, setPairInput] = useState<CreatePairInput | null>(null)
  const [pairUseNative, setPairUseNative] = useState(false)
  const [pairRaceError, setPairRaceError] = useState<string | null>(null)
  // What the started flow creates (kept while the flow runs: the checks flip to "exists" once it is mined).
  const [creating, setCreating] = useState<PoolChoice | null>(null)
  const [created, setCreated] = useState<PoolChoice | null>(null)
  const createTarget = useMemo(() => {
    if (!createInput || createInput.tokenA === '' || createInput.tokenB === '') return undefined
    if (createInput.tokenA.toLowerCase() === createInput.tokenB.toLowerCase()) return undefined
    const [token0, token1] =
      createInput.tokenA.toLowerCase() < createInput.tokenB.toLowerCase()
        ? [createInput.tokenA, createInput.tokenB]
        : [createInput.tokenB, createInput.tokenA]
    return { token0, token1, fee: createInput.fee }
  }, [createInput])
  const samePair = useMemo(
    () =>
      createTarget
        ? choices.filter(
            (c) =>
              c.token0.address.toLowerCase() === createTarget.token0.toLowerCase() &&
              c.token1.address.toLowerCase() === createTarget.token1.toLowerCase(),
          )
        : [],
    [choices, createTarget],
  )
  const creationCheck = usePoolCreationCheck(chainId, contracts?.v3Factory, createTarget, samePair)
  const creation =
    createInput && contracts
      ? deriveCreatePool({
          input: createInput,
          tokens: tokenList,
          choices,
          factory: contracts.v3Factory,
          check: creationCheck.data,
        })
      : undefined
  const pairTarget = useMemo(
    () =>
      pairInput &&
      pairInput.tokenA !== '' &&
      pairInput.tokenB !== '' &&
      !same(pairInput.tokenA, pairInput.tokenB)
        ? { tokenA: pairInput.tokenA, tokenB: pairInput.tokenB }
        : undefined,
    [pairInput],
  )
  const pairSamePair = useMemo(
    () =>
      pairTarget
        ? choices.filter(
            (c) =>
              (same(c.token0.address, pairTarget.tokenA) && same(c.token1.address, pairTarget.tokenB)) ||
              (same(c.token0.address, pairTarget.tokenB) && same(c.token1.address, pairTarget.tokenA)),
          )
        : [],
    [choices, pairTarget],
  )
  const pairCheck = usePairCreationCheck(chainId, contracts?.v2Factory, pairTarget, pairSamePair)
  const pairCreation = pairInput
    ? deriveCreatePair({ input: pairInput, tokens: tokenList, choices, check: pairCheck.data })
    : undefined
  const pool = createInput
    ? creation?.status === 'ready'
      ? creation.pool
      : undefined
    : pairInput
      ? pairCreation?.status === 'ready'
        ? pairCreation.pool
        : undefined
      : choices.find((choice) => choice.address.toLowerCase() === form.poolAddress.toLowerCase())
  const spender = pool?.protocol === 'v3' ? contracts?.nonfungiblePositionManager : contracts?.v2Router02
  const live = usePoolLiveState(chainId, pool, account.address, spender)
  const weth = catalogue ? ethWrapperOf(catalogue) : undefined
  // The pool's state and initialized ticks (the range histogram: no log, so it draws at once), then its
  // volume and farm as the simulator reads them (the review's projected APR), which scan days of logs.
  const snapshotParameters = { chainId: appChainId, pool: pool?.create ? undefined : pool?.address }
  const poolState = useQuery(poolStateQueryOptions(wagmiConfig, snapshotParameters))
  const snapshot = useQuery(poolSnapshotQueryOptions(wagmiConfig, snapshotParameters))
  const flow = useTxFlow({
    id: 'add-liquidity',
    label: 'Add liquidity',
    chainId,
    account: account.source === 'wallet' ? account.address : undefined,
  })

  // Until the user picks a range, default to ±10 % around the current tick.
  const currentTick = live.data?.v3?.tick
  const range =
    pool?.protocol === 'v3' && !rangeTouched && currentTick !== undefined
      ? rangeFromPercent(currentTick, pool.tickSpacing, 10, 10)
      : { tickLower: form.tickLower, tickUpper: form.tickUpper }
  const effectiveForm = { ...form, ...range }
  // Typed min/max prices that are not the range in use keep the review closed (what you see is what you sign).
  const typedRange =
    pool?.protocol === 'v3'
      ? typedRangeStatus(
          priceText,
          { decimals0: pool.token0.decimals, decimals1: pool.token1.decimals, tickSpacing: pool.tickSpacing },
          range,
        )
      : ({ kind: 'none' } as const)
  const pairNativeSide = pool && pairInput ? nativeSideOf(pairUseNative, pool, weth) : undefined
  const plan =
    pool && live.data && account.address && spender && pairInput
      ? pairCreation?.status === 'ready'
        ? buildCreatePairPlan({
            pool,
            amount0Wei: pairCreation.amount0Wei,
            amount1Wei: pairCreation.amount1Wei,
            liquidityWei: pairCreation.liquidityWei,
            live: live.data,
            settings,
            account: account.address,
            router: spender,
            unlimitedApproval: form.unlimitedApproval,
            nativeSide: pairNativeSide,
          })
        : undefined
      : pool && live.data && account.address && spender
        ? buildAddPlan({
            form: effectiveForm,
            settings,
            pool,
            live: live.data,
            account: account.address,
            spender,
            weth,
          })
        : undefined
  const nativeSide = pairInput ? pairNativeSide : pool ? nativeSideOf(form.useNative, pool, weth) : undefined
  const canUseNative = pool !== undefined && nativeSideOf(true, pool, weth) !== undefined
  const patch = (next: Partial<FormState>) => {
    if (flow.state.phase !== 'idle' && flow.state.phase !== 'done') return
    setForm((previous) => ({ ...previous, ...range, ...next }))
  }

  // Once the flow that created a pool or pair is done: list it (unlisted), select it, say what was created.
  // The effect below adds the pool it created through the latest store (its own closure is the old one).
  const addPoolRef = useRef(imports.addPool)
  addPoolRef.current = imports.addPool
  // A V2 pair's address comes from the factory's getPair, read again on the next block.
  const phase = flow.state.phase
  const existingPair = pairCheck.data?.existingPair
  useEffect(() => {
    if (phase !== 'done' || !creating) return
    const address = creating.protocol === 'v2' ? existingPair : creating.address
    if (!address) return
    const createdPool = importedPoolChoice({ ...creating, address })
    addPoolRef.current(createdPool)
    setCreated(createdPool)
    setCreating(null)
    setCreateInput(null)
    setPairInput(null)
    setForm({ ...INITIAL_FORM, poolAddress: address })
  }, [phase, creating, existingPair])
  const addImportedPool = (next: PoolChoice) => imports.addPool(next)

  const inFlow = flow.state.phase !== 'idle'
  if (catalogueQuery.isPending)
    return (
      <div data-testid="add-liquidity-loading">
        <Skeleton className="h-40" />
      </div>
    )
  if (catalogueQuery.isError)
    return (
      <Banner tone="error" title="Could not load this network's token list" data-testid="catalogue-error">
        {catalogueQuery.error.message.split('\n')[0]} Reload the page to try again.
      </Banner>
    )
  if (!contracts || (choices.length === 0 && !inFlow))
    return (
      <EmptyState
        title="No pools listed on this network"
        description="Poolscope knows no pools on this network yet. Switch to a network with listed pools, or open a pool by its address in the Simulator first."
        actions={<ButtonLink href="/simulator">Simulator</ButtonLink>}
      />
    )

  const cannotSignReason =
    account.source === 'watch'
      ? 'You are watching an address: a watched address cannot sign. Connect its wallet to add liquidity.'
      : account.source === null
        ? 'Connect a wallet to add liquidity.'
        : undefined
  const lastReceipt = flow.state.steps.at(-1)?.receipt
  const resetFlow = () => {
    flow.reset()
    setPinnedChainId(undefined)
  }

  return (
    <div className="flex flex-col gap-4" data-testid="add-liquidity-form">
      <PoolStep
        chainId={chainId}
        tokens={listTokens /* the token check judges against the list, never against imported tokens */}
        choices={choices}
        selected={form.poolAddress}
        importedTokens={importedTokens}
        onImportToken={(token) => imports.addToken(token)}
        onSelect={(address) => {
          resetFlow()
          setRangeTouched(false)
          setPriceText({ lower: '', upper: '' })
          setCreateInput(null)
          setPairInput(null)
          setCreated(null)
          setForm({ ...INITIAL_FORM, poolAddress: address })
        }}
        onStartCreatePair={() => {
          resetFlow()
          setCreateInput(null)
          setCreated(null)
          setPairRaceError(null)
          setPairUseNative(false)
          setForm(INITIAL_FORM)
          setPairInput(EMPTY_PAIR)
        }}
        onStartCreate={(tokenA, tokenB, fee) => {
          resetFlow()
          setRangeTouched(false)
          setPriceText({ lower: '', upper: '' })
          setPairInput(null)
          setCreated(null)
          setForm(INITIAL_FORM)
          setCreateInput({
            tokenA,
            tokenB,
            fee,
            priceText: '',
            direction: 'token1PerToken0',
            acknowledgedDeviation: false,
          })
        }}
        createPanel={
          createInput && creation ? (
            <CreatePoolPanel
              tokens={tokenList}
              input={createInput}
              derivation={creation}
              onChange={(next) => {
                if (flow.state.phase !== 'idle' && flow.state.phase !== 'done') return
                setCreateInput({ ...createInput, ...next })
              }}
              onSelectExisting={(address) => {
                if (creation.status === 'exists' && !creation.listed)
                  addImportedPool(
                    importedPoolChoice({
                      protocol: 'v3',
                      address,
                      token0: creation.token0,
                      token1: creation.token1,
                      fee: createInput.fee,
                    }),
                  )
                setCreateInput(null)
                setRangeTouched(false)
                setForm({ ...INITIAL_FORM, poolAddress: address })
              }}
            />
          ) : pairInput && pairCreation ? (
            <CreatePairPanel
              tokens={tokenList}
              input={pairInput}
              derivation={pairCreation}
              onChange={(next) => {
                if (flow.state.phase !== 'idle' && flow.state.phase !== 'done') return
                setPairRaceError(null)
                setPairInput({ ...pairInput, ...next })
              }}
              onSelectExisting={(address) => {
                if (pairCreation.status === 'exists' && !pairCreation.listed)
                  addImportedPool(
                    importedPoolChoice({
                      protocol: 'v2',
                      address,
                      token0: pairCreation.token0,
                      token1: pairCreation.token1,
                      fee: 3000,
                    }),
                  )
                resetFlow()
                setPairInput(null)
                setForm({ ...INITIAL_FORM, poolAddress: address })
              }}
              native={{
                available:
                  weth !== undefined &&
                  [pairInput.tokenA, pairInput.tokenB].some((t) => t !== '' && same(t, weth)),
                checked: pairUseNative,
                onChange: (checked) => {
                  if (flow.state.phase !== 'idle' && flow.state.phase !== 'done') return
                  setPairUseNative(checked)
                },
              }}
            />
          ) : undefined
        }
      />
      {!createInput && !pairInput && form.poolAddress !== '' && !pool && (
        <Banner tone="warning" title="Not a listed pool" data-testid="pool-param-error">
          “{form.poolAddress.slice(0, 64)}” is not a pool Poolscope lists on this network: choose one above.
        </Banner>
      )}
      {pairCheck.error && !pairCheck.data && (
        <Banner tone="error" title="Could not check whether the pair exists" data-testid="pair-check-error">
          {pairCheck.error.message.split('\n')[0]} What you typed is kept: the check runs again on the next
          block.
        </Banner>
      )}
      {pairRaceError && (
        <Banner tone="error" title="Stopped before signing" data-testid="pair-race-error">
          {pairRaceError}
        </Banner>
      )}
      {creationCheck.error && (
        <Banner tone="error" title="Could not check whether the pool exists">
          {creationCheck.error.message}
        </Banner>
      )}
      {pool && live.error && (
        <Banner tone="error" title="Could not read the pool">
          {live.error.message}
        </Banner>
      )}
      {pool?.protocol === 'v3' && (
        <RangeStep
          chainId={chainId}
          pool={pool}
          currentTick={currentTick}
          tickLower={range.tickLower}
          tickUpper={range.tickUpper}
          rangePosition={plan && 'rangePosition' in plan ? plan.rangePosition : undefined}
          snapshot={snapshot.data ?? poolState.data}
          onChange={(next) => {
            if (flow.state.phase !== 'idle' && flow.state.phase !== 'done') return
            setRangeTouched(true)
            patch(next)
          }}
          priceText={priceText}
          onPriceText={(next) => {
            if (flow.state.phase !== 'idle' && flow.state.phase !== 'done') return
            setPriceText(next)
          }}
        />
      )}
      {pool && !pairInput && (
        <AmountsStep
          pool={pool}
          live={live.data}
          form={effectiveForm}
          plan={plan}
          nativeSide={nativeSide}
          canUseNative={canUseNative}
          onChange={patch}
        />
      )}
      {pool && plan?.ok && account.address && !inFlow && typedRange.kind === 'pending' && (
        <Banner
          tone="info"
          title="Review closed: the typed prices are not applied"
          data-testid="range-pending"
        >
          {typedRange.message} The review opens once the Min and Max prices are valid (they apply as typed,
          snapped to ticks), or once you clear them or pick a preset.
        </Banner>
      )}
      {pairInput && pool && plan && !plan.ok && (
        <Banner tone="warning" title="Cannot create the pair yet" data-testid="create-pair-blocked">
          {plan.message}
        </Banner>
      )}
      {pairInput && pool && plan?.ok && !inFlow && <CreatePairReviewNote />}
      {pool && plan?.ok && account.address && !inFlow && typedRange.kind !== 'pending' && (
        <ReviewStep
          chainId={chainId}
          account={account.address}
          pool={pool}
          plan={plan}
          nativeSide={nativeSide}
          currentTick={currentTick}
          tickLower={range.tickLower}
          tickUpper={range.tickUpper}
          settings={settings}
          onSettings={setSettings}
          unlimitedApproval={form.unlimitedApproval}
          onUnlimitedApproval={(value) => patch({ unlimitedApproval: value })}
          onSubmit={async () => {
            if (pairInput) {
              // Whether the pair exists is read again now, fresh: created since the review, it stops here.
              setPairRaceError(null)
              try {
                const fresh = await pairCheck.recheck()
                if (fresh.existingPair && !fresh.existingPairEmpty) {
                  setPairRaceError(
                    `This V2 pair was created meanwhile, at ${fresh.existingPair}: nothing was sent. A deposit would now add at that pair's ratio, not at the price you typed. Review it as an existing pair instead.`,
                  )
                  return
                }
              } catch (error) {
                setPairRaceError(
                  `Could not check again whether the pair exists (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): nothing was sent. Try again.`,
                )
                return
              }
            }
            setCreating(pool.create ? pool : null)
            setCreated(null)
            setPinnedChainId(appChainId)
            flow.start(plan.requests)
          }}
          canSign={account.source === 'wallet'}
          cannotSignReason={cannotSignReason}
          rangePending={false /* the review is not shown while typed prices are pending */}
          snapshot={snapshot.data}
        />
      )}
      {inFlow && (
        <Card title="Transactions">
          <TxStepper
            state={flow.state}
            chainId={chainId}
            onContinue={flow.continue}
            onBackToReview={resetFlow}
          />
          {flow.state.phase === 'done' && created && <CreatedNotice pool={created} />}
          {flow.state.phase === 'done' && (
            <div className="mt-3 flex flex-wrap items-center gap-2" data-testid="add-done">
              <p className="text-sm">Liquidity added. The position now shows in your dashboard.</p>
              {pool && lastReceipt && <AddedPosition chainId={chainId} pool={pool} receipt={lastReceipt} />}
              <ButtonLink href="/">See positions</ButtonLink>
              <Button
                variant="secondary"
                onClick={() => {
                  resetFlow()
                  patch({ amountText: '' })
                }}
              >
                Add more
              </Button>
            </div>
          )}
        </Card>
      )}
      {pool && flow.state.phase === 'done' && lastReceipt && account.address && (
        <FarmStep
          chainId={chainId}
          account={account.address as Address}
          pool={pool}
          receipt={lastReceipt}
          npm={contracts.nonfungiblePositionManager}
          staker={contracts.v3Staker}
          chainTime={live.data?.blockTimestamp}
        />
      )}
    </div>
  )
}
