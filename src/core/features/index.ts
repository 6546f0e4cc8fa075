import type { WorkCalendar } from "../../domain/workcal.js";
import type { Feature } from "../feature.js";
import { accessFeature } from "./linking.js";
import { basicsFeature } from "./basics.js";
import { boardFeature } from "./board.js";
import { deadlinesFeature } from "./deadlines.js";
import { digestItemsFeature } from "./digest-items.js";
import { linkAccountsFeature } from "./link-accounts.js";
import { planUploadFeature } from "./plan-upload.js";
import { reminderPrefsFeature } from "./reminder-prefs.js";
import { reviewFeature } from "./review.js";
import { rotaFeature } from "./rota.js";
import { standingsFeature } from "./standings.js";
import { statusFeature } from "./submission-status.js";
import { submitFeature } from "./submit.js";
import { tasksFeature } from "./tasks.js";

/**
 * Every feature of the assistant. Each owns its intents and callback prefixes
 * (checked unique at start-up); order does not matter.
 */
export function features(cal: WorkCalendar): Feature[] {
  return [
    basicsFeature,
    accessFeature,
    linkAccountsFeature,
    tasksFeature,
    deadlinesFeature,
    rotaFeature,
    submitFeature,
    statusFeature,
    reviewFeature,
    standingsFeature,
    reminderPrefsFeature(cal),
    digestItemsFeature(cal),
    planUploadFeature,
    boardFeature,
  ];
}
