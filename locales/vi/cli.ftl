# Staff command line (npm run cli -- ...)

cli-usage =
    Cách dùng: npm run cli -- <lệnh> [tùy chọn]
    Lệnh:
      import <tệp...> [--dry-run] [--force]    nhập kế hoạch CCHC (.txt, .md, .docx); --dry-run: chỉ xem thay đổi
      plans · plans remove <mã>                các kế hoạch đã nhập; xóa một kế hoạch chưa có bài nộp
      tasks --agency "<cơ quan>" [--role lead|support] [--now YYYY-MM-DD]
      directory list · directory import <tệp.csv|.xlsx> [--dry-run] · directory export [<mã>] [--out <tệp>]
      task <mã> [--plan <kế hoạch>]            một nhiệm vụ đầy đủ
      agency "<tên>"                           tra cứu cơ quan
      intent "<câu>"                           máy hiểu câu hỏi thế nào
      invite create --agency "<cơ quan>" --role official|focal|reviewer|admin
      users list | pending | approve <id> | deny <id> | revoke <id> | move <id> --agency "<cơ quan>"
      submissions pending · submissions review <biên nhận> --accept | --return "<lý do>"
      submit --agency "<cơ quan>" --quarter 2024-Q1 (--file <tệp> | --text "…" | --link <url>) [--task <mã>]
      submissions list|missing --quarter 2024-Q1 [--overdue] · submissions ranking --year 2024|--quarter 2024-Q1 [--plan P] [--out f.csv|f.xlsx]
      submissions export --quarter 2024-Q1 --format csv|xlsx --out <tệp>
      reminders preview --from 2024-03-01 --to 2024-04-15 · reminders run --now 2024-03-17T08:00
      outbox status
      progress --agency "<cơ quan>" [--plan P] · progress summary [--plan P] [--quarter 2024-Q1 | --year 2024]
    Mọi lệnh nhận --json để in JSON.
cli-unknown-command = Không có lệnh "{ $command }". Gõ: npm run cli -- help
cli-unknown-option = Không có tùy chọn { $option }. Xem các lệnh và tùy chọn: npm run cli -- help
cli-option-value = Tùy chọn { $option } cần một giá trị.
cli-unexpected-argument = Thừa đối số: { $message }
cli-out-failed = Không ghi được { $out }: { $why ->
        [ENOENT] thư mục chứa nó không tồn tại
        [ENOTDIR] đường dẫn đi qua một tệp, không phải thư mục
        [EISDIR] đó là một thư mục, cần tên tệp
       *[other] không có quyền ghi
    }.
cli-bad-option = Tùy chọn không hợp lệ: { $message }
cli-bad-now = --now phải có dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM (giờ Việt Nam), nhận được "{ $value }".
cli-bad-role = --role phải là lead (chủ trì) hoặc support (phối hợp).
cli-missing-arg = Thiếu { $what }.
cli-no-plan = Không có kế hoạch nào khớp "{ $plan }". Xem: npm run cli -- plans
cli-progress-header = cơ quan	đến hạn	đúng hạn	trễ hạn	chưa nộp	đã duyệt	tỉ lệ đúng hạn
cli-ranking-header = hạng	cơ quan	tỉ lệ đúng hạn	đúng hạn/đến hạn	trễ hạn	chưa nộp	đã duyệt
cli-progress-usage = Cách dùng: progress --agency "<cơ quan>" hoặc progress summary [--quarter 2024-Q1 | --year 2024]
cli-config-error = Cấu hình sai: { $message }
cli-failed = Không thực hiện được: lỗi trong chương trình hoặc cơ sở dữ liệu; dữ liệu không bị thay đổi dở dang. Xem chi tiết: chạy lại với LOG_LEVEL=error.

import-file-failed = ✗ { $file }: { $message }
import-plan =
    ✓ { $title } ({ $year }) — { $outcome ->
        [created] đã nhập
        [updated] đã cập nhật
       *[unchanged] không đổi
    }
      { $sections } mục, { $tasks } nhiệm vụ, { $headings } đề mục{ $rotation ->
        [0] {""}
       *[other] , lịch đăng tin { $rotation } tháng
    }
      Cơ quan chưa nhận ra: { $unresolved }; thời hạn chưa hiểu: { $unclassified }; cảnh báo: { $warnings }
import-warning = dòng { $line }: { $message }
import-unresolved = dòng { $line } ({ $code }): không nhận ra cơ quan "{ $phrase }"
import-unclassified = dòng { $line } ({ $code }): không hiểu thời hạn "{ $text }"
import-dry-new = Kế hoạch chưa có: sẽ thêm { $tasks } nhiệm vụ. (Chạy thử: chưa ghi gì.)
import-dry-diff = So với kế hoạch đang có: thêm { $added }, bỏ { $removed }, đổi { $changed } nhiệm vụ.
import-dry-added = thêm: { $keys }
import-dry-removed = bỏ: { $keys }
import-dry-changed = đổi: { $keys }
import-dry-orphaned = { $count } bài nộp sẽ mất nhiệm vụ: { $receipts }
import-dry-doubt = Chạy thử: chưa ghi gì. Khi nhập thật sẽ bị từ chối trừ khi thêm --force ({ $doubt }).
import-dry-nothing-written = Chạy thử: chưa ghi gì. Nhập thật bằng lệnh này không có --dry-run.
import-took = Thời gian nhập: { $ms } ms

plans-removed = Đã xóa kế hoạch { $plan } ({ $tasks } nhiệm vụ).
plans-remove-refused = Không xóa kế hoạch { $plan }: { $tasks } nhiệm vụ của nó đã có bài nộp/báo cáo (giữ lại để không mất lịch sử). Các nhiệm vụ đó:
plans-remove-held = { $key }: { $receipts }
cli-plans-usage = Cách dùng: plans · plans remove <mã kế hoạch>
plans-none = Chưa có kế hoạch nào. Nhập bằng: npm run cli -- import <tệp>
plans-line = • { $id }: { $title } ({ $year }) — { $tasks } nhiệm vụ, nhập lúc { $at }

agency-none = Không tìm thấy cơ quan nào giống "{ $query }".
agency-match = Khớp nhất: { $name }
agency-weak = Không có cơ quan "{ $query }" trong danh bạ. Gần giống nhất: { $candidates }. Gõ lại tên đúng của cơ quan.
agency-ambiguous = Có thể là một trong các cơ quan sau:
agency-candidate = - { $name } ({ $id })

tasks-header = Nhiệm vụ của { $agency } — tính đến { $today }:
tasks-none = { $agency } chưa có nhiệm vụ nào trong các kế hoạch đã nhập.
tasks-line = { $mark } { $code } [{ $role ->
        [lead] chủ trì
       *[support] phối hợp
    }] { $title } — { $due }
tasks-due-overdue = QUÁ HẠN { $date }
tasks-due-date = hạn { $date } (còn { $days } ngày)
tasks-due-today = hạn hôm nay { $date }
tasks-due-none = { $label }

task-none = Không có nhiệm vụ mã "{ $code }".
task-several = Mã { $code } ứng với { $count } nhiệm vụ; xem một nhiệm vụ bằng: npm run cli -- task <khóa> [--plan <kế hoạch>]
task-key = { $code } (khóa { $key }, kế hoạch { $plan })
task-detail =
    { $plan } — Mục { $section }
    Nhiệm vụ { $code }: { $title }
    Sản phẩm: { $product }
    Chủ trì: { $lead }
    Phối hợp: { $support }
    Thời hạn: { $deadline }
start-role-needs-as = --role cần đi kèm --as "<cơ quan>" (ví dụ: --as "UBND Quận 1" --role focal).
start-bad-role = --role phải là một trong: { $roles }.
cli-invite-usage = Cách dùng: npm run cli -- invite create --agency "<cơ quan>" --role official|focal|reviewer|admin
cli-users-usage = Cách dùng: npm run cli -- users list | users pending | users approve <id> | users deny <id> | users revoke <id> | users move <id> --agency "<cơ quan>"
cli-agency-ambiguous = Tên cơ quan chưa rõ, có thể là: { $candidates }
cli-invite-created =
    Mã mời: { $code } — { $agency } ({ $role }), hết hạn { $expires }
    Gửi cho người dùng: { $link }
cli-users-cannot = Không thể { $action } người dùng #{ $id } (trạng thái: { $status }).
cli-users-unknown = Không có người dùng #{ $id }. Xem: npm run cli -- users list
cli-users-moved = Người dùng #{ $id } nay thuộc { $agency }.
cli-users-done = Người dùng #{ $id }: { $status }.
cli-bad-quarter = --quarter không hợp lệ: "{ $value }". Ví dụ: 2024-Q1
cli-bad-year = --year không hợp lệ: "{ $value }".
cli-submit-usage = Cách dùng: npm run cli -- submit --agency "<cơ quan>" --quarter 2024-Q1 (--file <tệp> | --text "…" | --link <url>) [--task <mã>] [--title "…"]
cli-submit-no-task = { $agency } không có nhiệm vụ mã { $code }.
cli-submit-no-file = Không đọc được tệp { $file }.
cli-submit-bad-link = Đường link không hợp lệ: { $url }
cli-submit-done = Biên nhận { $receipt } — { $agency } — { $onTime ->
        [yes] đúng hạn
       *[no] trễ hạn
    } (hạn { $due })
cli-submissions-usage = Cách dùng: npm run cli -- submissions list|missing [--overdue]|export --quarter 2024-Q1 | submissions ranking --year 2024 [--out f.csv] | submissions pending | submissions review <biên nhận> --accept | --return "<lý do>"
cli-export-usage = Cách dùng: npm run cli -- submissions export --quarter 2024-Q1 --format csv|xlsx --out <tệp>
cli-export-done = Đã xuất { $rows } dòng ra { $out }
cli-reminders-range = Cần --from và --to dạng YYYY-MM-DD, --from không sau --to.
cli-reminders-usage = Cách dùng: npm run cli -- reminders preview --from 2024-03-01 --to 2024-04-15 | reminders run --now 2024-03-17T08:00
cli-reminders-run = Đã lập { $planned } lời nhắc thành { $items } việc, thêm { $enqueued } bản tổng hợp vào hàng đợi gửi.
cli-outbox-usage = Cách dùng: npm run cli -- outbox status
cli-preview-nobody = chưa có ai nhận
cli-preview-items = { $count } việc
cli-preview-total = { $digests } bản tổng hợp, { $items } việc.
cli-outbox-digests = Bản tổng hợp — { $digests } · việc trong đó — { $items }
cli-review-usage = Cách dùng: npm run cli -- submissions review <biên nhận> --accept | --return "<lý do>"
cli-review-comment = Trả lại bài cần có lý do: --return "thiếu số liệu quý I"
cli-review-none = Không có bài nào có biên nhận { $receipt }.
cli-review-already = { $receipt } không còn chờ duyệt (trạng thái: { $status }).
cli-review-done = { $receipt }: { $status ->
        [accepted] đã duyệt
       *[returned] đã trả lại
    }; đã báo { $notified } tài khoản của người nộp.

# Internal values (statuses, roles, kinds) as staff read them: cli-word with word = "<group>-<value>".
cli-word = { $word ->
        [user-active] đang hoạt động
        [user-pending] chờ duyệt
        [user-denied] bị từ chối
        [user-revoked] đã thu hồi
        [user-new] mới
        [role-official] cán bộ
        [role-focal] đầu mối
        [role-reviewer] người duyệt
        [role-leader] lãnh đạo
        [role-admin] quản trị viên
        [action-approve] duyệt
        [action-deny] từ chối
        [action-revoke] thu hồi quyền
        [sub-submitted] chờ duyệt
        [sub-accepted] đã duyệt
        [sub-returned] bị trả lại
        [sub-withdrawn] đã rút
        [sub-replaced] đã thay
        [sub-missing] chưa nộp
        [sub-pending] chưa nộp (chưa đến hạn)
        [kind-article] bài viết
        [kind-report] báo cáo
        [agency-department] sở, ban, ngành
        [agency-district] quận, huyện
        [agency-ward] phường, xã
        [agency-office] phòng chuyên môn
        [agency-committee] ban chỉ đạo, hội đồng
        [agency-central] cơ quan ngành dọc
        [agency-party] Đảng, đoàn thể
        [agency-media] báo, đài
        [agency-unit] đơn vị sự nghiệp
        [agency-city] UBND tỉnh/thành phố
        [task-lead] chủ trì
        [task-support] phối hợp
        [outbox-pending] chờ gửi
        [outbox-sending] đang gửi
        [outbox-sent] đã gửi
        [outbox-failed] lỗi
        [outbox-cancelled] đã hủy
        [content-file] tệp
        [content-photo] ảnh
        [content-text] văn bản
        [content-link] đường dẫn
        [time-on_time] đúng hạn
        [time-late] trễ hạn
        [yes] có
        [no] không
       *[other] { $word }
    }
