// The simulator's Monte Carlo off the main thread, so slider drags never wait for it.
import { expose } from 'comlink'
import { type SimulatorWorkerApi, simulateNetReturn } from '../domain/projection/simulateNetReturn.ts'

const api: SimulatorWorkerApi = { simulateNetReturn }

expose(api)
