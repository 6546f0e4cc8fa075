# Submitting the quarterly article or a task report, and reviewing it.

submit-not-allowed = Only your agency's (linked) focal points may submit for it. Please contact an administrator if you are one.
submit-what = Submitting for <b>{ $agency }</b>. What are you sending?
submit-no-article = <b>{ $agency }</b> owes no quarterly article (the article cycle belongs to another plan). You can send a report on one of your tasks.
submit-kind-article = Article for quarter { $quarter }
submit-kind-other-quarter = Article for another quarter
submit-kind-report = A report for a task
submit-kind-report-of = Report for task { $code } (quarter { $quarter })
submit-ask-quarter = Which quarter? Press one or type, e.g. quý 4/2023
submit-ask-task = Type the code of the task the report is for, e.g. 2.3
submit-ask-content = Send the content: a file (pdf, doc, docx, odt, xls, xlsx; at most { $max } MB), a photo, a text or a link.
submit-ask-title = Add a title or note? Type it, or press Skip.
button-skip = Skip
button-confirm = ✅ Confirm
submit-content-text = text ({ $chars } characters)
submit-content-file = file { $name } ({ $kb } KB)
submit-summary =
    <b>Check before submitting</b>
    Agency: { $agency }
    Submitting: { $what }
    File/content: { $content }
    Title: { $title }{ $replaces ->
        [yes] {"\u000A"}(Replaces the earlier submission)
       *[no] {""}
    }
submit-file-wrong-type = That kind of file is not accepted. Please send pdf, doc, docx, odt, xls, xlsx or a photo (jpg, png).
submit-file-too-large = The file is larger than { $max } MB, which the bot cannot download (Telegram's limit is 20 MB). Please compress or split it, or send a link to it.
submit-file-empty = The file is empty. Please send it again with its content.
submit-file-download-failed = The file could not be downloaded (it may be larger than { $max } MB or gone). Please send it again, or send a link.
submit-bad-quarter = I did not understand the quarter. Type e.g. quý 1, quý IV/2023, 2024-Q2.
submit-which-task = Your agency has more than one task { $code }. Which one is the report for?
submit-bad-task = Your agency has no task { $code }. Please type the code again (e.g. 2.3) or press Cancel.
submit-use-buttons = Please press Confirm or Cancel.
submit-expired = The draft has expired (its temporary file is gone). Please start again: nộp bài
submit-duplicate = This content was already submitted (receipt { $receipt }); no duplicate was recorded.
submit-receipt =
    🧾 <b>Receipt { $receipt }</b>
    Agency: { $agency }
    Received: { $at }
    { $onTime ->
        [yes] ✅ On time (due { $due })
       *[no] ⚠️ Late (due { $due })
    }
    Type "tôi đã nộp chưa" to review, withdraw or replace it before it is reviewed.
submit-cancelled = Submission cancelled. Nothing was recorded.

review-kind-article = Quarterly article { $quarter }
review-kind-report = Report for task { $code }{ $due ->
        [none] {""}
       *[other] {" "}(due { $due })
    }
review-new =
    📥 <b>New submission { $receipt }</b>
    { $agency } — { $what } — { $onTime ->
        [yes] on time
       *[no] late
    }
    { $body }
button-accept = Accept
button-return = Return
review-ask-comment = Type why it is returned (the agency will get this message):
review-already = This submission was already handled.
review-accepted = ✅ Accepted { $receipt } ({ $agency }).
review-returned = ↩️ Returned { $receipt } ({ $agency }).
review-accepted-notice = ✅ Submission { $receipt } ({ $what }) was accepted.
review-returned-notice = ↩️ Submission { $receipt } ({ $what }) was returned: { $comment }
    Fix it as asked, then type <b>submit</b> to send a new version (it gets a new receipt).
review-no-cycle = The quarterly article task was not found in the plans loaded.
review-only = Only reviewers and administrators see the submission figures.
stats-chart-axis = Agencies
stats-chart-caption = Quarter { $quarter } articles by agency group: on time, late, not yet.
stats-title = <b>Submissions for quarter { $quarter }</b> (due { $due })
stats-counts = On time: { $onTime } · Late: { $late } · Returned: { $returned } · Not yet: { $missing } / { $total } agencies
missing-title = <b>Not yet submitted for { $quarter }</b> ({ $count } agencies):
ranking-title = <b>Ranking { $period }</b> — { $plan }
ranking-line = { $rank }. { $agency } — { $rate } on time ({ $onTime }/{ $due }) · late { $late } · missing { $missing }
ranking-more = … and { $count } more.
ranking-none = No agency has anything due yet.
ranking-rules = <i>Order: share of due occurrences reported on time (tasks led, the quarterly article included); ties broken by the share reported at all (late included), then the share accepted. Agencies with nothing due are not ranked.</i>

status-none = { $agency } has submitted nothing for quarter { $quarter }.
status-title = <b>Submissions for { $quarter } — { $agency }</b>
status-line = • { $receipt } — { $kind ->
        [article] article
       *[report] report { $code }
    } «{ $name }», { $onTime ->
        [yes] on time
       *[no] late
    } — { $status ->
        [submitted] awaiting review
        [accepted] accepted
        [returned] returned: { $comment }
       *[other] { $status }
    }
button-withdraw = Withdraw { $receipt }
button-replace = Replace { $receipt }
status-withdrawn = Withdrew { $receipt } «{ $name }». It no longer counts; type <b>submit</b> to send again if needed.
status-reviewed = It has been reviewed, so it cannot be withdrawn or replaced. Please submit a new one if needed.
submit-link-received = 🔗 Got the link <b>{ $url }</b>.
submit-file-received = 📎 File received: <b>{ $name }</b>.
inbox-empty = 👍 Nothing is waiting for review.
inbox-title = <b>Pending review</b> ({ $count }), oldest first — page { $page }/{ $pages }:
inbox-line = • <b>{ $receipt }</b> — { $agency } — { $what } — { $name } — { $onTime ->
        [yes] on time
       *[other] late
    } — { $age }
inbox-how = Press one to open its file. Or type <b>duyệt SNV-2024Q1-01</b>, <b>trả lại SNV-2024Q1-01 vì …</b>, <b>duyệt bài của UBND Quận 1</b>.
inbox-only = Only reviewers and admins see pending submissions.
button-accept-receipt = ✅ Accept { $receipt }
button-return-receipt = ↩️ Return { $receipt }
submit-kind-report-due = Report for task { $code } — due { $due }
submit-kind-report-any = Report for task { $code } (no set due date)
submit-other-due = Another period
submit-ask-due = Which period is the report on task { $code } for?
submit-due-option = Due { $due } — { $state }
submit-same-as = ⚠️ The same content was sent before as { $receipt } ({ $agency }). It is recorded; the reviewer will see it flagged.
progress-upcoming = not due yet
progress-due_soon = due soon
progress-overdue = overdue, not sent
progress-on_time = sent on time
progress-late = sent late
progress-accepted = accepted
progress-returned = returned, to send again
review-duplicate = ⚠️ Same content as { $receipt }.
status-none-year = { $agency } has sent nothing in { $year }.
status-title-year = <b>Sent in { $year } — { $agency }</b> (newest first)
status-owed-title = <b>Still owed ({ $count }):</b>
status-owed-line = • { $code } — due { $date }: { $state }
status-owed-more = … and { $count } more: type "quá hạn" to see them all.
status-article-line = Article for quarter { $quarter } (due { $date }): { $state }
review-card =
    📄 <b>{ $receipt }</b>
    { $agency } — { $what } — { $onTime ->
        [yes] on time
       *[no] late
    }
    { $body }
review-state = Status: { $status ->
        [accepted] accepted
        [returned] returned: { $comment }
        [withdrawn] withdrawn by the agency
        [replaced] replaced by a newer one
       *[other] { $status }
    }
review-which = Which submission? Open one below, or type it with its receipt: <b>duyệt SNV-2024Q1-01</b>.
review-no-receipt = No submission has the receipt { $receipt }. Type <b>pending review</b> for the list.
review-ask-comment-for = Type why { $receipt } ({ $agency }) is returned — the agency will get this message:
review-agency-which = Which agency? It could be: { $candidates }. Please type the full name.
review-agency-none = { $agency } has nothing waiting for review.
review-agency-several = { $agency } has { $count } submissions waiting. Pick one:
review-choice-line = • <b>{ $receipt }</b> — { $what } — { $name }
button-open-receipt = 📄 Open { $receipt }
age-hours = { $n } h ago
age-days = { $n } days ago
ranking-page = { $count ->
        [one] 1 agency
       *[other] { $count } agencies
    } · page { $page }/{ $pages }
ranking-other-plan = See { $plan }
status-withdraw-confirm = Withdraw <b>{ $receipt }</b> «{ $name }»? A withdrawn submission does not count as sent.
status-replace-confirm = Replace <b>{ $receipt }</b> «{ $name }» with a new one? The old one is replaced only when you confirm the new one.
button-withdraw-yes = Withdraw { $receipt }
button-replace-yes = Replace { $receipt }
button-keep = Keep it
status-kept = Kept as it was; nothing changed.
