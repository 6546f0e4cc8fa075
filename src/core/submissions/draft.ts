export type { Draft } from "../../domain/draft.js";
