# `npm run cli -- directory …`: the agency directory as data.
directory-usage = Cách dùng: directory list [--json] · directory import <tệp.csv|tệp.xlsx> [--dry-run] · directory export [<mã tỉnh/thành>] [--out <tệp.csv|tệp.xlsx>]
directory-none = Chưa có danh bạ cơ quan nào.
directory-line = { $id } · { $name } — { $agencies } cơ quan, { $groups } nhóm{ $retired ->
        [0] {""}
       *[other] , { $retired } ngừng hoạt động
    } ({ $origin ->
        [imported] nhập từ { $file } lúc { $at }
       *[shipped] có sẵn: directory/{ $file }
    })
directory-agency = { $id }	{ $name }	{ $kind }{ $active ->
        [yes] {""}
       *[no] 	ngừng hoạt động
    }
directory-which = Có nhiều danh bạ ({ $ids }): ghi rõ mã, ví dụ: directory export { $first }
directory-unknown = Không có danh bạ "{ $id }". Có: { $ids }
directory-exported = Đã ghi danh bạ { $id } ({ $agencies } cơ quan) vào { $out }.
directory-refused = ✗ { $file }: chưa nhập, danh bạ giữ nguyên — { $count } lỗi:
directory-imported = ✓ { $file }: danh bạ { $name } ({ $id }) — { $agencies } cơ quan, { $groups } nhóm.
directory-dry-run = (thử, chưa ghi gì — bỏ --dry-run để nhập)
directory-changes = Thay đổi: thêm { $added }, bỏ { $removed } (giữ lịch sử, đánh dấu ngừng hoạt động), sửa { $changed }.
directory-change-added = + { $name } ({ $id })
directory-change-removed = − { $name } ({ $id })
directory-change-changed = ~ { $name } ({ $id }): { $fields }
directory-unchanged = Không có gì thay đổi so với danh bạ đang dùng.
directory-stale = { $count } cách gọi cơ quan trong kế hoạch đã nhập không còn khớp như trước (nhập lại kế hoạch để áp dụng):
directory-stale-line = { $plan } { $key } ({ $role }): "{ $phrase }" — trước: { $before }; nay: { $after }
directory-stale-none = không khớp cơ quan nào
directory-warnings = Lưu ý:
directory-more = … và { $count } dòng nữa
directory-problem = dòng { $line }: { $message }
directory-problem-missing-column = thiếu cột "{ $column }" ở dòng tiêu đề (cần: kind, id, name)
directory-problem-unknown-column = cột "{ $column }" không dùng đến
directory-problem-no-jurisdiction = thiếu dòng kind = jurisdiction (mã và tên tỉnh/thành phố của danh bạ)
directory-problem-two-jurisdictions = mỗi tệp chỉ một dòng jurisdiction (một tỉnh/thành phố)
directory-problem-no-id = thiếu mã (cột id)
directory-problem-bad-id = mã "{ $id }" không hợp lệ (chỉ chữ không dấu, số, dấu chấm, gạch)
directory-problem-no-name = thiếu tên (cột name){ $id ->
        [undefined] {""}
       *[other] {" "}của { $id }
    }
directory-problem-duplicate-id = mã { $id } trùng với dòng { $first }
directory-problem-bad-kind = { $id }: loại "{ $kind }" không có (dùng: { $kinds }, group, jurisdiction, remark)
directory-problem-bad-member = nhóm { $id }: "{ $kind }" không phải loại cơ quan (dùng: { $kinds })
directory-problem-unknown-parent = { $id }: cơ quan cấp trên "{ $parent }" không có trong tệp
directory-problem-unknown-group = { $id }: nhóm "{ $group }" không có trong tệp
directory-problem-shared-name = tên "{ $name }" dùng cho cả { $first } và { $id }: kế hoạch ghi tên này sẽ hiểu là { $first }
directory-problem-id-taken = mã { $id } đã thuộc danh bạ { $jurisdiction }
directory-file-unreadable = không đọc được tệp ({ $why })
directory-file-empty = tệp rỗng
directory-file-too-big = tệp quá lớn (tối đa { $max } MB)
directory-file-not-xlsx = không phải bảng tính Excel (.xlsx) đọc được
directory-file-not-utf8 = tệp CSV không phải UTF-8 (trong Excel: Lưu thành "CSV UTF-8")
directory-file-bad-csv = tệp CSV hỏng: { $why }
