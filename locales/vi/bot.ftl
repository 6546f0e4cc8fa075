# The assistant's replies (every channel). Markup: <b>, <i>, <code> only.

role-official = cán bộ
role-focal = đầu mối
role-reviewer = người duyệt
role-admin = quản trị
role-short-lead = [chủ trì]
role-short-support = [phối hợp]

## Linking an account
invite-ok = ✅ Đã liên kết tài khoản với <b>{ $agency }</b>, vai trò { $role }.
invite-unknown = Mã mời không đúng. Vui lòng kiểm tra lại mã (8 ký tự) hoặc xin mã mới từ quản trị viên. (Còn { $left } lần thử trong giờ này.)
invite-used = Mã mời này đã được sử dụng. Mỗi mã chỉ dùng một lần; vui lòng xin mã mới.
invite-expired = Mã mời đã hết hạn. Vui lòng xin mã mới từ quản trị viên.
start-next = Gõ <b>nhiệm vụ của tôi</b> để xem nhiệm vụ, hoặc /trogiup để xem hướng dẫn.
start-welcome-back = Chào mừng trở lại! Bạn đang liên kết với <b>{ $agency }</b> ({ $role }).
unlinked-how = Nếu có mã mời, gửi: /start MÃ_MỜI. Nếu chưa có, hãy gõ tên cơ quan của bạn để xin quyền truy cập.
unlinked-new =
    Xin chào! Tôi là trợ lý theo dõi nhiệm vụ cải cách hành chính.
    Tài khoản của bạn chưa được liên kết với cơ quan nào nên tôi chưa thể hiển thị nhiệm vụ.
    • Nếu có mã mời: gửi /start MÃ_MỜI
    • Nếu chưa có: gõ tên cơ quan của bạn (ví dụ: Sở Nội vụ, UBND Quận 1) để gửi yêu cầu tới quản trị viên.
unlinked-pending = Yêu cầu truy cập của bạn cho <b>{ $agency }</b> đang chờ quản trị viên duyệt. Tôi sẽ báo ngay khi có kết quả.
unlinked-revoked = Quyền truy cập của tài khoản này đã bị thu hồi. Vui lòng liên hệ quản trị viên.
unlinked-denied = Yêu cầu truy cập của bạn chưa được chấp nhận. Vui lòng liên hệ quản trị viên hoặc dùng mã mời: /start MÃ_MỜI
access-no-match = Tôi không tìm thấy cơ quan nào giống "{ $query }". Vui lòng gõ lại tên đầy đủ hơn (ví dụ: Sở Thông tin và Truyền thông, UBND Quận 3).
access-weak = Tôi không thấy cơ quan "{ $query }" trong danh bạ. Có phải bạn thuộc một trong các cơ quan dưới đây? Nếu không, hãy gõ lại tên đầy đủ.
agency-retired = { $agency } không còn trong danh bạ cơ quan (đã ngừng hoạt động hoặc sáp nhập), nên không còn nhiệm vụ hay bài nộp mới. Các bài đã nộp vẫn được lưu. Nhờ quản trị viên chuyển tài khoản của bạn sang cơ quan mới.
access-choose = Bạn thuộc cơ quan nào? Chọn một trong các cơ quan dưới đây:
access-confirm = Bạn thuộc <b>{ $agency }</b>? Bấm để gửi yêu cầu truy cập tới quản trị viên.
access-sent = Đã gửi yêu cầu truy cập cho <b>{ $agency }</b>. Vui lòng chờ quản trị viên duyệt.
access-already = Tài khoản của bạn đã được liên kết.
access-no-admin = Hệ thống chưa có quản trị viên nào được cấp quyền. Yêu cầu của bạn đã được lưu; vui lòng báo cho cán bộ phụ trách CCHC của đơn vị (hoặc xin mã mời) để được duyệt.
access-approved = ✅ Yêu cầu truy cập cho <b>{ $agency }</b> đã được duyệt. Gõ <b>nhiệm vụ của tôi</b> để bắt đầu.
access-denied-notice = Yêu cầu truy cập cho <b>{ $agency }</b> chưa được chấp nhận. Vui lòng liên hệ quản trị viên.
admin-request = 🔔 Yêu cầu truy cập mới: <b>{ $user }</b> (#{ $id }, { $channel }) xin truy cập cho <b>{ $agency }</b>.
admin-approved = ✅ Đã duyệt { $user } — { $agency }.
admin-denied = ❌ Đã từ chối { $user } — { $agency }.
admin-nothing-pending = Yêu cầu này không còn chờ duyệt.

## Buttons
button-cancel = Hủy
button-approve = Duyệt
button-deny = Từ chối
button-prev = « Trước
button-more = Xem thêm »
button-stale = Nút này không còn hiệu lực. Vui lòng gửi lại yêu cầu.
not-allowed = Bạn không có quyền thực hiện thao tác này.
numbered-reply = Trả lời bằng số: { $choices }

## Task lists
filter-role-lead = {" "}(chủ trì)
filter-role-support = {" "}(phối hợp)
list-title-all = <b>Nhiệm vụ của { $agency }{ $role }</b> — tính đến { $today }
list-title-overdue = <b>Nhiệm vụ quá hạn của { $agency }{ $role }</b>
list-title-soon = <b>Nhiệm vụ đến hạn trong { $days } ngày tới — { $agency }{ $role }</b>
list-title-quarter = <b>Nhiệm vụ quý { $quarter } — { $agency }{ $role }</b>
list-count = { $count } nhiệm vụ · trang { $page }/{ $pages }
list-hint = Bấm mã nhiệm vụ (hoặc gõ "nhiệm vụ 1.14") để xem chi tiết.
list-empty-all = Đơn vị chưa có nhiệm vụ nào trong các kế hoạch đã nhập.
list-empty-overdue = 👍 Không có nhiệm vụ nào quá hạn.
list-empty-soon = Không có nhiệm vụ nào đến hạn trong khoảng này.
list-empty-quarter = Không có nhiệm vụ nào có hạn trong quý này.
group-overdue = ⛔ Quá hạn
group-soon = ⏰ Đến hạn trong { $days } ngày
group-later = 📅 Sau đó
group-undated = 🔁 Thường xuyên / khi phát sinh
due-unspecified = chưa ghi thời hạn
due-overdue = <b>quá hạn</b> từ { $date }
due-today = <b>hạn hôm nay</b> { $date }
due-left = hạn { $date } (còn { $days } ngày)
due-past = hạn { $date } đã qua
due-done = ✅ đã báo cáo đủ (kỳ cuối { $date })
occurrence-missed = { $date }: <b>{ $state ->
        [returned] bị trả lại
       *[other] quá hạn { $days } ngày, chưa nộp
    }</b>
occurrence-next = hạn { $date } (còn { $days } ngày)
occurrence-more = và { $count } kỳ quá hạn khác
group-past = 🕘 Phối hợp — hạn đã qua (đơn vị chủ trì báo cáo)
group-done = ✅ Đã báo cáo đủ

## Task detail
detail-task = Nhiệm vụ
detail-section = Mục { $section }
detail-children = Gồm các nhiệm vụ:
detail-product = Sản phẩm
detail-lead = Chủ trì
detail-support = Phối hợp
detail-deadline = Thời hạn (theo kế hoạch)
detail-due-next = Hạn gần nhất: <b>{ $date }</b>
detail-due-past = Hạn { $date } đã qua (đơn vị bạn phối hợp; đơn vị chủ trì báo cáo)
detail-due-overdue = Đã <b>quá hạn</b> từ { $date }
detail-source = <i>Nguồn: dòng { $line } của kế hoạch</i>
detail-which = Bạn muốn xem nhiệm vụ nào? Gõ mã, ví dụ: nhiệm vụ 1.14
detail-none = Không có nhiệm vụ mã { $code } trong các kế hoạch đã nhập.
detail-not-yours = Nhiệm vụ { $code } không thuộc đơn vị của bạn nên tôi không thể hiển thị.
detail-several = Có nhiều nhiệm vụ mã { $code }. Chọn một:
deadline-kind-date = Có thời hạn cụ thể
deadline-kind-recurring = Định kỳ
deadline-kind-milestones = Theo từng mốc
deadline-kind-event = Khi phát sinh / theo kế hoạch
deadline-kind-continuous = Thực hiện thường xuyên
deadline-kind-unspecified = Kế hoạch không ghi thời hạn
deadline-kind-unknown = Thời hạn chưa xác định

## Search
search-what = Bạn muốn tìm gì? Ví dụ: tìm chuyển đổi số
search-none = Không tìm thấy nhiệm vụ nào có "{ $query }".
search-title = <b>Kết quả tìm "{ $query }"</b> ({ $count } nhiệm vụ):

## Input problems
option-out-of-range = Vui lòng chọn một số từ 1 đến { $count }.
input-too-long = Tin nhắn quá dài (tối đa { $max } ký tự). Vui lòng gửi ngắn gọn hơn.
input-empty = Tôi chỉ đọc được tin nhắn chữ. Gõ /trogiup để xem các câu lệnh.
input-sticker = 😊 Cảm ơn bạn! Cần gì bạn cứ gõ cho tôi, ví dụ: <b>nhiệm vụ của tôi</b> hoặc /trogiup.
input-unsupported = Tôi chưa đọc được loại tin nhắn này. Tôi đọc được { $channel ->
        [zalo] tin nhắn chữ và ảnh; tệp (pdf, doc, docx, xls, xlsx, odt) xin gửi qua Telegram hoặc gửi đường link tới tệp.
       *[other] tin nhắn chữ, ảnh và tệp pdf, doc, docx, xls, xlsx, odt.
    } Gõ /trogiup để xem các câu lệnh.

## Other
cancelled = Đã hủy.
no-agency = Tài khoản của bạn chưa gắn với cơ quan nào nên không có danh sách nhiệm vụ riêng. Bạn vẫn có thể xem chi tiết một nhiệm vụ theo mã.
submissions-unavailable = Chức năng nộp bài qua trò chuyện chưa được bật trên máy chủ này. Vui lòng gửi bài theo cách thông thường (thư điện tử).
lang-choose = Chọn ngôn ngữ / Choose your language:
lang-set = Đã chuyển sang Tiếng Việt.
fallback = Xin lỗi, tôi chưa hiểu yêu cầu. Có phải bạn muốn:
fallback-command = Không có lệnh /{ $command }. Có phải bạn muốn:
intent-my_tasks = Nhiệm vụ của tôi
intent-due_soon = Việc sắp đến hạn
intent-overdue = Việc quá hạn
intent-quarter = Nhiệm vụ quý này
intent-lead_only = Việc chủ trì
intent-support_only = Việc phối hợp
intent-task_detail = Xem một nhiệm vụ
intent-search = Tìm kiếm
intent-submit = Nộp bài
intent-submission_status = Tình trạng nộp bài
intent-help = Trợ giúp
rate-limited = Bạn gửi hơi nhanh, vui lòng chờ vài giây rồi thử lại.
console-loaded = Đã nạp { $plans } kế hoạch ({ $tasks } nhiệm vụ) · cơ sở dữ liệu: { $database } · { $who }
console-as = đang dùng với tư cách { $role ->
        [official] cán bộ
        [focal] đầu mối
        [reviewer] người duyệt
        [leader] lãnh đạo
       *[admin] quản trị viên
    } của { $agency }
console-as-nobody = chưa liên kết cơ quan (thử: npm start -- --as "UBND Quận 1" --role focal; vai trò: official, focal, reviewer, leader, admin)
console-welcome = Trợ lý nhiệm vụ CCHC (cửa sổ dòng lệnh). Gõ câu hỏi rồi Enter, ví dụ: nhiệm vụ của tôi. Ctrl+D để thoát.
console-push = 🔔 Tin nhắn gửi đến bạn:
console-file-at = [Tệp đính kèm: { $name } — lưu tại { $path }]
internal-error = Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.
command-nhiemvu = Nhiệm vụ của tôi
command-sapden = Việc sắp đến hạn (14 ngày)
command-quahan = Việc quá hạn
command-timkiem = Tìm nhiệm vụ theo từ khóa
command-trogiup = Hướng dẫn sử dụng
command-lang = Đổi ngôn ngữ
command-start = Bắt đầu / liên kết bằng mã mời
command-quy = Nhiệm vụ có hạn trong quý
command-chutri = Việc đơn vị chủ trì
command-phoihop = Việc đơn vị phối hợp
command-danop = Tình trạng nộp bài của đơn vị
command-nop = Nộp bài viết hoặc báo cáo
command-thongke = Thống kê nộp bài trong quý
command-chuanop = Đơn vị chưa nộp bài
command-xephang = Xếp hạng đúng hạn trong năm
command-vangmat = Báo nghỉ phép (tạm dừng nhắc việc)
command-trolai = Đã đi làm lại
command-batnhac = Bật lại các lời nhắc đã tắt
command-lienket = Nối tài khoản Telegram và Zalo
command-nhacqua = Chọn nơi nhận nhắc việc
command-huy = Hủy thao tác đang làm
file-note = [Tệp đính kèm: { $name }]
notify-usage = Chọn nơi nhận nhắc việc: /nhacqua zalo, /nhacqua telegram hoặc /nhacqua ca-hai
notify-set = Đã chọn nhận nhắc việc qua: { $channel ->
        [all] cả Telegram và Zalo
       *[other] { $channel }
    }.
link-need-active = Tài khoản này chưa được liên kết với cơ quan nào. Hãy lấy mã bằng /lienket trên tài khoản đã liên kết, rồi gửi /lienket MÃ tại đây.
link-code = Mã liên kết: <b>{ $code }</b> (dùng một lần, trong { $minutes } phút). Trên ứng dụng kia (Zalo hoặc Telegram), gửi: /lienket { $code }
link-bad-code = Mã liên kết không đúng hoặc đã hết hạn. Gõ /lienket trên tài khoản đã liên kết để lấy mã mới. (Còn { $left } lần thử trong giờ này.)
link-same = Tài khoản này đã là của bạn.
link-done = ✅ Đã nối tài khoản này với { $name } — { $agency }. Bạn dùng chung nhiệm vụ, vai trò và bài nộp trên cả hai ứng dụng.
link-wait = Mã đúng. Để an toàn, tôi đã hỏi tài khoản bạn đang dùng: hãy bấm <b>Đồng ý</b> ở đó trong { $minutes } phút để hoàn tất.
link-confirm-ask = 🔐 Một tài khoản { $channel } (tên: { $name }) vừa nhập mã liên kết của bạn và muốn nối với tài khoản của bạn. Nếu đó là bạn, bấm Đồng ý; nếu không, bấm Từ chối.
link-confirmed = ✅ Đã nối tài khoản { $channel } với bạn.
link-refused = Yêu cầu nối tài khoản đã bị từ chối.
link-refused-owner = Đã từ chối; mã liên kết đó không còn dùng được.
link-confirm-gone = Yêu cầu này không còn hiệu lực (đã xử lý hoặc đã hết hạn).
link-joined-notice = 🔗 Tài khoản { $channel } (tên: { $name }) vừa được nối với bạn bằng mã liên kết. Nếu không phải bạn, bấm nút dưới đây.
link-detached = Đã tách tài khoản { $channel } đó khỏi bạn; nó không còn xem được gì.
link-burned = ⚠️ Mã liên kết bạn vừa tạo đã bị hủy vì có người nhập sai mã nhiều lần. Nếu bạn đang nối tài khoản, gõ /lienket để lấy mã mới.
code-locked = Bạn đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau { $minutes } phút.
button-link-yes = Đồng ý
button-link-no = Từ chối
button-link-not-me = Không phải tôi — tách ra

## Conversation (issue 13)
help-intro = <b>Trợ lý nhiệm vụ CCHC</b> — đơn vị: { $agency }. Gõ tự nhiên, có dấu hay không dấu đều được.
help-tasks =
    <b>Nhiệm vụ</b>
    • <b>nhiệm vụ của tôi</b> (/nhiemvu) — tất cả, gần hạn trước; <b>chủ trì</b> / <b>phối hợp</b> để lọc
    • <b>sắp đến hạn</b> (/sapden), <b>quá hạn</b> (/quahan), <b>quý này</b> (/quy), <b>tháng sau</b>, <b>đến 15/3</b>
    • <b>nhiệm vụ 1.14</b> — chi tiết một nhiệm vụ; <b>tìm chuyển đổi số</b> (/timkiem)
    • <b>hạn nộp bài quý 2 là khi nào?</b> (/han) — hạn, số ngày còn lại, đơn vị đã nộp chưa
    • <b>lịch đăng tin</b> (/lichdangtin) — đơn vị đăng tin trong tháng
help-submit =
    <b>Nộp bài</b>
    • <b>nộp bài</b> (/nop) — bài viết hằng quý hoặc báo cáo nhiệm vụ; gửi tệp, ảnh, chữ hoặc link
    • <b>tôi đã nộp chưa</b> (/danop) — bài đã nộp trong quý, rút hoặc thay khi chưa duyệt
help-status = <b>Nộp bài</b>: <b>đơn vị đã nộp chưa</b> (/danop). Chỉ đầu mối của đơn vị mới nộp bài.
help-review =
    <b>Duyệt bài</b>
    • <b>bài chờ duyệt</b> (/duyet) — chấp nhận hoặc trả lại kèm lý do
    • <b>thống kê quý 1</b> (/thongke), <b>ai chưa nộp</b> (/chuanop), <b>xếp hạng</b> (/xephang)
help-admin = <b>Quản trị</b>: <b>yêu cầu truy cập</b> (/duyettk) — duyệt người dùng mới; <b>nhập kế hoạch</b> (/kehoach) — gửi tệp kế hoạch (.docx) để nạp hoặc thay.
help-reminders =
    <b>Nhắc việc</b>
    • <b>nhắc lại sau 3 ngày</b>, <b>tắt nhắc</b> (/tatnhac), <b>bật nhắc</b> (/batnhac)
    • <b>nghỉ phép đến 15/3</b> (/vangmat), <b>đã đi làm lại</b> (/trolai)
help-accounts = <b>Tài khoản</b>: /lienket — dùng cả Telegram và Zalo; /nhacqua zalo — chọn nơi nhận nhắc; /lang — Tiếng Việt / English.
help-numbered = Khi có danh sách lựa chọn, trả lời bằng số hoặc gõ đúng tên lựa chọn. Gõ <b>xem thêm</b>, <b>quay lại</b> hoặc <b>trang 3</b> để lật trang.
help-cancel = Gõ <b>hủy</b> để dừng việc đang làm, <b>tiếp tục</b> để làm tiếp.
greeting = Xin chào { $name }! Tôi có thể giúp gì cho bạn?
thanks = Không có gì ạ! Bạn cần gì thêm cứ nhắn nhé.
plan-upload-admins-only = Chỉ quản trị viên mới nạp kế hoạch vào hệ thống. Nếu kế hoạch cần cập nhật, vui lòng gửi tệp cho quản trị viên.
plan-upload-ask = Gửi tệp kế hoạch CCHC: bản Word (.docx) như khi ban hành, hoặc bản văn bản (.txt, .md); tối đa { $max } MB. Tôi đọc và báo lại; nếu kế hoạch đã có, tôi hỏi trước khi thay.
plan-upload-unsupported = Tệp gửi qua { $channel } không đến được tôi (ứng dụng này chỉ chuyển ảnh và tin nhắn cho bot). Hãy gửi tệp kế hoạch qua Telegram, hoặc nhờ cán bộ kỹ thuật chạy: npm run cli -- import <tệp>.
plan-upload-not-file = Tôi đang chờ tệp kế hoạch (.docx, .txt, .md). Gửi tệp, hoặc gõ <b>hủy</b>.
plan-upload-too-large = Tệp lớn hơn { $max } MB, không phải một kế hoạch. Kế hoạch đang có giữ nguyên.
plan-upload-download-failed = Không tải được tệp từ ứng dụng chat. Vui lòng gửi lại.
plan-upload-refused = Không nạp được { $file }: { $reason }. Kế hoạch đang có giữ nguyên; gửi tệp khác hoặc gõ <b>hủy</b>.
plan-upload-same = <b>{ $title }</b> đã được nạp từ đúng tệp này; không có gì thay đổi.
plan-upload-confirm = Tệp { $file } sẽ thay kế hoạch đang có <b>{ $title }</b>: thêm { $added }, bỏ { $removed }, đổi { $changed } nhiệm vụ{ $orphaned ->
        [0] {""}
       *[other] ; { $orphaned } bài nộp sẽ mất nhiệm vụ
    } — xác nhận?
plan-upload-doubt = ⚠️ Lưu ý: { $doubt }.
plan-upload-waiting = Tệp kế hoạch đang chờ bạn xác nhận thay kế hoạch đang có.
plan-upload-done = ✅ Đã nạp <b>{ $title }</b> ({ $year }): { $sections } mục, { $tasks } nhiệm vụ, { $headings } đề mục. Cơ quan chưa nhận ra: { $unresolved }; thời hạn chưa hiểu: { $unclassified }; cảnh báo: { $warnings }.
plan-upload-unresolved = • dòng { $line } ({ $code }): không nhận ra cơ quan "{ $text }"
plan-upload-unclassified = • dòng { $line } ({ $code }): không hiểu thời hạn "{ $text }"
plan-upload-warning = • dòng { $line }: { $text }
plan-upload-more = … và { $count } điều khác (xem đầy đủ: npm run cli -- import <tệp> --dry-run).
plan-upload-cancelled = Đã hủy nạp kế hoạch; kế hoạch đang có giữ nguyên.
button-plan-confirm = ✅ Xác nhận thay
flow-plan-upload = nạp kế hoạch
command-kehoach = nạp kế hoạch CCHC từ tệp
command-bang = bảng theo dõi trên web (người duyệt)
board-off = Bảng theo dõi trên web chưa được bật (cần BOARD_BASE_URL). Dùng /thongke, /chuanop hoặc /xephang để xem ngay trong chat.
board-reviewers-only = Bảng theo dõi dành cho người duyệt và quản trị viên. Xem nhiệm vụ của đơn vị bạn: "nhiệm vụ của tôi".
board-link = Mở bảng theo dõi: <a href="{ $url }">{ $url }</a>
    Liên kết dùng được một lần, trong { $minutes } phút, chỉ cho tài khoản của bạn; sau đó đăng nhập giữ 8 giờ. Cần mở lại thì gõ "bảng theo dõi".
command-duyettk = duyệt yêu cầu truy cập
flow-paused = ⏸ Bạn đang { $flow } dở — gõ <b>tiếp tục</b> để làm tiếp hoặc <b>hủy</b> để bỏ.
flow-submit = nộp bài
flow-review = trả lại một bài
button-resume = Tiếp tục
button-use-held = Dùng tin vừa gõ làm câu trả lời
resume-nothing = Không có việc gì đang làm dở. Gõ <b>nhiệm vụ của tôi</b> hoặc /trogiup.
button-last-page = « Trang cuối
button-first-page = Trang đầu »
list-title-between = <b>Nhiệm vụ có hạn từ { $from } đến { $to } — { $agency }{ $role }</b>
list-empty-between = Không có nhiệm vụ nào có hạn trong khoảng này.
list-paging-hint = Gõ <b>xem thêm</b>, <b>quay lại</b> hoặc <b>trang 2</b> để lật trang.
page-no-list = Chưa có danh sách nào để lật trang. Gõ <b>nhiệm vụ của tôi</b>.
page-out-of-range = Danh sách chỉ có { $pages } trang.
window-past = Ngày { $date } đã qua. Bạn muốn xem đến ngày nào? Ví dụ: <b>đến 30/6</b> hoặc <b>tháng sau</b>.
window-invalid = Ngày đó không có trong lịch. Ví dụ: <b>đến 30/6</b>.
deadline-article = Hạn nộp bài viết quý { $quarter }: <b>{ $date }</b> ({ $left }).
deadline-article-sent = ✅ { $agency } đã nộp (biên nhận { $receipt }, { $onTime ->
        [yes] đúng hạn
       *[other] trễ hạn
    }).
deadline-article-missing = { $agency } chưa nộp bài quý này.
rota-none = Không có lịch đăng tin cho tháng { $month } trong các kế hoạch đã nhập.
rota-title = <b>Lịch đăng tin tháng { $month }</b>
rota-yours = 📌 Đơn vị của bạn có tên trong lịch tháng này.
intent-deadline_question = Hạn nộp bài
intent-review_inbox = Bài chờ duyệt
intent-review_stats = Thống kê
intent-review_missing = Ai chưa nộp
intent-access_requests = Yêu cầu truy cập
intent-rota = Lịch đăng tin
requests-admin-only = Chỉ quản trị viên duyệt được yêu cầu truy cập.
requests-none = Không có yêu cầu truy cập nào đang chờ.
requests-title = <b>Yêu cầu truy cập đang chờ</b> ({ $count }):
requests-line = • #{ $id } { $user } — { $agency } ({ $via })
requests-no-name = (chưa có tên)
button-approve-id = Duyệt #{ $id }
button-deny-id = Từ chối #{ $id }
requests-how = Bấm Duyệt/Từ chối, hoặc gõ <b>duyệt tài khoản { $id }</b> / <b>từ chối tài khoản { $id }</b>.
deadline-left-today = hôm nay là hạn
deadline-left-days = còn { $days } ngày
deadline-overdue-days = đã quá hạn { $days } ngày
detail-occurrences = <b>Các kỳ của { $agency }:</b>
detail-occurrence = • { $date } — { $state }
detail-report-any = • Báo cáo { $receipt }
