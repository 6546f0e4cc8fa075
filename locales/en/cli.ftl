# Staff command line (npm run cli -- ...)

cli-usage =
    Usage: npm run cli -- <command> [options]
    Commands:
      import <file...> [--dry-run] [--force]   import CCHC plans (.txt, .md, .docx); --dry-run: show changes only
      plans · plans remove <id>                plans loaded; remove one with no submissions
      tasks --agency "<agency>" [--role lead|support] [--now YYYY-MM-DD]
      directory list · directory import <file.csv|.xlsx> [--dry-run] · directory export [<id>] [--out <file>]
      task <code> [--plan <plan>]              one task in full
      agency "<name>"                          look an agency up
      intent "<text>"                          how a message is understood
      invite create --agency "<agency>" --role official|focal|reviewer|admin
      users list | pending | approve <id> | deny <id> | revoke <id> | move <id> --agency "<agency>"
      submissions pending · submissions review <receipt> --accept | --return "<reason>"
      submit --agency "<agency>" --quarter 2024-Q1 (--file <file> | --text "…" | --link <url>) [--task <code>]
      submissions list|missing --quarter 2024-Q1 [--overdue] · submissions ranking --year 2024|--quarter 2024-Q1 [--plan P] [--out f.csv|f.xlsx]
      submissions export --quarter 2024-Q1 --format csv|xlsx --out <file>
      reminders preview --from 2024-03-01 --to 2024-04-15 · reminders run --now 2024-03-17T08:00
      outbox status
      progress --agency "<agency>" [--plan P] · progress summary [--plan P] [--quarter 2024-Q1 | --year 2024]
    Every command takes --json for JSON output.
cli-unknown-command = There is no command "{ $command }". Try: npm run cli -- help
cli-unknown-option = There is no option { $option }. For commands and options: npm run cli -- help
cli-option-value = Option { $option } needs a value.
cli-unexpected-argument = Unexpected argument: { $message }
cli-out-failed = Cannot write { $out }: { $why ->
        [ENOENT] its folder does not exist
        [ENOTDIR] the path goes through a file, not a folder
        [EISDIR] that is a folder; give a file name
       *[other] no permission to write there
    }.
cli-bad-option = Invalid option: { $message }
cli-bad-now = --now must be YYYY-MM-DD or YYYY-MM-DDTHH:MM (Vietnam time), got "{ $value }".
cli-bad-role = --role must be lead or support.
cli-missing-arg = Missing { $what }.
cli-no-plan = No plan matches "{ $plan }". See: npm run cli -- plans
cli-progress-header = agency	due	on time	late	missing	accepted	on-time rate
cli-ranking-header = rank	agency	on-time rate	on time/due	late	missing	accepted
cli-progress-usage = Usage: progress --agency "<agency>" or progress summary [--quarter 2024-Q1 | --year 2024]
cli-config-error = Bad configuration: { $message }
cli-failed = Could not do it: an error in the program or the database; nothing was left half changed. For details, run again with LOG_LEVEL=error.

import-file-failed = ✗ { $file }: { $message }
import-plan =
    ✓ { $title } ({ $year }) — { $outcome ->
        [created] imported
        [updated] updated
       *[unchanged] unchanged
    }
      { $sections } sections, { $tasks } tasks, { $headings } headings{ $rotation ->
        [0] {""}
       *[other] , posting rota of { $rotation } months
    }
      Unresolved agencies: { $unresolved }; unclassified deadlines: { $unclassified }; warnings: { $warnings }
import-warning = line { $line }: { $message }
import-unresolved = line { $line } ({ $code }): unknown agency "{ $phrase }"
import-unclassified = line { $line } ({ $code }): deadline not understood "{ $text }"
import-dry-new = Not loaded yet: { $tasks } tasks would be added. (Dry run: nothing written.)
import-dry-diff = Against the plan loaded: { $added } added, { $removed } removed, { $changed } changed tasks.
import-dry-added = added: { $keys }
import-dry-removed = removed: { $keys }
import-dry-changed = changed: { $keys }
import-dry-orphaned = { $count } submissions would lose their task: { $receipts }
import-dry-doubt = Dry run: nothing written. A real import would be refused without --force ({ $doubt }).
import-dry-nothing-written = Dry run: nothing written. Import for real with the same command without --dry-run.
import-took = Import took { $ms } ms

plans-removed = Removed plan { $plan } ({ $tasks } tasks).
plans-remove-refused = Plan { $plan } not removed: { $tasks } of its tasks have submissions or reports (kept so no history is lost). Those tasks:
plans-remove-held = { $key }: { $receipts }
cli-plans-usage = Usage: plans · plans remove <plan id>
plans-none = No plans yet. Import with: npm run cli -- import <file>
plans-line = • { $id }: { $title } ({ $year }) — { $tasks } tasks, imported { $at }

agency-none = No agency looks like "{ $query }".
agency-match = Best match: { $name }
agency-weak = There is no agency "{ $query }" in the directory. Closest: { $candidates }. Please type the agency's exact name.
agency-ambiguous = It may be one of:
agency-candidate = - { $name } ({ $id })

tasks-header = Tasks of { $agency } — as of { $today }:
tasks-none = { $agency } has no task in the plans loaded.
tasks-line = { $mark } { $code } [{ $role ->
        [lead] lead
       *[support] support
    }] { $title } — { $due }
tasks-due-overdue = OVERDUE { $date }
tasks-due-date = due { $date } ({ $days } days left)
tasks-due-today = due today { $date }
tasks-due-none = { $label }

task-none = No task with code "{ $code }".
task-several = Code { $code } matches { $count } tasks; open one with: npm run cli -- task <key> [--plan <plan>]
task-key = { $code } (key { $key }, plan { $plan })
task-detail =
    { $plan } — Section { $section }
    Task { $code }: { $title }
    Product: { $product }
    Lead: { $lead }
    Support: { $support }
    Deadline: { $deadline }
start-role-needs-as = --role needs --as "<agency>" (for example: --as "UBND Quận 1" --role focal).
start-bad-role = --role must be one of: { $roles }.
cli-invite-usage = Usage: npm run cli -- invite create --agency "<agency>" --role official|focal|reviewer|admin
cli-users-usage = Usage: npm run cli -- users list | users pending | users approve <id> | users deny <id> | users revoke <id> | users move <id> --agency "<agency>"
cli-agency-ambiguous = The agency name is unclear; it may be: { $candidates }
cli-invite-created =
    Invite code: { $code } — { $agency } ({ $role }), expires { $expires }
    Send the user: { $link }
cli-users-cannot = Cannot { $action } user #{ $id } (status: { $status }).
cli-users-unknown = There is no user #{ $id }. See: npm run cli -- users list
cli-users-moved = User #{ $id } now belongs to { $agency }.
cli-users-done = User #{ $id }: { $status }.
cli-bad-quarter = Invalid --quarter: "{ $value }". E.g. 2024-Q1
cli-bad-year = Invalid --year: "{ $value }".
cli-submit-usage = Usage: npm run cli -- submit --agency "<agency>" --quarter 2024-Q1 (--file <file> | --text "…" | --link <url>) [--task <code>] [--title "…"]
cli-submit-no-task = { $agency } has no task { $code }.
cli-submit-no-file = Cannot read file { $file }.
cli-submit-bad-link = Not a valid link: { $url }
cli-submit-done = Receipt { $receipt } — { $agency } — { $onTime ->
        [yes] on time
       *[no] late
    } (due { $due })
cli-submissions-usage = Usage: npm run cli -- submissions list|missing [--overdue]|export --quarter 2024-Q1 | submissions ranking --year 2024 [--out f.csv] | submissions pending | submissions review <receipt> --accept | --return "<reason>"
cli-export-usage = Usage: npm run cli -- submissions export --quarter 2024-Q1 --format csv|xlsx --out <file>
cli-export-done = Exported { $rows } rows to { $out }
cli-reminders-range = --from and --to must be YYYY-MM-DD, --from not after --to.
cli-reminders-usage = Usage: npm run cli -- reminders preview --from 2024-03-01 --to 2024-04-15 | reminders run --now 2024-03-17T08:00
cli-reminders-run = Planned { $planned } reminders as { $items } items, enqueued { $enqueued } new digests.
cli-outbox-usage = Usage: npm run cli -- outbox status
cli-preview-nobody = nobody to receive it yet
cli-preview-items = { $count } items
cli-preview-total = { $digests } digests, { $items } items.
cli-outbox-digests = Digests — { $digests } · their items — { $items }
cli-review-usage = Usage: npm run cli -- submissions review <receipt> --accept | --return "<reason>"
cli-review-comment = Returning needs a reason: --return "quarter I figures missing"
cli-review-none = No submission has the receipt { $receipt }.
cli-review-already = { $receipt } is no longer waiting for review (status: { $status }).
cli-review-done = { $receipt }: { $status ->
        [accepted] accepted
       *[returned] returned
    }; told { $notified } of the submitter's accounts.

# Internal values (statuses, roles, kinds) as staff read them: cli-word with word = "<group>-<value>".
cli-word = { $word ->
        [user-active] active
        [user-pending] awaiting approval
        [user-denied] denied
        [user-revoked] revoked
        [user-new] new
        [role-official] official
        [role-focal] focal point
        [role-reviewer] reviewer
        [role-leader] leader
        [role-admin] admin
        [action-approve] approve
        [action-deny] deny
        [action-revoke] revoke
        [sub-submitted] awaiting review
        [sub-accepted] accepted
        [sub-returned] returned
        [sub-withdrawn] withdrawn
        [sub-replaced] replaced
        [sub-missing] missing
        [sub-pending] not sent yet (not due)
        [kind-article] article
        [kind-report] report
        [agency-department] department
        [agency-district] district
        [agency-ward] ward or commune
        [agency-office] specialised office
        [agency-committee] committee
        [agency-central] central agency
        [agency-party] party or mass organisation
        [agency-media] media
        [agency-unit] public service unit
        [agency-city] provincial people's committee
        [task-lead] lead
        [task-support] support
        [outbox-pending] pending
        [outbox-sending] sending
        [outbox-sent] sent
        [outbox-failed] failed
        [outbox-cancelled] cancelled
        [content-file] file
        [content-photo] photo
        [content-text] text
        [content-link] link
        [time-on_time] on time
        [time-late] late
        [yes] yes
        [no] no
       *[other] { $word }
    }
