# The reviewer board on the web (/board).
board-title = Bảng theo dõi CCHC
board-heading = { $plan } — quý { $quarter }
board-as-of = Số liệu đến ngày { $date } · { $user }
board-plan = Kế hoạch
board-quarter = Quý
board-group = Nhóm
board-group-all = Tất cả
board-article = Bài viết quý
board-article-none = Kế hoạch này không có chu kỳ bài viết hằng quý.
board-article-counts = { $owed } đơn vị phải nộp · { $onTime } đúng hạn · { $late } trễ hạn · { $returned } bị trả lại · { $missing } chưa nộp · { $accepted } đã duyệt
board-tasks = Nhiệm vụ đến hạn trong quý
board-tasks-counts = { $agencies } đơn vị · { $due } lượt đến hạn · { $onTime } đúng hạn · { $late } trễ hạn · { $missing } chưa báo cáo
board-chart-title = Nhiệm vụ đến hạn theo nhóm đơn vị
board-chart-axis = Lượt đến hạn
board-col-agency = Đơn vị
board-col-group = Nhóm
board-col-article = Bài viết
board-col-due = Đến hạn
board-col-ontime = Đúng hạn
board-col-late = Trễ hạn
board-col-missing = Chưa báo cáo
board-col-accepted = Đã duyệt
board-col-rate = Tỉ lệ đúng hạn
board-col-rank = Hạng
board-col-task = Nhiệm vụ
board-col-status = Tình trạng
board-col-receipt = Biên nhận
board-col-date = Hạn
board-ranking = Xếp hạng năm { $year }
board-ranking-none = Chưa có đơn vị nào có nhiệm vụ đến hạn.
board-downloads = Tải về
board-download-csv = Bảng quý (CSV)
board-download-xlsx = Bảng quý (Excel)
board-sort = Bấm tiêu đề cột để sắp xếp.
board-outcome = { $outcome ->
        [on_time] đúng hạn
        [late] trễ hạn
        [returned] bị trả lại
        [missing] chưa nộp
        [pending] chưa đến hạn
        [accepted] đã duyệt
        [due_soon] sắp đến hạn
        [upcoming] chưa đến hạn
        [overdue] quá hạn
       *[other] —
    }
board-kind = { $kind ->
        [department] Sở, ban, ngành
        [district] Quận, huyện
        [ward] Phường, xã
        [office] Phòng chuyên môn
        [committee] Ban chỉ đạo, hội đồng
        [central] Cơ quan ngành dọc
        [party] Đảng, đoàn thể
        [media] Báo, đài
        [unit] Đơn vị sự nghiệp
        [city] UBND
       *[other] Khác
    }
board-agency-title = { $agency } — năm { $year }
board-agency-focal = Đầu mối: { $names }
board-agency-focal-none = Đầu mối: chưa có
board-agency-chart = Theo quý
board-agency-tasks = Nhiệm vụ chủ trì, từng kỳ trong năm
board-agency-none = Đơn vị này không có nhiệm vụ đến hạn trong năm.
board-agency-unknown = Không có đơn vị này.
board-task-title = Nhiệm vụ { $code }: { $title }
board-task-none = Không có nhiệm vụ này.
board-task-leads = Đơn vị chủ trì và từng kỳ báo cáo
board-back = ← Bảng theo dõi
board-login-needed = Cần đăng nhập. Gõ "bảng theo dõi" (hoặc /bang) trong chat với trợ lý để nhận liên kết đăng nhập.
board-link-used = Liên kết này đã được dùng. Mỗi liên kết chỉ dùng được một lần: gõ "bảng theo dõi" trong chat để nhận liên kết mới.
board-link-expired = Liên kết này đã hết hạn (15 phút). Gõ "bảng theo dõi" trong chat để nhận liên kết mới.
board-link-unknown = Liên kết không hợp lệ. Gõ "bảng theo dõi" trong chat để nhận liên kết mới.
board-not-found = Không có trang này.
board-language = English
