// The simulator's Monte Carlo off the main thread, so slider drags never wait for it.
import { expose } from 'comlink'
import { simulateNetReturn } from '../domain/projection/simulateNetReturn.ts'

const api = { simulateNetReturn }

/** What the page calls through comlink. */
export type SimulatorWorkerApi = typeof api

expose(api)
