// Types of scripts/architecture.mjs (plain JavaScript so that `node` runs it without a loader).

/** One finding: a rule, the file that breaks it, and what it imports or declares. */
export interface ArchitectureViolation {
  /** A `.dependency-cruiser.cjs` rule name, `abi-outside-chain-abi` or `devnet-chain-id-outside-catalogue`. */
  rule: string
  /** The offending file, relative to the checked root (`src/...`). */
  from: string
  /** The imported module (resolved path), or what the file declares (`parseAbi(`, `inline ABI`, `DEVNET_CHAIN_ID`). */
  to: string
  /** How many occurrences in `from` (always 1 for an import). */
  count: number
}

/** What one check run saw, with enough of the graph to prove that the parser really read the tree. */
export interface ArchitectureReport {
  violations: ArchitectureViolation[]
  /** Every module dependency-cruiser saw under src, with its resolved imports. */
  modules: { source: string; dependencies: string[] }[]
}

/** Scans the non-test files under `root/src` for ABI declarations and DEVNET_CHAIN_ID uses where they are not allowed. */
export function scanDeclarations(root: string): ArchitectureViolation[]
/** Runs every architecture check over the tree at `root` (a folder holding `src/`). */
export function checkArchitecture(root: string): Promise<ArchitectureReport>
/** The allow-list of known violations (exact entries); it may only shrink. */
export const BASELINE_FILE: string
/** Reads the baseline (`{ "violations": [...] }`) from `root`. */
export function readBaseline(root: string): ArchitectureViolation[]
/** Compares found violations with the baseline: what is new, and which baseline entries no longer occur. */
export function compareWithBaseline(
  found: ArchitectureViolation[],
  baseline: ArchitectureViolation[],
): { newViolations: ArchitectureViolation[]; staleEntries: ArchitectureViolation[] }
/** One line per violation, for people. */
export function formatViolation(v: ArchitectureViolation): string
