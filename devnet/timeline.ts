/** Fixed clock of the devnet, so every run produces the same blocks and timestamps. */

const DAY_SEC = 86_400

/** Genesis block timestamp: 2026-01-01T00:00:00Z. */
export const GENESIS_TIMESTAMP = 1_767_225_600

/** Seconds between consecutive blocks unless a step sets the next timestamp explicitly. */
export const BLOCK_INTERVAL_SEC = 12

/** Seeded history starts six hours after genesis; deployment and market setup happen in between. */
export const HISTORY_START_TIMESTAMP = GENESIS_TIMESTAMP + 6 * 3_600

export const HISTORY_DAYS = 30

/** Simulated trading steps per day (one every two hours). */
export const STEPS_PER_DAY = 12

export const HISTORY_END_TIMESTAMP = HISTORY_START_TIMESTAMP + HISTORY_DAYS * DAY_SEC

/** StakingRewards' duration is hard-coded to 60 days in the contract. */
export const FARM_DURATION_SEC = 60 * DAY_SEC

/** The V3 staker incentive runs for 60 days from the start of the history. */
export const V3_INCENTIVE_DURATION_SEC = 60 * DAY_SEC

export { DAY_SEC }
