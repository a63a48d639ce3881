/**
 * Shortens a hex address for display, keeping the `0x` prefix and both ends.
 * @param address a 0x-prefixed address
 * @param visibleChars hex characters kept at each end
 * @example truncateAddress('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266') // '0xf39F…2266'
 */
export function truncateAddress(address: string, visibleChars = 4): string {
  if (address.length <= 2 + visibleChars * 2 + 1) return address
  return `${address.slice(0, 2 + visibleChars)}…${address.slice(-visibleChars)}`
}
