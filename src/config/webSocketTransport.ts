// Only for chainTransport's dynamic import: a WebSocket RPC URL loads viem's WebSocket client on first use.
export { webSocket } from 'viem'
