import { TickMath } from '@uniswap/v3-sdk'
import { type Address, createWalletClient, http, type PublicClient, parseAbi } from 'viem'

export const poolAbi = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
  'function token0() view returns (address)',
  'function token1() view returns (address)',
  'function fee() view returns (uint24)',
])
const erc20Abi = parseAbi(['function balanceOf(address) view returns (uint256)'])
const swapRouterAbi = parseAbi([
  'struct ExactInputSingleParams { address tokenIn; address tokenOut; uint24 fee; address recipient; uint256 deadline; uint256 amountIn; uint256 amountOutMinimum; uint160 sqrtPriceLimitX96; }',
  'function exactInputSingle(ExactInputSingleParams params) payable returns (uint256 amountOut)',
])

/**
 * An init script that records every Notification the page constructs (and still shows it), so a test
 * sees what the user would: window.__notifications holds { title, body }. A string, not a function:
 * tsx (the bench) wraps functions in helpers that do not exist in the page.
 */
export const RECORD_NOTIFICATIONS = `(() => {
  const Real = window.Notification
  const log = []
  window.__notifications = log
  const Recording = function (title, options) {
    log.push({ title, body: options && options.body })
    return new Real(title, options)
  }
  Object.defineProperty(Recording, 'permission', { get: () => Real.permission })
  Recording.requestPermission = (...args) => Real.requestPermission(...args)
  window.Notification = Recording
})()`

/**
 * A trader's swap (an unlocked devnet account) that moves the pool's price to `limitTick`'s sqrt price,
 * or as far as the trader's whole balance of the input token takes it. Returns the block it was mined in.
 */
export async function swapToTick(
  client: PublicClient,
  rpcUrl: string,
  accounts: { trader: Address; swapRouter: Address },
  pool: Address,
  limitTick: number,
): Promise<bigint> {
  const [[, tick], token0, token1, fee] = await Promise.all([
    client.readContract({ address: pool, abi: poolAbi, functionName: 'slot0' }),
    client.readContract({ address: pool, abi: poolAbi, functionName: 'token0' }),
    client.readContract({ address: pool, abi: poolAbi, functionName: 'token1' }),
    client.readContract({ address: pool, abi: poolAbi, functionName: 'fee' }),
  ])
  // Price up = token1 in (oneForZero), down = token0 in.
  const [tokenIn, tokenOut] = limitTick > tick ? [token1, token0] : [token0, token1]
  const sqrtPriceLimitX96 = BigInt(TickMath.getSqrtRatioAtTick(limitTick).toString())
  const amountIn = await client.readContract({
    address: tokenIn,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [accounts.trader],
  })
  const block = await client.getBlock()
  // Simulated first, so a swap that would revert says why.
  const { request } = await client.simulateContract({
    account: accounts.trader,
    address: accounts.swapRouter,
    abi: swapRouterAbi,
    functionName: 'exactInputSingle',
    args: [
      {
        tokenIn,
        tokenOut,
        fee,
        recipient: accounts.trader,
        deadline: block.timestamp + 3600n,
        amountIn,
        amountOutMinimum: 0n,
        sqrtPriceLimitX96,
      },
    ],
  })
  const wallet = createWalletClient({ account: accounts.trader, transport: http(rpcUrl) })
  // A fixed gas limit: the estimate of a swap across many ticks can fall short when mined.
  const hash = await wallet.writeContract({ ...request, gas: 5_000_000n, chain: null })
  const receipt = await client.waitForTransactionReceipt({ hash })
  if (receipt.status !== 'success') {
    const tx = await client.getTransaction({ hash })
    const reason = await client
      .call({
        account: accounts.trader,
        to: accounts.swapRouter,
        data: tx.input,
        blockNumber: receipt.blockNumber - 1n,
      })
      .then(
        () => 'no revert when replayed on the parent block',
        (error: Error) => error.message.split('\n')[0],
      )
    throw new Error(`the setup swap reverted (gas used ${receipt.gasUsed} of ${tx.gas}): ${reason}`)
  }
  return receipt.blockNumber
}
