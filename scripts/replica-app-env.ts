// Prints, as JSON, the build-time env that points the app's public-chain catalogues at the chain
// replicas' deployment blocks (see devnet/replica/shape.ts replicaAppEnv). scripts/test.mjs builds the
// browser tests' app with it, so the replica tests run the app exactly as `npm start -- --replica` does.
import { replicaAppEnv } from '../devnet/replica/shape.ts'

console.log(JSON.stringify(replicaAppEnv()))
