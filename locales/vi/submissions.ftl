# Submitting the quarterly article or a task report, and reviewing it.

submit-not-allowed = Chỉ đầu mối (đã liên kết) của đơn vị mới được nộp bài cho đơn vị. Vui lòng liên hệ quản trị viên nếu bạn là đầu mối.
submit-what = Nộp bài cho <b>{ $agency }</b>. Bạn nộp gì?
submit-no-article = <b>{ $agency }</b> không phải nộp bài viết quý (chu kỳ bài viết quý thuộc kế hoạch của đơn vị khác). Bạn có thể gửi báo cáo cho một nhiệm vụ của đơn vị.
submit-kind-article = Bài viết quý { $quarter }
submit-kind-other-quarter = Bài viết của quý khác
submit-kind-report = Báo cáo cho một nhiệm vụ
submit-kind-report-of = Báo cáo nhiệm vụ { $code } (quý { $quarter })
submit-ask-quarter = Nộp cho quý nào? Bấm chọn hoặc gõ, ví dụ: quý 4/2023
submit-ask-task = Gõ mã nhiệm vụ cần nộp báo cáo, ví dụ: 2.3
submit-ask-content = Gửi nội dung: một tệp (pdf, doc, docx, odt, xls, xlsx; tối đa { $max } MB), một ảnh, một đoạn văn bản hoặc một đường link.
submit-ask-title = Thêm tiêu đề hoặc ghi chú? Gõ tiêu đề, hoặc bấm Bỏ qua.
button-skip = Bỏ qua
button-confirm = ✅ Xác nhận nộp
submit-content-text = văn bản ({ $chars } ký tự)
submit-content-file = tệp { $name } ({ $kb } KB)
submit-summary =
    <b>Kiểm tra trước khi nộp</b>
    Đơn vị: { $agency }
    Nội dung nộp: { $what }
    Tệp/nội dung: { $content }
    Tiêu đề: { $title }{ $replaces ->
        [yes] {"\u000A"}(Thay thế bài đã nộp trước)
       *[no] {""}
    }
submit-file-wrong-type = Tệp này không đúng loại được nhận. Vui lòng gửi pdf, doc, docx, odt, xls, xlsx hoặc ảnh (jpg, png).
submit-file-too-large = Tệp lớn hơn { $max } MB nên bot không tải về được (giới hạn của Telegram là 20 MB). Vui lòng nén tệp, chia nhỏ, hoặc gửi đường link tới tệp.
submit-file-empty = Tệp rỗng. Vui lòng gửi lại tệp có nội dung.
submit-file-download-failed = Không tải được tệp (tệp có thể lớn hơn { $max } MB hoặc đã bị xóa). Vui lòng gửi lại, hoặc gửi đường link tới tệp.
submit-bad-quarter = Tôi chưa hiểu quý bạn muốn. Gõ ví dụ: quý 1, quý IV/2023, 2024-Q2.
submit-which-task = Đơn vị bạn có nhiều nhiệm vụ mã { $code }. Bạn báo cáo nhiệm vụ nào?
submit-bad-task = Đơn vị bạn không có nhiệm vụ mã { $code }. Vui lòng gõ lại mã (ví dụ 2.3) hoặc bấm Hủy.
submit-use-buttons = Vui lòng bấm Xác nhận nộp hoặc Hủy.
submit-expired = Bản nháp đã hết hạn (tệp tạm không còn). Vui lòng bắt đầu lại: nộp bài
submit-duplicate = Nội dung này đã được nộp trước đó (biên nhận { $receipt }), tôi không ghi thêm bản trùng.
submit-receipt =
    🧾 <b>Biên nhận { $receipt }</b>
    Đơn vị: { $agency }
    Nhận lúc: { $at }
    { $onTime ->
        [yes] ✅ Đúng hạn (hạn { $due })
       *[no] ⚠️ Trễ hạn (hạn { $due })
    }
    Gõ "tôi đã nộp chưa" để xem lại, rút hoặc thay bài trước khi được duyệt.
submit-cancelled = Đã hủy nộp bài. Không có gì được ghi lại.

review-kind-article = Bài viết quý { $quarter }
review-kind-report = Báo cáo nhiệm vụ { $code }{ $due ->
        [none] {""}
       *[other] {" "}(kỳ { $due })
    }
review-new =
    📥 <b>Bài nộp mới { $receipt }</b>
    { $agency } — { $what } — { $onTime ->
        [yes] đúng hạn
       *[no] trễ hạn
    }
    { $body }
button-accept = Chấp nhận
button-return = Trả lại
review-ask-comment = Nhập lý do trả lại (đơn vị sẽ nhận được lời nhắn này):
review-already = Bài này đã được xử lý trước đó.
review-accepted = ✅ Đã duyệt { $receipt } ({ $agency }).
review-returned = ↩️ Đã trả lại { $receipt } ({ $agency }).
review-accepted-notice = ✅ Bài { $receipt } ({ $what }) đã được duyệt.
review-returned-notice = ↩️ Bài { $receipt } ({ $what }) bị trả lại: { $comment }
    Sửa theo góp ý rồi gõ <b>nộp bài</b> để gửi bản mới (biên nhận mới).
review-no-cycle = Chưa xác định được nhiệm vụ bài viết hằng quý trong các kế hoạch đã nhập.
review-only = Chỉ người duyệt và quản trị viên xem được thống kê nộp bài.
stats-chart-axis = Số đơn vị
stats-chart-caption = Bài viết quý { $quarter } theo nhóm đơn vị: đúng hạn, trễ hạn, chưa nộp.
stats-title = <b>Thống kê nộp bài quý { $quarter }</b> (hạn { $due })
stats-counts = Đúng hạn: { $onTime } · Trễ hạn: { $late } · Bị trả lại: { $returned } · Chưa nộp: { $missing } / { $total } đơn vị
missing-title = <b>Chưa nộp quý { $quarter }</b> ({ $count } đơn vị):
ranking-title = <b>Xếp hạng { $period }</b> — { $plan }
ranking-line = { $rank }. { $agency } — { $rate } đúng hạn ({ $onTime }/{ $due }) · trễ { $late } · thiếu { $missing }
ranking-more = … và { $count } đơn vị khác.
ranking-none = Chưa có đơn vị nào có việc đến hạn.
ranking-rules = <i>Cách xếp: tỉ lệ kỳ đã đến hạn được báo cáo đúng hạn (nhiệm vụ chủ trì, kể cả bài viết quý); bằng nhau thì xét tỉ lệ đã báo cáo (kể cả trễ), rồi tỉ lệ được duyệt. Đơn vị chưa có việc đến hạn không xếp hạng.</i>

status-none = { $agency } chưa nộp bài nào trong quý { $quarter }.
status-title = <b>Bài nộp quý { $quarter } — { $agency }</b>
status-line = • { $receipt } — { $kind ->
        [article] bài viết
       *[report] báo cáo { $code }
    } «{ $name }», { $onTime ->
        [yes] đúng hạn
       *[no] trễ hạn
    } — { $status ->
        [submitted] chờ duyệt
        [accepted] đã duyệt
        [returned] bị trả lại: { $comment }
       *[other] { $status }
    }
button-withdraw = Rút { $receipt }
button-replace = Thay { $receipt }
status-withdrawn = Đã rút bài { $receipt } «{ $name }». Bài đã rút không được tính; gõ <b>nộp bài</b> nếu cần gửi lại.
status-reviewed = Bài đã được duyệt nên không thể rút hay thay. Vui lòng nộp bài mới nếu cần.
submit-link-received = 🔗 Đã nhận đường link <b>{ $url }</b>.
submit-file-received = 📎 Đã nhận tệp <b>{ $name }</b>.
inbox-empty = 👍 Không có bài nào chờ duyệt.
inbox-title = <b>Bài chờ duyệt</b> ({ $count }), cũ nhất trước — trang { $page }/{ $pages }:
inbox-line = • <b>{ $receipt }</b> — { $agency } — { $what } — { $name } — { $onTime ->
        [yes] đúng hạn
       *[other] trễ hạn
    } — { $age }
inbox-how = Bấm một bài để mở tệp. Hoặc gõ <b>duyệt SNV-2024Q1-01</b>, <b>trả lại SNV-2024Q1-01 vì …</b>, <b>duyệt bài của UBND Quận 1</b>.
inbox-only = Chỉ người duyệt và quản trị viên xem được bài chờ duyệt.
button-accept-receipt = ✅ Nhận { $receipt }
button-return-receipt = ↩️ Trả { $receipt }
submit-kind-report-due = Báo cáo nhiệm vụ { $code } — kỳ hạn { $due }
submit-kind-report-any = Báo cáo nhiệm vụ { $code } (không có kỳ hạn định sẵn)
submit-other-due = Chọn kỳ khác
submit-ask-due = Báo cáo nhiệm vụ { $code } cho kỳ nào?
submit-due-option = Hạn { $due } — { $state }
submit-same-as = ⚠️ Nội dung này trùng với bài { $receipt } ({ $agency }) đã nộp trước. Bài vẫn được ghi nhận; người duyệt sẽ thấy ghi chú trùng nội dung.
progress-upcoming = chưa đến hạn
progress-due_soon = sắp đến hạn
progress-overdue = quá hạn, chưa nộp
progress-on_time = đã nộp đúng hạn
progress-late = đã nộp trễ hạn
progress-accepted = đã được duyệt
progress-returned = bị trả lại, cần nộp lại
review-duplicate = ⚠️ Trùng nội dung với { $receipt }.
status-none-year = { $agency } chưa nộp bài hay báo cáo nào trong năm { $year }.
status-title-year = <b>Bài và báo cáo đã nộp năm { $year } — { $agency }</b> (mới nhất trước)
status-owed-title = <b>Còn nợ ({ $count }):</b>
status-owed-line = • { $code } — hạn { $date }: { $state }
status-owed-more = … và { $count } kỳ khác: gõ "quá hạn" để xem hết.
status-article-line = Bài viết quý { $quarter } (hạn { $date }): { $state }
review-card =
    📄 <b>{ $receipt }</b>
    { $agency } — { $what } — { $onTime ->
        [yes] đúng hạn
       *[no] trễ hạn
    }
    { $body }
review-state = Trạng thái: { $status ->
        [accepted] đã duyệt
        [returned] đã trả lại: { $comment }
        [withdrawn] đơn vị đã rút
        [replaced] đã được thay bằng bài mới
       *[other] { $status }
    }
review-which = Bạn quyết định cho bài nào? Mở một bài bên dưới, hoặc gõ kèm biên nhận: <b>duyệt SNV-2024Q1-01</b>.
review-no-receipt = Không tìm thấy bài nào có biên nhận { $receipt }. Gõ <b>bài chờ duyệt</b> để xem danh sách.
review-ask-comment-for = Nhập lý do trả lại { $receipt } ({ $agency }) — đơn vị sẽ nhận được lời nhắn này:
review-agency-which = Chưa rõ đơn vị nào; có thể là: { $candidates }. Vui lòng gõ tên đầy đủ.
review-agency-none = { $agency } không có bài nào chờ duyệt.
review-agency-several = { $agency } có { $count } bài chờ duyệt. Chọn bài:
review-choice-line = • <b>{ $receipt }</b> — { $what } — { $name }
button-open-receipt = 📄 Mở { $receipt }
age-hours = { $n } giờ trước
age-days = { $n } ngày trước
ranking-page = { $count } đơn vị · trang { $page }/{ $pages }
ranking-other-plan = Xem { $plan }
status-withdraw-confirm = Rút bài <b>{ $receipt }</b> «{ $name }»? Bài đã rút không được tính là đã nộp.
status-replace-confirm = Thay bài <b>{ $receipt }</b> «{ $name }» bằng bài mới? Bài cũ chỉ bị thay khi bạn xác nhận bài mới.
button-withdraw-yes = Rút { $receipt }
button-replace-yes = Thay { $receipt }
button-keep = Giữ nguyên
status-kept = Đã giữ nguyên, không thay đổi gì.
