// The simulator's Monte Carlo off the main thread, so slider drags never wait for it.
import { expose } from 'comlink'
import { type StrategyWorkerApi, simulateStrategyComparison } from '../domain/projection/projectStrategies.ts'
import { simulateNetReturn } from '../domain/projection/simulateNetReturn.ts'

const api: StrategyWorkerApi = { simulateNetReturn, simulateStrategyComparison }

expose(api)
