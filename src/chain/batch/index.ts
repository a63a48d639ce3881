export { type BatchCall, type BatchResult, call, isBatchCall, mapCall, rawCall } from './batchCall.ts'
export { allOk, mapResult, okValue, zipResults } from './batchResult.ts'
export { CANONICAL_MULTICALL3, type CallTree, multicall3Of, type ResultTree, readBatch } from './readBatch.ts'
