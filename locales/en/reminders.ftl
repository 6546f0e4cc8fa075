# Pushes: deadline reminders, the article cycle, the posting rota, reviewer digests.

remind-task-before = ⏰ Task <b>{ $code }</b> is due on { $due } ({ $days } days left).
    { $title }
remind-task-today = ⏰ Today ({ $due }) task <b>{ $code }</b> is due.
    { $title }
remind-task-overdue = ⛔ Task <b>{ $code }</b> is { $days } days overdue (due { $due }).
    { $title }
remind-article-open = 📝 Quarter { $quarter } has begun: { $agency } must send at least one article about its reform work before { $due }. Type "nộp bài" when ready.
remind-article-before = 📝 { $days } days left (due { $due }): no article for quarter { $quarter } from { $agency } yet. Type "nộp bài" to send it now.
remind-article-overdue = ⛔ The article of { $agency } for quarter { $quarter } is { $days } days late (due { $due }). Please send it now: type "nộp bài".
remind-escalation = ⚠️ { $agency } has not sent its article for quarter { $quarter }, { $days } days late (due { $due }). Leaders, please see to it.
remind-rotation-start = 📰 { $month } is { $agency }'s month to post reform news on the web portal, as rostered.
remind-rotation-end = 📰 { $days } days until the end of { $month }: { $agency }, remember your rostered reform news post.
remind-rotation-report = Once posted, type <b>báo cáo { $code }</b> to report it (and stop these reminders).
remind-stand-in = (Standing in for { $name }, who is away)
button-snooze-1 = Remind me tomorrow
button-snooze-3 = In 3 days
button-snooze-week = Next week
button-mute = Stop reminding this
digest-title = <b>Digest for { $date }</b>
digest-escalations = Agencies late past the reminders ({ $count }):
digest-missing = <b>Quarter { $quarter } deadline passed</b> ({ $due }) — { $count } agencies have not sent an article:
digest-no-focal = no focal point linked
digest-unattended = Agencies whose every focal point is away, with no stand-in ({ $count }):

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
