import deploymentsJson from '../../config/devnet.deployments.json' with { type: 'json' }
import type { Deployments } from '../../domain/catalogue/types.ts'

/**
 * The contracts the local devnet deploys, typed. The JSON is written by the devnet scripts and is
 * deterministic, so importing it statically is safe.
 */
export const devnetDeployments = deploymentsJson as Deployments
