# The reviewer board on the web (/board).
board-title = CCHC board
board-heading = { $plan } — quarter { $quarter }
board-as-of = Figures as of { $date } · { $user }
board-plan = Plan
board-quarter = Quarter
board-group = Group
board-group-all = All
board-article = Quarterly article
board-article-none = This plan has no quarterly article cycle.
board-article-counts = { $owed } agencies owe it · { $onTime } on time · { $late } late · { $returned } returned · { $missing } missing · { $accepted } accepted
board-tasks = Tasks due in the quarter
board-tasks-counts = { $agencies } agencies · { $due } occurrences due · { $onTime } on time · { $late } late · { $missing } not reported
board-chart-title = Tasks due by agency group
board-chart-axis = Occurrences due
board-col-agency = Agency
board-col-group = Group
board-col-article = Article
board-col-due = Due
board-col-ontime = On time
board-col-late = Late
board-col-missing = Not reported
board-col-accepted = Accepted
board-col-rate = On-time rate
board-col-rank = Rank
board-col-task = Task
board-col-status = Status
board-col-receipt = Receipt
board-col-date = Due date
board-ranking = { $year } ranking
board-ranking-none = No agency has anything due yet.
board-downloads = Download
board-download-csv = Quarter table (CSV)
board-download-xlsx = Quarter table (Excel)
board-sort = Click a column title to sort.
board-outcome = { $outcome ->
        [on_time] on time
        [late] late
        [returned] returned
        [missing] missing
        [pending] not due yet
        [accepted] accepted
        [due_soon] due soon
        [upcoming] not due yet
        [overdue] overdue
       *[other] —
    }
board-kind = { $kind ->
        [department] Departments
        [district] Districts
        [ward] Wards and communes
        [office] Specialised offices
        [committee] Committees
        [central] Central agencies
        [party] Party and mass organisations
        [media] Media
        [unit] Public service units
        [city] People's committee
       *[other] Other
    }
board-agency-title = { $agency } — { $year }
board-agency-focal = Focal points: { $names }
board-agency-focal-none = Focal points: none yet
board-agency-chart = By quarter
board-agency-tasks = Tasks it leads, each period of the year
board-agency-none = This agency has nothing due this year.
board-agency-unknown = There is no such agency.
board-task-title = Task { $code }: { $title }
board-task-none = There is no such task.
board-task-leads = Lead agencies and each reporting period
board-back = ← Board
board-login-needed = Please log in: type "board" (or /bang) in the chat with the assistant to get a login link.
board-link-used = This link has been used. Each link works once: type "board" in the chat for a new one.
board-link-expired = This link has expired (15 minutes). Type "board" in the chat for a new one.
board-link-unknown = This link is not valid. Type "board" in the chat for a new one.
board-not-found = There is no such page.
board-language = Tiếng Việt
