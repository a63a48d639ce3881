import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PARAMS,
  parseDecimal,
  parseSimulatorParams,
  serializeSimulatorParams,
} from './simulatorParams.ts'

const POOL = '0x08E3E4bEc747072695f73AA436Cf994AA8B4e365'

describe('#parseSimulatorParams', () => {
  it('reads a complete URL and round-trips it', () => {
    const search = `?pool=${POOL.toLowerCase()}&amount=2500.5&preset=pct&lower=-12&upper=30&vol=65&horizon=90&paths=20000&backtest=30&tau=6&rvol=150&invert=1`
    const { params, ignored } = parseSimulatorParams(search)
    expect(ignored).toEqual([])
    expect(params).toEqual({
      pool: POOL,
      depositUsd: 2500.5,
      preset: 'pct',
      lower: -12,
      upper: 30,
      volatilityPercent: 65,
      horizonDays: 90,
      paths: 20000,
      backtestDays: 30,
      resetHours: 6,
      rewardVolatilityPercent: 150,
      inverted: true,
    })
    expect(parseSimulatorParams(serializeSimulatorParams(params)).params).toEqual(params)
  })

  it('rejects τ ≤ 0, huge or non-numeric and a negative reward volatility, saying why', () => {
    for (const tau of ['0', '-3', 'abc', '1e9']) {
      const { params, ignored } = parseSimulatorParams(`?tau=${tau}&rvol=-1`)
      expect(params.resetHours).toBe(DEFAULT_PARAMS.resetHours)
      expect(params.rewardVolatilityPercent).toBeUndefined()
      expect(ignored.map((entry) => entry.name)).toEqual(['tau', 'rvol'])
    }
  })

  it('keeps the base/quote flip both ways (1 and 0) and refuses anything else, saying why', () => {
    expect(parseSimulatorParams('?invert=1').params.inverted).toBe(true)
    expect(parseSimulatorParams('?invert=0').params.inverted).toBe(false)
    expect(serializeSimulatorParams({ ...DEFAULT_PARAMS, inverted: false })).toContain('invert=0')
    expect(serializeSimulatorParams(DEFAULT_PARAMS)).not.toContain('invert')
    for (const invert of ['true', 'yes', '2', '']) {
      const { params, ignored } = parseSimulatorParams(`?invert=${invert}`)
      expect(params.inverted).toBeUndefined()
      expect(ignored).toEqual([
        { name: 'invert', value: invert, reason: 'must be 1 (token0 per token1) or 0 (token1 per token0)' },
      ])
    }
  })

  it('falls back to defaults for missing parameters without a notice', () => {
    expect(parseSimulatorParams('')).toEqual({ params: DEFAULT_PARAMS, ignored: [] })
  })

  it('ignores each invalid parameter, keeps the valid ones and says why', () => {
    const { params, ignored } = parseSimulatorParams(
      '?pool=0x123&amount=-5&preset=wide&vol=5000&horizon=abc&paths=1.5&backtest=9',
    )
    expect(params).toEqual(DEFAULT_PARAMS)
    expect(ignored.map((entry) => entry.name)).toEqual([
      'pool',
      'amount',
      'preset',
      'vol',
      'horizon',
      'paths',
      'backtest',
    ])
    expect(ignored[1]).toEqual({ name: 'amount', value: '-5', reason: 'must be a number above 0' })
  })

  it('drops a custom range whose lower ≥ upper back to the default preset', () => {
    const { params, ignored } = parseSimulatorParams('?preset=price&lower=3000&upper=2000&horizon=3651')
    expect(params.preset).toBe('10')
    expect(params.lower).toBeUndefined()
    expect(ignored.map((entry) => entry.name)).toEqual(['lower/upper', 'horizon'])
  })

  it("keeps old preset URLs and reads the new '1' and '30d' (with its price bounds) back unchanged", () => {
    for (const preset of ['full', '5', '10', '25', '50'])
      expect(parseSimulatorParams(`?preset=${preset}`).params.preset).toBe(preset)
    expect(parseSimulatorParams('?preset=1')).toMatchObject({ params: { preset: '1' }, ignored: [] })
    const thirty = parseSimulatorParams('?preset=30d&lower=2750.25&upper=3300')
    expect(thirty).toMatchObject({ params: { preset: '30d', lower: 2750.25, upper: 3300 }, ignored: [] })
    expect(serializeSimulatorParams(thirty.params)).toContain('preset=30d&lower=2750.25&upper=3300')
    // Without its bounds the 30-day preset falls back like any custom range.
    expect(parseSimulatorParams('?preset=30d').params.preset).toBe('10')
  })
})

describe('#parseDecimal', () => {
  it('accepts plain decimals only', () => {
    expect(parseDecimal(' 12.5 ')).toBe(12.5)
    expect(parseDecimal('-3')).toBe(-3)
    expect(parseDecimal('1e3')).toBe(1000)
    for (const bad of ['', '0x10', '12abc', 'Infinity', 'NaN', '1e999', '--1'])
      expect(parseDecimal(bad)).toBeNull()
  })
})
