import { type Address, type Client, erc20Abi } from 'viem'
import { readContract } from 'viem/actions'

/** The ERC-20 allowance `owner` gave `spender` on `token`, wei. */
export function readAllowance(
  client: Client,
  parameters: { token: Address; owner: Address; spender: Address },
): Promise<bigint> {
  const { token, owner, spender } = parameters
  return readContract(client, {
    address: token,
    abi: erc20Abi,
    functionName: 'allowance',
    args: [owner, spender],
  })
}
