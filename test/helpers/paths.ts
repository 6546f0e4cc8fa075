import path from "node:path";

// The real plans are input the tests read in place (never copied into the project).
export const SHARED = path.resolve(import.meta.dirname, "../../../shared");
export const PLANS = path.join(SHARED, "plans");
export const HCM_PLAN = path.join(PLANS, "hcm-2024-qd6004-ke-hoach-cchc.txt");
export const SADEC_PLAN = path.join(PLANS, "sadec-2024-ke-hoach-cchc.txt");
export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
