# Pushes: deadline reminders, the article cycle, the posting rota, reviewer digests.

    { $title }
    { $title }
    { $title }
button-snooze-1 = Remind me tomorrow
button-snooze-3 = In 3 days
button-snooze-week = Next week
button-mute = Stop reminding this
digest-no-focal = no focal point linked

snooze-nothing = There is no reminder to move yet.
snooze-already = This reminder is already set to come back at { $at }.
snooze-set = 👌 I will remind you again at { $at }.
mute-task = 🔕 Reminders for this task are off. Type /batnhac to turn them back on.
mute-kind-article = 🔕 Quarterly article reminders are off. Type /batnhac to turn them back on.
mute-kind-rotation = 🔕 Posting rota reminders are off. Type /batnhac to turn them back on.
mute-kind-escalation = 🔕 Lateness notices are off. Type /batnhac to turn them back on.
mute-kind-task = 🔕 Task reminders are off. Type /batnhac to turn them back on.
unmuted = 🔔 All reminders are back on.
away-bad-date = Please give the date you are back, e.g. nghỉ phép đến 15/3
away-set = Noted: you are away and back on { $date }. I will send you no reminders until then. Choose who receives them meanwhile (same agency):
button-no-stand-in = No stand-in
stand-in-none = No stand-in; reminders that still matter will reach you when you are back.
stand-in-set = { $name } will receive your reminders until you are back.
away-cleared = Welcome back! Reminders go to you as usual again.
role-leader = leader
mute-nothing = There is no reminder to mute yet. When one arrives, press "Mute" under it.
away-past = { $date } has already passed. When are you back? For example: <b>on leave until 15/3</b> (with the year if it is next year: 5/1/2025).

digest-title = 📋 <b>To do on { $date }</b> ({ $count } items)
digest-title-more = 📋 <b>To do on { $date }</b> (continued)
digest-group-notice = <b>🔔 Notices</b>
digest-group-overdue = <b>⛔ Overdue</b>
digest-group-today = <b>⏰ Due today</b>
digest-group-d3 = <b>Within 3 days</b>
digest-group-d7 = <b>Within 7 days</b>
digest-group-d14 = <b>Within 14 days</b>
digest-group-later = <b>Later</b>
digest-group-article = <b>📝 Quarterly reform article</b>
digest-group-rota = <b>📰 Posting rota</b>
digest-group-escalation = <b>⚠️ Agencies late with their article (their leaders told)</b>
digest-group-missing = <b>Agencies without an article for the quarter just ended</b>
digest-group-unattended = <b>Agencies whose every focal point is away, with no stand-in</b>
digest-left = { $days } days left
digest-due-today = due today
digest-late = { $days } days overdue
digest-item-task = <b>{ $code }</b> { $title } — due { $due }, { $state }
digest-item-article = Article for quarter { $quarter } — due { $due }, { $state }. Type "nộp bài" to send it.
digest-item-article-open = Quarter { $quarter } has begun: send at least one article on administrative reform before { $due }.
digest-item-escalation = { $agency } has not sent its article for quarter { $quarter } — { $state } (due { $due }). Please see that it is sent now.
digest-item-late-agency = { $agency } — article for quarter { $quarter }, { $state }
digest-item-rotation = Month { $month }: { $agency } posts reform news on the portal per the rota — by { $due }, { $state }.
digest-item-rotation-report = When posted, type <b>báo cáo { $code }</b>.
digest-item-missing = { $agency } (quarter { $quarter }) — { $who }
digest-item-unattended = { $agency }
digest-on-behalf = (for { $name }, who is away)
digest-rest = { $count } more — type "xem thêm".
digest-button-more = Show more ({ $count })
digest-label-rota = Posting, month { $month }
digest-label-article = Article Q{ $quarter }
digest-button-open = Open task
digest-button-report = Report
digest-button-article = Send article
digest-snoozed = 👌 Snoozed { $what }: it comes back in the digest of { $date }.
digest-nothing-more = Nothing else in this digest.
digest-nothing-open = Everything in your latest digest is done or muted.
digest-which-snooze = Snooze which one?
digest-which-mute = Stop reminders for which one?
digest-item-gone = This task is no longer on your agency's list.
mute-kind-digest = 🔕 These digest lines are off. Type /batnhac to turn them back on.
