import { describe, expect, it } from 'vitest'
import { positionHref } from '../layout/positionHref.ts'
import { parsePositionRoute } from './parsePositionRoute.ts'

const PAIR = '0x5FbDB2315678afecb367f032d93F642f64180aa3'

describe('#parsePositionRoute', () => {
  it('a V3 link: chain id and token id', () => {
    expect(parsePositionRoute('31337/12')).toEqual({ kind: 'v3', chainId: 31337, tokenId: 12n })
    expect(parsePositionRoute('1/0')).toEqual({ kind: 'v3', chainId: 1, tokenId: 0n })
    expect(parsePositionRoute('31337/12/')).toEqual({ kind: 'v3', chainId: 31337, tokenId: 12n })
  })

  it('a V2 link: the pair address, checksummed', () => {
    expect(parsePositionRoute(`31337/v2/${PAIR.toLowerCase()}`)).toEqual({
      kind: 'v2',
      chainId: 31337,
      pair: PAIR,
    })
  })

  it.each([
    [''],
    ['31337'],
    ['abc/12'],
    ['0/12'],
    ['31337/-1'],
    ['31337/1e3'],
    ['31337/0x10'],
    ['31337/12/extra'],
    ['31337/v2'],
    ['31337/v2/0x123'],
    [`31337/v2/${PAIR}/more`],
    [`31337/${'9'.repeat(79)}`],
    [`31337/${(2n ** 256n).toString()}`],
    ['31337/v4'],
    ['31337/v4/0x1'],
    ['31337/v4/3/more'],
    [`31337/v4/${(2n ** 256n).toString()}`],
  ])('%j is invalid, with a message', (rest) => {
    const route = parsePositionRoute(rest)
    expect(route.kind).toBe('invalid')
    expect(route.kind === 'invalid' && route.message.length).toBeGreaterThan(10)
  })
})

describe('#parsePositionRoute V4', () => {
  it('reads /<chain>/v4/<id> as a V4 position (any case of "v4")', () => {
    expect(parsePositionRoute('31337/v4/3')).toEqual({ kind: 'v4', chainId: 31337, tokenId: 3n })
    expect(parsePositionRoute('8453/V4/12/')).toEqual({ kind: 'v4', chainId: 8453, tokenId: 12n })
  })
})

describe('#positionHref', () => {
  it('links V3 by token id and V2 by pair', () => {
    expect(positionHref(31337, { v3: { tokenId: 7n }, v2: null })).toBe('/positions/31337/7')
    expect(positionHref(1, { v3: null, v2: { pair: PAIR } })).toBe(`/positions/1/v2/${PAIR}`)
    expect(positionHref(31337, { v3: null, v2: null, v4: { tokenId: 3n } })).toBe('/positions/31337/v4/3')
  })
})
