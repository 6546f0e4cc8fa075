# The assistant's replies (every channel). Markup: <b>, <i>, <code> only.

role-official = official
role-focal = focal point
role-reviewer = reviewer
role-admin = administrator
role-short-lead = [lead]
role-short-support = [support]

## Linking an account
invite-ok = ✅ Your account is now linked to <b>{ $agency }</b> as { $role }.
invite-unknown = That invite code is wrong. Please check it (8 characters) or ask an administrator for a new one. ({ $left } tries left this hour.)
invite-used = This invite code has already been used. Each code works once; please ask for a new one.
invite-expired = This invite code has expired. Please ask an administrator for a new one.
start-next = Type <b>my tasks</b> (nhiệm vụ của tôi) to see your tasks, or /trogiup for help.
start-welcome-back = Welcome back! You are linked to <b>{ $agency }</b> ({ $role }).
unlinked-how = If you have an invite code, send: /start CODE. Otherwise type the name of your agency to request access.
unlinked-new =
    Hello! I am the administrative-reform task assistant.
    Your account is not linked to an agency yet, so I cannot show any tasks.
    • With an invite code: send /start CODE
    • Without one: type your agency's name (e.g. Sở Nội vụ, UBND Quận 1) to ask an administrator for access.
unlinked-pending = Your access request for <b>{ $agency }</b> is waiting for an administrator. I will tell you as soon as it is decided.
unlinked-revoked = Access for this account has been revoked. Please contact an administrator.
unlinked-denied = Your access request was not accepted. Please contact an administrator or use an invite code: /start CODE
access-no-match = I found no agency like "{ $query }". Please type a fuller name (e.g. Sở Thông tin và Truyền thông, UBND Quận 3).
access-weak = I cannot find "{ $query }" in the directory. Are you with one of the agencies below? If not, please type the full name again.
agency-retired = { $agency } is no longer in the agency directory (closed or merged), so it has no tasks or new submissions. What it submitted is kept. Ask an administrator to move your account to the new agency.
access-choose = Which agency are you with? Choose one:
access-confirm = Are you with <b>{ $agency }</b>? Press to send an access request to the administrators.
access-sent = Access request for <b>{ $agency }</b> sent. Please wait for an administrator.
access-already = Your account is already linked.
access-no-admin = No administrator has been set up yet. Your request is saved; please tell your agency's reform officer (or ask for an invite code) so it can be approved.
access-approved = ✅ Your access request for <b>{ $agency }</b> was approved. Type <b>my tasks</b> to start.
access-denied-notice = Your access request for <b>{ $agency }</b> was not accepted. Please contact an administrator.
admin-request = 🔔 New access request: <b>{ $user }</b> (#{ $id }, { $channel }) asks for <b>{ $agency }</b>.
admin-approved = ✅ Approved { $user } — { $agency }.
admin-denied = ❌ Denied { $user } — { $agency }.
admin-nothing-pending = This request is no longer pending.

## Buttons
button-cancel = Cancel
button-approve = Approve
button-deny = Deny
button-prev = « Previous
button-more = More »
button-stale = This button is no longer valid. Please send your request again.
not-allowed = You are not allowed to do that.
numbered-reply = Reply with a number: { $choices }

## Task lists
filter-role-lead = {" "}(lead)
filter-role-support = {" "}(support)
list-title-all = <b>Tasks of { $agency }{ $role }</b> — as of { $today }
list-title-overdue = <b>Overdue tasks of { $agency }{ $role }</b>
list-title-soon = <b>Tasks due in the next { $days } days — { $agency }{ $role }</b>
list-title-quarter = <b>Tasks of quarter { $quarter } — { $agency }{ $role }</b>
list-count = { $count } tasks · page { $page }/{ $pages }
list-hint = Press a task code (or type "nhiệm vụ 1.14") for details.
list-empty-all = Your agency has no task in the plans loaded.
list-empty-overdue = 👍 Nothing is overdue.
list-empty-soon = Nothing falls due in that period.
list-empty-quarter = Nothing falls due in that quarter.
group-overdue = ⛔ Overdue
group-soon = ⏰ Due within { $days } days
group-later = 📅 Later
group-undated = 🔁 Ongoing / when needed
due-unspecified = no deadline given
due-overdue = <b>overdue</b> since { $date }
due-today = <b>due today</b> { $date }
due-left = due { $date } ({ $days } days left)
due-past = date { $date } has gone by
due-done = ✅ all reported (last due { $date })
occurrence-missed = { $date }: <b>{ $state ->
        [returned] returned
       *[other] { $days } days overdue, not sent
    }</b>
occurrence-next = due { $date } ({ $days } days left)
occurrence-more = and { $count } more overdue
group-past = 🕘 Supporting — date gone by (the lead agency reports)
group-done = ✅ All reported

## Task detail
detail-task = Task
detail-section = Section { $section }
detail-children = Made of:
detail-product = Product
detail-lead = Lead
detail-support = Support
detail-deadline = Deadline (as the plan says)
detail-due-next = Next due: <b>{ $date }</b>
detail-due-past = The date { $date } has gone by (your agency supports; the lead agency reports)
detail-due-overdue = <b>Overdue</b> since { $date }
detail-source = <i>Source: line { $line } of the plan</i>
detail-which = Which task? Type its code, e.g. nhiệm vụ 1.14
detail-none = There is no task { $code } in the plans loaded.
detail-not-yours = Task { $code } is not one of your agency's tasks, so I cannot show it.
detail-several = Several tasks have code { $code }. Choose one:
deadline-kind-date = Has a due date
deadline-kind-recurring = Recurring
deadline-kind-milestones = In steps
deadline-kind-event = When needed / as planned
deadline-kind-continuous = Ongoing
deadline-kind-unspecified = The plan gives no deadline
deadline-kind-unknown = Deadline not understood

## Search
search-what = What should I look for? E.g. tìm chuyển đổi số
search-none = No task mentions "{ $query }".
search-title = <b>Results for "{ $query }"</b> ({ $count } tasks):

## Input problems
option-out-of-range = Please choose a number from 1 to { $count }.
input-too-long = That message is too long (at most { $max } characters). Please keep it shorter.
input-empty = I can only read text messages. Type /trogiup for the commands.
input-sticker = 😊 Thank you! Just type what you need, for example <b>my tasks</b> or /trogiup.
input-unsupported = I cannot read this kind of message yet. I read { $channel ->
        [zalo] text messages and photos; please send files (pdf, doc, docx, xls, xlsx, odt) through Telegram, or send a link to the file.
       *[other] text messages, photos and pdf, doc, docx, xls, xlsx, odt files.
    } Type /trogiup to see the commands.

## Other
cancelled = Cancelled.
no-agency = Your account is not tied to an agency, so there is no task list of your own. You can still open a task by its code.
submissions-unavailable = Submitting through the chat is not enabled on this server. Please send your article the usual way (e-mail).
lang-choose = Chọn ngôn ngữ / Choose your language:
lang-set = Switched to English.
fallback = Sorry, I did not understand. Did you mean:
fallback-command = There is no /{ $command } command. Did you mean:
intent-my_tasks = My tasks
intent-due_soon = Due soon
intent-overdue = Overdue
intent-quarter = This quarter
intent-lead_only = Tasks I lead
intent-support_only = Tasks I support
intent-task_detail = Open a task
intent-search = Search
intent-submit = Submit
intent-submission_status = Submission status
intent-help = Help
rate-limited = You are sending messages a little fast; please wait a few seconds.
console-loaded = Loaded { $plans } plans ({ $tasks } tasks) · database: { $database } · { $who }
console-as = acting as { $role ->
        [official] an official
        [focal] the focal point
        [reviewer] a reviewer
        [leader] the leader
       *[admin] an admin
    } of { $agency }
console-as-nobody = not linked to an agency (try: npm start -- --as "UBND Quận 1" --role focal; roles: official, focal, reviewer, leader, admin)
console-welcome = CCHC task assistant (terminal). Type a question and press Enter, e.g. nhiệm vụ của tôi. Ctrl+D to quit.
console-push = 🔔 A message for you:
console-file-at = [Attached file: { $name } — stored at { $path }]
internal-error = Sorry, something went wrong with that request. Please try again in a few minutes.
command-nhiemvu = My tasks
command-sapden = Due soon (14 days)
command-quahan = Overdue tasks
command-timkiem = Search tasks by words
command-trogiup = Help
command-lang = Change language
command-start = Start / link with an invite code
command-quy = Tasks due this quarter
command-chutri = Tasks we lead
command-phoihop = Tasks we support
command-danop = Our submissions
command-nop = Submit an article or a report
command-thongke = Quarter statistics
command-chuanop = Agencies that have not submitted
command-xephang = On-time ranking for the year
command-vangmat = Going on leave (pause reminders)
command-trolai = Back at work
command-batnhac = Turn muted reminders back on
command-lienket = Join your Telegram and Zalo accounts
command-nhacqua = Where reminders go
command-huy = Cancel what you are doing
file-note = [Attached file: { $name }]
notify-usage = Choose where reminders go: /nhacqua zalo, /nhacqua telegram or /nhacqua ca-hai
notify-set = Reminders now go to: { $channel ->
        [all] both Telegram and Zalo
       *[other] { $channel }
    }.
link-need-active = This account is not linked to an agency yet. Get a code with /lienket in your linked account, then send /lienket CODE here.
link-code = Link code: <b>{ $code }</b> (one use, valid { $minutes } minutes). In the other app (Zalo or Telegram), send: /lienket { $code }
link-bad-code = That link code is wrong or has expired. Type /lienket on your linked account for a new one. ({ $left } tries left this hour.)
link-same = This account is already yours.
link-done = ✅ This account is now joined to { $name } — { $agency }. You share tasks, role and submissions on both apps.
link-wait = The code is right. To be safe I asked the account you already use: press <b>Yes</b> there within { $minutes } minutes to finish.
link-confirm-ask = 🔐 A { $channel } account (name: { $name }) typed your link code and wants to join your account. If that is you, press Yes; if not, press No.
link-confirmed = ✅ The { $channel } account is now joined to you.
link-refused = The request to join accounts was refused.
link-refused-owner = Refused; that link code no longer works.
link-confirm-gone = This request is no longer valid (already answered or expired).
link-joined-notice = 🔗 A { $channel } account (name: { $name }) was just joined to you with a link code. If that was not you, press the button below.
link-detached = That { $channel } account has been separated from you; it can no longer see anything.
link-burned = ⚠️ The link code you made was cancelled because wrong codes were typed many times. If you are joining an account, type /lienket for a new code.
code-locked = Too many wrong codes. Please try again in { $minutes } minutes.
button-link-yes = Yes
button-link-no = No
button-link-not-me = Not me — separate it

## Conversation (issue 13)
help-intro = <b>CCHC task assistant</b> — agency: { $agency }. Type naturally, in English or Vietnamese.
help-tasks =
    <b>Tasks</b>
    • <b>my tasks</b> (/nhiemvu) — all, soonest first; <b>tasks I lead</b> / <b>tasks I support</b> to filter
    • <b>due soon</b> (/sapden), <b>overdue</b> (/quahan), <b>this quarter</b> (/quy), <b>next month</b>, <b>until 15/3</b>
    • <b>task 1.14</b> — one task in full; <b>search digital</b> (/timkiem)
    • <b>when is the Q2 article due?</b> (/han) — the date, days left, whether your agency has sent it
    • <b>posting rota</b> (/lichdangtin) — who posts this month
help-submit =
    <b>Submitting</b>
    • <b>submit</b> (/nop) — the quarterly article or a task report: a file, a photo, text or a link
    • <b>have we submitted?</b> (/danop) — this quarter's submissions; withdraw or replace before review
help-status = <b>Submitting</b>: <b>have we submitted?</b> (/danop). Only your agency's focal point submits.
help-review =
    <b>Reviewing</b>
    • <b>pending review</b> (/duyet) — accept, or return with a reason
    • <b>statistics q1</b> (/thongke), <b>who has not submitted</b> (/chuanop), <b>ranking</b> (/xephang)
help-admin = <b>Admin</b>: <b>access requests</b> (/duyettk) — approve new users; <b>load a plan</b> (/kehoach) — send the plan file (.docx) to load or replace it.
help-reminders =
    <b>Reminders</b>
    • <b>remind me in 3 days</b>, <b>mute</b> (/tatnhac), <b>unmute</b> (/batnhac)
    • <b>on leave until 15/3</b> (/vangmat), <b>I'm back</b> (/trolai)
help-accounts = <b>Accounts</b>: /lienket — use both Telegram and Zalo; /nhacqua zalo — where reminders go; /lang — Tiếng Việt / English.
help-numbered = When options are listed, reply with the number or type the option's name. Type <b>more</b>, <b>back</b> or <b>page 3</b> to turn pages.
help-cancel = Type <b>cancel</b> to stop what you are doing, <b>continue</b> to carry on.
greeting = Hello { $name }! How can I help?
thanks = You're welcome! Message me whenever you need something.
plan-upload-admins-only = Only admins load plans into the system. If a plan needs updating, please send the file to an admin.
plan-upload-ask = Send the CCHC plan file: the Word file (.docx) as issued, or a text copy (.txt, .md); up to { $max } MB. I read it and report back; if the plan is already loaded, I ask before replacing it.
plan-upload-unsupported = Files sent through { $channel } do not reach me (it passes bots only photos and messages). Please send the plan file through Telegram, or ask the technical staff to run: npm run cli -- import <file>.
plan-upload-not-file = I am waiting for the plan file (.docx, .txt, .md). Send the file, or type <b>cancel</b>.
plan-upload-too-large = The file is over { $max } MB, not a plan. The loaded plan is unchanged.
plan-upload-download-failed = I could not download the file from the chat app. Please send it again.
plan-upload-refused = Could not load { $file }: { $reason }. The loaded plan is unchanged; send another file or type <b>cancel</b>.
plan-upload-same = <b>{ $title }</b> was loaded from this very file; nothing changes.
plan-upload-confirm = { $file } would replace the loaded plan <b>{ $title }</b>: { $added } added, { $removed } removed, { $changed } changed tasks{ $orphaned ->
        [0] {""}
       *[other] ; { $orphaned } submissions would lose their task
    } — confirm?
plan-upload-doubt = ⚠️ Note: { $doubt }.
plan-upload-waiting = The plan file is waiting for you to confirm replacing the loaded plan.
plan-upload-done = ✅ Loaded <b>{ $title }</b> ({ $year }): { $sections } sections, { $tasks } tasks, { $headings } headings. Agencies not recognised: { $unresolved }; deadlines not understood: { $unclassified }; warnings: { $warnings }.
plan-upload-unresolved = • line { $line } ({ $code }): agency not recognised "{ $text }"
plan-upload-unclassified = • line { $line } ({ $code }): deadline not understood "{ $text }"
plan-upload-warning = • line { $line }: { $text }
plan-upload-more = … and { $count } more (in full: npm run cli -- import <file> --dry-run).
plan-upload-cancelled = Plan upload cancelled; the loaded plan is unchanged.
button-plan-confirm = ✅ Confirm replacing
flow-plan-upload = loading a plan
command-kehoach = load a CCHC plan from a file
command-bang = the web board (reviewers)
board-off = The web board is not switched on (BOARD_BASE_URL is needed). Use /thongke, /chuanop or /xephang to see it in the chat.
board-reviewers-only = The board is for reviewers and administrators. For your agency's tasks: "my tasks".
board-link = Open the board: <a href="{ $url }">{ $url }</a>
    The link works once, for { $minutes } minutes, for your account only; the login then lasts 8 hours. Type "board" to get a new one.
command-duyettk = review access requests
flow-paused = ⏸ You have an unfinished { $flow } — type <b>continue</b> to carry on or <b>cancel</b> to drop it.
flow-submit = submission
flow-review = return of a submission
button-resume = Continue
button-use-held = Use what I just typed as the answer
resume-nothing = Nothing is in progress. Type <b>my tasks</b> or /help.
button-last-page = « Last page
button-first-page = First page »
list-title-between = <b>Tasks due { $from } – { $to } — { $agency }{ $role }</b>
list-empty-between = No task is due in that span.
list-paging-hint = Type <b>more</b>, <b>back</b> or <b>page 2</b> to turn pages.
page-no-list = There is no list to page through. Type <b>my tasks</b>.
page-out-of-range = The list has only { $pages } pages.
window-past = { $date } has already passed. Up to which day? For example: <b>until 30/6</b> or <b>next month</b>.
window-invalid = That day is not in the calendar. For example: <b>until 30/6</b>.
deadline-article = The article for quarter { $quarter } is due <b>{ $date }</b> ({ $left }).
deadline-article-sent = ✅ { $agency } has submitted it (receipt { $receipt }, { $onTime ->
        [yes] on time
       *[other] late
    }).
deadline-article-missing = { $agency } has not submitted this quarter's article yet.
rota-none = No posting rota for { $month } in the loaded plans.
rota-title = <b>Posting rota, { $month }</b>
rota-yours = 📌 Your agency is on this month's rota.
intent-deadline_question = Article deadline
intent-review_inbox = Pending review
intent-review_stats = Statistics
intent-review_missing = Not submitted
intent-access_requests = Access requests
intent-rota = Posting rota
requests-admin-only = Only admins approve access requests.
requests-none = No access request is waiting.
requests-title = <b>Access requests waiting</b> ({ $count }):
requests-line = • #{ $id } { $user } — { $agency } ({ $via })
requests-no-name = (no name)
button-approve-id = Approve #{ $id }
button-deny-id = Deny #{ $id }
requests-how = Press Approve/Deny, or type <b>duyệt tài khoản { $id }</b> / <b>từ chối tài khoản { $id }</b>.
deadline-left-today = due today
deadline-left-days = { $days } days left
deadline-overdue-days = { $days } days overdue
detail-occurrences = <b>Periods of { $agency }:</b>
detail-occurrence = • { $date } — { $state }
detail-report-any = • Report { $receipt }
