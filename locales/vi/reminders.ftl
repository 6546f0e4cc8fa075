# Pushes: deadline reminders, the article cycle, the posting rota, reviewer digests.

remind-task-before = ⏰ Nhiệm vụ <b>{ $code }</b> đến hạn ngày { $due } (còn { $days } ngày).
    { $title }
remind-task-today = ⏰ Hôm nay ({ $due }) là hạn của nhiệm vụ <b>{ $code }</b>.
    { $title }
remind-task-overdue = ⛔ Nhiệm vụ <b>{ $code }</b> đã quá hạn { $days } ngày (hạn { $due }).
    { $title }
remind-article-open = 📝 Quý { $quarter } đã bắt đầu: { $agency } cần gửi ít nhất 01 bài viết/mô hình/sản phẩm tuyên truyền về CCHC trước { $due }. Gõ "nộp bài" khi sẵn sàng.
remind-article-before = 📝 Còn { $days } ngày (hạn { $due }): chưa nhận được bài viết quý { $quarter } của { $agency }. Gõ "nộp bài" để gửi ngay.
remind-article-overdue = ⛔ Bài viết quý { $quarter } của { $agency } đã quá hạn { $days } ngày (hạn { $due }). Vui lòng gửi ngay: gõ "nộp bài".
remind-escalation = ⚠️ { $agency } chưa gửi bài viết quý { $quarter }, đã trễ { $days } ngày (hạn { $due }). Đề nghị lãnh đạo đơn vị chỉ đạo gửi ngay.
remind-rotation-start = 📰 Tháng { $month } là tháng { $agency } đăng tin về CCHC trên Trang thông tin điện tử theo lịch phân công.
remind-rotation-end = 📰 Còn { $days } ngày là hết tháng { $month }: { $agency } nhớ đăng tin CCHC theo lịch phân công.
remind-rotation-report = Đăng xong, gõ <b>báo cáo { $code }</b> để báo lại (không cần nhắc nữa).
remind-stand-in = (Nhắc thay cho { $name }, đang vắng mặt)
button-snooze-1 = Nhắc lại sau 1 ngày
button-snooze-3 = Sau 3 ngày
button-snooze-week = Tuần sau
button-mute = Tắt nhắc việc này
digest-title = <b>Tổng hợp ngày { $date }</b>
digest-escalations = Đơn vị trễ bài viết quá hạn nhắc ({ $count }):
digest-missing = <b>Hết hạn quý { $quarter }</b> ({ $due }) — { $count } đơn vị chưa gửi bài:
digest-no-focal = chưa có đầu mối liên kết
digest-unattended = Đơn vị có mọi đầu mối đang vắng mặt, không có người thay ({ $count }):

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
