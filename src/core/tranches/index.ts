/** Tranches: how a contract's grant is paid out over its period. */
export { parseScheme, type ParsedScheme } from "./parse-scheme";
export { buildSchedule, type Schedule, type ScheduleProblem, type ScheduleRequest } from "./build-schedule";
export { defaultTrancheDates } from "./tranche-dates";
export { TRANCHE_CONDITIONS, trancheCondition, type TrancheCondition } from "./conditions";
export { scheduleContracts, type ContractSchedules } from "./schedule-contracts";
