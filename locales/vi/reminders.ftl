# Pushes: deadline reminders, the article cycle, the posting rota, reviewer digests.

    { $title }
    { $title }
    { $title }
button-snooze-1 = Nhắc lại sau 1 ngày
button-snooze-3 = Sau 3 ngày
button-snooze-week = Tuần sau
button-mute = Tắt nhắc việc này
digest-no-focal = chưa có đầu mối liên kết

snooze-nothing = Chưa có lời nhắc nào để dời.
snooze-already = Lời nhắc này đã được hẹn lại lúc { $at }.
snooze-set = 👌 Sẽ nhắc lại lúc { $at }.
mute-task = 🔕 Đã tắt nhắc cho nhiệm vụ này. Gõ /batnhac để bật lại.
mute-kind-article = 🔕 Đã tắt nhắc bài viết hằng quý. Gõ /batnhac để bật lại.
mute-kind-rotation = 🔕 Đã tắt nhắc lịch đăng tin. Gõ /batnhac để bật lại.
mute-kind-escalation = 🔕 Đã tắt thông báo trễ hạn. Gõ /batnhac để bật lại.
mute-kind-task = 🔕 Đã tắt nhắc nhiệm vụ. Gõ /batnhac để bật lại.
unmuted = 🔔 Đã bật lại mọi lời nhắc.
away-bad-date = Vui lòng ghi ngày trở lại, ví dụ: nghỉ phép đến 15/3
away-set = Đã ghi nhận: bạn vắng mặt, trở lại ngày { $date }. Trong thời gian này tôi không gửi nhắc việc cho bạn. Chọn người nhận thay (cùng đơn vị):
button-no-stand-in = Không cần người thay
stand-in-none = Không có người nhận thay; các lời nhắc còn cần thiết sẽ được gửi khi bạn trở lại.
stand-in-set = { $name } sẽ nhận lời nhắc thay bạn đến khi bạn trở lại.
away-cleared = Chào mừng bạn trở lại! Lời nhắc sẽ gửi như bình thường.
role-leader = lãnh đạo
mute-nothing = Chưa có lời nhắc nào để tắt. Khi nhận lời nhắc, bấm "Tắt nhắc" ngay dưới nó.
away-past = Ngày { $date } đã qua. Bạn trở lại ngày nào? Ví dụ: <b>nghỉ phép đến 15/3</b> (ghi cả năm nếu là năm sau: 5/1/2025).

digest-title = 📋 <b>Việc cần làm ngày { $date }</b> ({ $count } việc)
digest-title-more = 📋 <b>Việc cần làm ngày { $date }</b> (tiếp theo)
digest-group-notice = <b>🔔 Thông báo</b>
digest-group-overdue = <b>⛔ Quá hạn</b>
digest-group-today = <b>⏰ Đến hạn hôm nay</b>
digest-group-d3 = <b>Trong 3 ngày tới</b>
digest-group-d7 = <b>Trong 7 ngày tới</b>
digest-group-d14 = <b>Trong 14 ngày tới</b>
digest-group-later = <b>Sắp tới</b>
digest-group-article = <b>📝 Bài viết CCHC hằng quý</b>
digest-group-rota = <b>📰 Lịch đăng tin</b>
digest-group-escalation = <b>⚠️ Đơn vị trễ bài viết (đã báo lãnh đạo đơn vị)</b>
digest-group-missing = <b>Đơn vị chưa gửi bài viết của quý vừa hết hạn</b>
digest-group-unattended = <b>Đơn vị có mọi đầu mối đang vắng, không người thay</b>
digest-left = còn { $days } ngày
digest-due-today = hạn hôm nay
digest-late = quá hạn { $days } ngày
digest-item-task = <b>{ $code }</b> { $title } — hạn { $due }, { $state }
digest-item-article = Bài viết quý { $quarter } — hạn { $due }, { $state }. Gõ "nộp bài" để gửi.
digest-item-article-open = Quý { $quarter } đã bắt đầu: gửi ít nhất 01 bài viết/mô hình/sản phẩm tuyên truyền về CCHC trước { $due }.
digest-item-escalation = { $agency } chưa gửi bài viết quý { $quarter } — { $state } (hạn { $due }). Đề nghị lãnh đạo đơn vị chỉ đạo gửi ngay.
digest-item-late-agency = { $agency } — bài viết quý { $quarter }, { $state }
digest-item-rotation = Tháng { $month }: { $agency } đăng tin CCHC trên Trang thông tin điện tử theo lịch — đến { $due }, { $state }.
digest-item-rotation-report = Đăng xong, gõ <b>báo cáo { $code }</b>.
digest-item-missing = { $agency } (quý { $quarter }) — { $who }
digest-item-unattended = { $agency }
digest-on-behalf = (nhắc thay { $name }, đang vắng mặt)
digest-rest = Còn { $count } việc — gõ "xem thêm".
digest-button-more = Xem thêm ({ $count } việc)
digest-label-rota = Đăng tin tháng { $month }
digest-label-article = Bài viết quý { $quarter }
digest-button-open = Xem nhiệm vụ
digest-button-report = Báo cáo
digest-button-article = Nộp bài
digest-snoozed = 👌 Đã hoãn { $what }: sẽ nhắc lại trong bản tổng hợp ngày { $date }.
digest-nothing-more = Không còn việc nào khác trong bản tổng hợp này.
digest-nothing-open = Các việc trong bản tổng hợp gần nhất đều đã xong hoặc đã tắt nhắc.
digest-which-snooze = Hoãn việc nào?
digest-which-mute = Tắt nhắc việc nào?
digest-item-gone = Việc này không còn trong danh sách nhiệm vụ của đơn vị.
mute-kind-digest = 🔕 Đã tắt các dòng tổng hợp này. Gõ /batnhac để bật lại.
