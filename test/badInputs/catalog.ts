import { validateRpcUrl } from '../../src/config/rpcUrl.ts'
import { parseAmount } from '../../src/domain/actions/parseAmount.ts'
import { parseRemovePercent } from '../../src/domain/actions/parseRemovePercent.ts'
import { startingSqrtPrice } from '../../src/domain/actions/startingSqrtPrice.ts'
import { validateRange } from '../../src/domain/actions/validateRange.ts'
import { validateRangePrices } from '../../src/domain/actions/validateRangePrices.ts'
import {
  validateDeadlineMinutes,
  validateSlippagePercent,
} from '../../src/domain/actions/validateTradeSettings.ts'
import { parseSimulatorParams } from '../../src/features/simulator/url/simulatorParams.ts'
import {
  validateBound,
  validateDepositUsd,
  validateHorizonDays,
  validateVolatilityPercent,
} from '../../src/features/simulator/url/validateField.ts'
import { validateWatchAddress } from '../../src/features/wallet/validateWatchAddress.ts'

/** Where a bad input is entered: a form field, or a URL the user opens. */
export type BadInputField =
  | 'add.amount'
  | 'add.rangeTicks'
  | 'add.rangePrices'
  | 'add.startingPrice'
  | 'add.slippage'
  | 'add.deadline'
  | 'add.tokenAddress'
  | 'manage.removePercent'
  | 'manage.increaseAmount'
  | 'sim.deposit'
  | 'sim.volatility'
  | 'sim.horizon'
  | 'sim.rangePct'
  | 'sim.rangePrice'
  | 'sim.poolAddress'
  | 'settings.rpcUrl'
  | 'wallet.watchAddress'
  | 'url.simulator'
  | 'url.pool'
  | 'url.addPool'
  | 'url.watch'

/** One bad input and the clear message Poolscope must answer it with. */
export type BadInput = {
  field: BadInputField
  /** What is typed (for ranges: "lower|upper"), or the URL path+query for url.* fields. */
  input: string
  /** The message the user must see. */
  expected: RegExp
}

/** USDC-like token for amount fields: 6 decimals. */
export const AMOUNT_TOKEN = { decimals: 6, symbol: 'USDC' } as const
/** Token of the Manage increase field in the catalogue: the in-range position's first token (WETH). */
export const INCREASE_TOKEN = { decimals: 18, symbol: 'WETH' } as const
/** Pool used for range fields: WETH/USDC-like decimals, spacing 60. */
export const RANGE_POOL = { decimals0: 18, decimals1: 6, tickSpacing: 60 } as const

const bad = (field: BadInputField, inputs: readonly string[], expected: RegExp): BadInput[] =>
  inputs.map((input) => ({ field, input, expected }))

/** The catalogue: every form field and URL parameter, each bad input with its expected message. */
export const BAD_INPUTS: readonly BadInput[] = [
  // Add liquidity: the typed amount (USDC, 6 decimals).
  ...bad(
    'add.amount',
    ['abc', '1.2.3', '1,5', '0x10', '١٢', 'NaN', 'Infinity', '1 000', '$5', '1..2'],
    /is not a number/,
  ),
  ...bad('add.amount', ['-1', '-0.5', '- 3'], /cannot be negative/),
  ...bad('add.amount', ['1e5', '1E-3', '2e+3', '.5e2'], /no exponent/),
  ...bad('add.amount', ['0', '0.000', '.0', '000'], /greater than zero/),
  ...bad('add.amount', ['0.0000001', '1.1234567', '3.14159265358979'], /at most 6 digits after the point/),
  ...bad('add.amount', ['', '   '], /Enter an amount of USDC/),
  // Range by ticks (spacing 60) as "lower|upper".
  ...bad('add.rangeTicks', ['600|0', '0|0', '-60|-120'], /lower price must be below the upper/),
  ...bad('add.rangeTicks', ['-887280|60', '0|887280', '-9999999|0'], /within ticks -887220/),
  ...bad('add.rangeTicks', ['1|60', '0|61', '-30|30'], /multiples of the tick spacing 60/),
  ...bad('add.rangeTicks', ['abc|60', '0|1.5', 'Infinity|60'], /whole ticks/),
  // Range by prices as "min|max".
  ...bad('add.rangePrices', ['|2000', '1000|', ' | '], /Enter both a min and a max price/),
  ...bad('add.rangePrices', ['-1|2000', '1000|-5'], /cannot be negative/),
  ...bad('add.rangePrices', ['abc|2000', '1e3|2000', '1,000|2000', '0x10|20'], /plain decimal numbers/),
  ...bad('add.rangePrices', ['0|2000', '0|0.0'], /above 0/),
  ...bad('add.rangePrices', ['2000|1000', '1500|1500'], /min price must be below the max/),
  ...bad(
    'add.rangePrices',
    [`0.${'0'.repeat(60)}1|1`, `1|${'9'.repeat(80)}`],
    /outside what a Uniswap V3 pool/,
  ),
  // Starting price of a new pool (18/6 decimals).
  ...bad('add.startingPrice', ['', '  '], /Enter the starting price/),
  ...bad('add.startingPrice', ['abc', '-2000', '1e3', '2,000', '0x10', '$2000'], /plain positive decimal/),
  ...bad('add.startingPrice', ['0', '0.000', '.0'], /must be above 0/),
  ...bad('add.startingPrice', [`1.${'1'.repeat(45)}`], /at most 40 significant digits/),
  ...bad('add.startingPrice', [`1${'0'.repeat(30)}`, `0.${'0'.repeat(30)}1`], /implausibly far from 1/),
  // Slippage (%) and deadline (minutes).
  ...bad('add.slippage', ['', ' '], /Enter a slippage tolerance/),
  ...bad('add.slippage', ['-1', '-0.5'], /cannot be negative/),
  ...bad('add.slippage', ['abc', '1e2', '0.5%', '1,5'], /plain number of %/),
  ...bad('add.slippage', ['0.001', '0.505'], /at most 2 decimals/),
  ...bad('add.slippage', ['0', '0.00'], /at least 0.01 %/),
  ...bad('add.slippage', ['51', '100', '99999'], /at most 50/),
  ...bad('add.deadline', ['', ' '], /Enter a deadline in minutes/),
  ...bad('add.deadline', ['-5'], /cannot be negative/),
  ...bad('add.deadline', ['1.5', 'ten', '1e3'], /whole number of minutes/),
  ...bad('add.deadline', ['0', '000'], /at least 1 minute/),
  ...bad('add.deadline', ['4321', '100000'], /at most 3 days/),
  // Manage: the share to remove (%) and the increase amount.
  ...bad(
    'manage.removePercent',
    ['1e2', '0x32', '5e1', 'abc', '1,5', '50%', '+50', 'Infinity', '٥٠'],
    /plain number of %/,
  ),
  ...bad('manage.removePercent', ['-5', '-0.5'], /cannot be negative/),
  ...bad('manage.removePercent', ['0', '0.00', '.0'], /above 0 %/),
  ...bad('manage.removePercent', ['100.01', '101', '1000'], /at most 100 %/),
  ...bad('manage.removePercent', ['12.345', '0.001'], /at most 2 decimals/),
  ...bad('manage.removePercent', ['', '  '], /Enter the share to remove/),
  ...bad('manage.increaseAmount', ['abc', '1.2.3', '0x10', '1,5', '$5'], /is not a number/),
  ...bad('manage.increaseAmount', ['-1', '-0.5'], /cannot be negative/),
  ...bad('manage.increaseAmount', ['1e5', '2E-3'], /no exponent/),
  ...bad('manage.increaseAmount', ['0', '0.000'], /greater than zero/),
  ...bad('manage.increaseAmount', [`0.${'0'.repeat(44)}1`], /digits after the point|has no decimals/),
  // Simulator fields.
  ...bad('sim.deposit', ['', 'abc', '$100', '1,000', '0x10', '--5'], /Enter an amount in USD/),
  ...bad('sim.deposit', ['0', '-100', '-0.01'], /above \$0/),
  ...bad('sim.deposit', ['1e13', '2000000000000'], /more than \$1 trillion/),
  ...bad('sim.volatility', ['', 'high', '60%'], /Enter a volatility/),
  ...bad('sim.volatility', ['0', '-20'], /above 0 %/),
  ...bad('sim.volatility', ['1001', '1e6'], /above 1000 %/),
  ...bad('sim.horizon', ['', 'month', '30d'], /Enter a number of days/),
  ...bad('sim.horizon', ['0', '-7'], /above 0 days/),
  ...bad('sim.horizon', ['3651', '1e5'], /at most 10 years/),
  ...bad('sim.rangePct', ['', 'ten', '10%'], /Enter a % offset/),
  ...bad('sim.rangePct', ['-100', '-150'], /above −100 %/),
  // The simulator's Min/Max price boxes (its range picker) as "min|max".
  ...bad('sim.rangePrice', ['|3000', '1000|'], /Enter both a min and a max price/),
  ...bad('sim.rangePrice', ['abc|3000', '1e3|3000'], /plain decimal numbers/),
  ...bad('sim.rangePrice', ['0|3000', '-5|3000'], /above 0|cannot be negative/),
  ...bad('sim.rangePrice', ['3000|1000'], /min price must be below the max/),
  // Settings: RPC URLs.
  ...bad(
    'settings.rpcUrl',
    ['localhost:8545', '127.0.0.1:8545', 'example.com', '//rpc.example'],
    /Start the URL with http/,
  ),
  ...bad(
    'settings.rpcUrl',
    ['ftp://rpc.example', 'file:///etc/passwd', 'javascript://alert(1)'],
    /Use an http/,
  ),
  ...bad('settings.rpcUrl', ['http://', 'https://:8545'], /not a URL|no host/),
  // Watched address.
  ...bad('wallet.watchAddress', ['', '   '], /Paste an address to watch/),
  ...bad(
    'wallet.watchAddress',
    ['hello', 'vitalik.eth', '0xZZ', 'f39fd6e51aad88f6f4ce6ab8827279cfffb92266'],
    /Not a hex address/,
  ),
  ...bad('wallet.watchAddress', ['0x1234', '0x', `0x${'a'.repeat(41)}`], /40 hex characters after 0x/),
  ...bad('wallet.watchAddress', ['0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266'], /EIP-55 checksum/),
  // URLs.
  ...bad(
    'url.simulator',
    ['/simulator?amount=-5', '/simulator?amount=abc', '/simulator?amount=1e20'],
    /amount/,
  ),
  ...bad('url.simulator', ['/simulator?pool=0x123', '/simulator?pool=<script>'], /not an address/),
  ...bad('url.simulator', ['/simulator?preset=moon'], /must be one of full/),
  ...bad(
    'url.simulator',
    ['/simulator?preset=price&lower=5&upper=1', '/simulator?preset=pct&lower=-200&upper=10'],
    /using the ±10 % preset/,
  ),
  ...bad('url.simulator', ['/simulator?vol=0', '/simulator?vol=5000'], /volatility in \(0, 1000\]/),
  ...bad('url.simulator', ['/simulator?horizon=-1', '/simulator?horizon=99999'], /days in \(0, 3650\]/),
  ...bad('url.simulator', ['/simulator?paths=5', '/simulator?paths=2.5'], /whole number in \[100, 100000\]/),
  ...bad('url.simulator', ['/simulator?backtest=3'], /must be one of 7, 14, 30 days/),
  ...bad(
    'url.watch',
    ['/?watch=0x123', '/?watch=nope', '/?watch=0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266'],
    /40 hex characters after 0x|Not a hex address|EIP-55 checksum/,
  ),
  ...bad(
    'url.pool',
    ['/pools/0x0000000000000000000000000000000000000001', '/pools/nope'],
    /is not a pool of this chain/,
  ),
  ...bad(
    'url.addPool',
    ['/add?pool=nope', '/add?pool=0x0000000000000000000000000000000000000001'],
    /is not a pool Poolscope lists/,
  ),
  // Browser-only: checked inline by the component.
  ...bad(
    'add.tokenAddress',
    ['0x123', 'usdc', '0xZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ'],
    /Not an address: 0x followed by 40 hex/,
  ),
  ...bad('sim.poolAddress', ['0x123', 'pool', `0x${'g'.repeat(40)}`], /Paste a 0x address of 40 hex/),
]

/**
 * The message a pure validator gives for a catalogue entry, or null when the input is accepted; undefined
 * when the field is validated only in the page (a route lookup or an inline component check).
 */
export function pureMessage(entry: BadInput): string | null | undefined {
  const [a = '', b = ''] = entry.input.split('|')
  const message = (r: { ok: true } | { ok: false; message: string }) => (r.ok ? null : r.message)
  const error = (r: { ok: true } | { ok: false; error: string }) => (r.ok ? null : r.error)
  switch (entry.field) {
    case 'add.amount':
      return message(parseAmount(entry.input, AMOUNT_TOKEN))
    case 'add.rangeTicks':
      return message(validateRange(Number(a), Number(b), RANGE_POOL.tickSpacing))
    case 'add.rangePrices':
      return message(validateRangePrices(a, b, RANGE_POOL))
    case 'add.startingPrice':
      return message(startingSqrtPrice(entry.input, RANGE_POOL.decimals0, RANGE_POOL.decimals1))
    case 'add.slippage':
      return message(validateSlippagePercent(entry.input))
    case 'add.deadline':
      return message(validateDeadlineMinutes(entry.input))
    case 'manage.removePercent':
      return message(parseRemovePercent(entry.input))
    case 'manage.increaseAmount':
      return message(parseAmount(entry.input, INCREASE_TOKEN))
    case 'sim.deposit':
      return error(validateDepositUsd(entry.input))
    case 'sim.volatility':
      return error(validateVolatilityPercent(entry.input))
    case 'sim.horizon':
      return error(validateHorizonDays(entry.input))
    case 'sim.rangePct':
      return error(validateBound(entry.input, 'pct'))
    case 'sim.rangePrice':
      return message(validateRangePrices(a, b, RANGE_POOL))
    case 'settings.rpcUrl':
      return message(validateRpcUrl(entry.input))
    case 'wallet.watchAddress':
      return message(validateWatchAddress(entry.input))
    case 'url.watch':
      return message(validateWatchAddress(new URLSearchParams(entry.input.split('?')[1]).get('watch') ?? ''))
    case 'url.simulator': {
      const { ignored } = parseSimulatorParams(entry.input.split('?')[1] ?? '')
      return ignored.length === 0
        ? null
        : ignored.map((i) => `${i.name} = ${i.value}: ${i.reason}`).join('\n')
    }
    default:
      return undefined
  }
}
