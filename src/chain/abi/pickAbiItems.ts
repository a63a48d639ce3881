import type { Abi } from 'viem'

/** The item of `abi` named `name` (event names are capitalised, function names are not). */
type ItemNamed<abi extends Abi, name extends string> = Extract<abi[number], { name: name }>

/**
 * The items of a generated ABI with the given names, in the order given: for a reader that decodes a fixed
 * set of events (so a log of another event is not decoded) or addresses its ABI by index. Not a declaration:
 * every item comes from the generated file, so a signature still lives in one place.
 * @param abi a generated ABI (src/chain/abi)
 * @param names one name per item; each must match exactly one item (no overloads)
 * @returns the items, typed as a tuple of the generated items
 * @throws Error when a name matches no item or more than one, at module load
 * @example pickAbiItems(uniswapV2PairAbi, ['Swap', 'Sync']) // [Swap event, Sync event]
 */
export function pickAbiItems<const abi extends Abi, const names extends readonly string[]>(
  abi: abi,
  names: names,
): { readonly [index in keyof names]: ItemNamed<abi, names[index]> } {
  return names.map((name) => {
    const matches = abi.filter((item) => 'name' in item && item.name === name)
    if (matches.length !== 1) throw new Error(`pickAbiItems: ${matches.length} items named ${name}`)
    return matches[0]
  }) as never
}
