import { rx } from "../rx.js";
// How people ask for each thing, in normalised words (see normalize.ts):
// Vietnamese without diacritics, and English. One place to add a phrasing.

/** Words wrapped around a request ("cho em xem … ạ", "bot ơi …", "please"). */
export const POLITE = rx(
  "g",
)`\b(?:cho (?:toi|em|minh|chung toi|anh|chi) (?:xem|biet|hoi|xin)|cho xin|(?:toi|em|minh) (?:muon|can|muon biet
    |can biet|xin) ?(?:xem|biet|hoi)?|xin (?:cho )?(?:hoi|xem)?|vui long|lam on|lam phien|bot oi|ban oi|tro ly oi
    |kinh gui tro ly|kinh gui|please|a|nhe|nha|voi|di|ha|vay|nhi|the|ak|ah|oi|giup (?:toi|em|minh))\b`;

/** Whom a greeting or a thanks is addressed to, and the polite particles around it. */
const ADDRESS =
  "(?:ban|bot|em|anh|chi|anh chi|ca nha|moi nguoi|tro ly|tro ly cchc|nhe|nha|a|nhieu|nhieu nhe|lam|so|rat" +
  "|ban nhieu|em nhieu|bot nhieu|nhe bot|the|ok|oke|vang|da|cchc|xin)";
export const GREETING = rx()`^(?:(?:da|vang|a)\s+)?(?:(?:em|toi|minh|xin)\s+)?(?:xin chao|chao|hello|hi|hey|alo
  |he lo|good (?:morning|afternoon|evening)|chao buoi (?:sang|trua|chieu|toi))(?:\s+${ADDRESS})*$`;
export const THANKS = rx()`^(?:(?:da|vang|ok)\s+)?(?:(?:em|toi|minh|chi|anh)\s+)?(?:cam on|cam ?on|thanks|thank you
  |thank|cam on nhieu)(?:\s+${ADDRESS})*$`;
/** "cảm ơn bạn đã hỗ trợ": thanks with a few words of why. */
export const THANKS_FOR =
  /^(?:(?:em|toi|minh)\s+)?(?:cam on|thanks|thank you)\b.{0,40}\b(?:ho tro|giup|giup do|tra loi|nhac|for)\b/;

export const CANCEL = rx()`
    ^(?:(?:thoi )?huy(?: di| nhe| luon)?|huy bo|huy nop bai|huy thao tac|thoi|thoi khoi|thoi bo di|thoi bo qua
    |bo qua(?: di)?
    |thoi khong can nua|thoi khong (?:nop|gui|lam) nua|khong (?:nop |gui |lam )?nua|khong can nua|bo|bo di|dung
    |dung lai|cancel|stop|thoat)$`;
export const RESUME = /^(?:tiep tuc(?: nop bai)?|lam tiep|nop tiep)\b|^continue$/;
export const PAGE_NEXT = rx()`
    ^(?:xem them|tiep|tiep di|tiep theo|trang sau|trang tiep|trang ke|trang tiep theo|them nua|xem them nua|xem tiep
    |more|next|next page)$`;
export const PAGE_PREV = /^(?:quay lai|truoc|trang truoc|lui|back|previous|prev)$/;
/** The labels of the paging buttons at a list's ends, typed. */
export const PAGE_FIRST = /^(?:trang dau|ve trang dau|first page)$/;
export const PAGE_LAST = /^(?:trang cuoi|trang cuoi cung|last page)$/;
export const PAGE_N = /^(?:xem\s+)?(?:trang|page)\s+(\d{1,3})$/;

export const HELP = rx()`
    ^(?:(?:can |xin )?tro giup|giup do|giup|giup voi|giup (?:toi|em|minh|chi|anh|tui)(?: voi)?|huong dan|help|menu
    |\?|hdsd
    |cach dung|tro giup gi|(?:toi|em|minh) phai lam (?:sao|the nao)|lam sao(?: day)?)$|\b(?:huong dan(?! nhiem vu)
    |lam duoc gi|lam gi duoc|co the lam gi|dung the nao|su dung the nao|dung cai nay the nao|cac lenh|nhung lenh|lenh gi
    |khong (?:biet|hieu) (?:dung|cach|lam)|lam sao (?:de|dung)|what can you do|can giup do|how do i|how to use
    |how does (?:this|it) work)\b`;

// Deadline questions: "hạn … là khi nào", "bao giờ phải nộp", "còn bao nhiêu ngày".
export const DEADLINE_Q = rx()`
    \b(?:han(?: cuoi| chot)?(?: nop)?(?: bai)?(?: viet)?.*\b(?:khi nao|bao gio|ngay nao|ngay may|la ngay)|(?:ngay nao
    |khi nao|bao gio) (?:la )?han|han cuoi|han chot|^han (?:nop|gui)\b|bao gio (?:phai )?(?:nop|xong|het han)
    |khi nao (?:phai )?(?:nop|het han|xong)|(?:con|het) (?:bao nhieu|may) ngay|con bao lau|con kip (?:nop|gui)
    |nop (?:bai )?(?:cham nhat|truoc) (?:ngay )?(?:nao|may|bao gio)|(?:nop|gui) (?:bai )?truoc (?:ngay )?(?:nao|may
    |bao gio)|nop truoc ngay|nop khi nao|phai nop khi nao|deadline .*\b(?:khi nao|bao gio|la bao gio)|when is .*\bdue
    |due date)\b`;
export const DEADLINE_ARTICLE = /\b(?:bai|bai viet|nop|gui|article)\b/;

// "tôi đã nộp chưa", "bài của mình duyệt chưa", "have I submitted".
export const STATUS = rx()`
    \b(?:(?=[a-z0-9 ]*\b(?:bai|bao cao)\b)(?:nop|gui|bai)\b[a-z0-9 ]{0,30}\b(?:chua|toi chua|ok chua
    |xong chua)(?: vay| a| nhi| ha)?$|(?:nop|gui) bai roi\b.*\bchua\b|bi tra lai
    |da nop(?: bai)?(?: [a-z0-9 ]{0,20})? chua|nop roi chua|nop (?:bai )?(?:[a-z0-9 ]{0,20})?roi (?:dung )?khong
    |da gui(?: bai)?(?: [a-z0-9 ]{0,20})? chua|gui roi chua|(?:duoc )?(?:duyet|chap nhan|nhan) chua|tinh trang nop
    |trang thai nop|bai da (?:nop|gui)|ket qua nop|kiem tra bai|check bai|xem bai da|have (?:i|we) submitted|did (?:i
    |we) submit|my submissions|our submissions|submission status)\b`;

/** Kinds of agency a reviewer names: "quận nào chưa gửi", "các sở chưa nộp". */
const UNITS = "(?:don vi|so|quan|huyen|phuong|xa|phong|co quan|ban nganh)";
export const REVIEW_MISSING = new RegExp(
  `\\b(?:(?:ai|nhung ai|con ai|${UNITS} nao|(?:nhung|cac) ${UNITS}) (?:con )?(?:chua (?:nop|gui)|con thieu)|` +
    "don vi chua nop|danh sach chua nop|chua nop bai cac don vi|who (?:has|have) not submitted|missing submissions)\\b",
);
export const REVIEW_STATS = rx()`^(?:thong ke|stats|statistics)\b|\b(?:thong ke nop|tinh hinh nop|so lieu
  |tong hop tinh hinh|bao nhieu ${UNITS} (?:da )?(?:nop|gui)|thong ke quy)\b`;
export const REVIEW_RANKING =
  /\b(?:xep hang|bang xep hang|ranking|nop dung han nhieu nhat|top (?:\d+ )?don vi|dung han nhat)\b/;
export const REVIEW_INBOX =
  /\b(?:cho duyet|can duyet|chua duyet|pending reviews?|duyet bai|bai moi|bai (?:nao )?moi(?: (?:gui|nop))?)\b/;
export const ACCESS_REQUESTS = rx()`\b(?:yeu cau truy cap|duyet tai khoan|access requests?
  |(?:ai|nhung ai|nguoi nao) (?:dang )?xin (?:vao|truy cap|tham gia))\b`;

/** A submission's receipt as printed: agency prefix, quarter, number ("SNV-2024Q1-01", "Q.1-2024Q1-02"). */
export const RECEIPT = /(?<![A-Za-z0-9.&-])([A-Za-z0-9.&]{1,24}-\d{4}Q[1-4]-\d{2,4})(?![A-Za-z0-9])/i;
/** A message that may be a decision (on the normalised text): a quick test before the careful one. */
export const MAY_DECIDE = rx()`^(?:(?:ok|oke|vang|da|dong y) )?(?:duyet|chap nhan|accept|approve|tra|khong duyet
  |khong chap nhan|tu choi|return|reject|deny)\b`;
/** Decision words at the start of a message, on the folded (same-length) text. */
export const DECIDE_ACCEPT = /^\s*(?:(?:ok|oke|vang|da|dong y)\s+)?(?:duyet|chap nhan|accept|approve)\b/;
/** A decision word with nothing after it but a reason: "duyệt", "ok duyệt nhé", "trả lại vì thiếu ảnh". */
export const DECIDE_ALONE = rx()`^\s*(?:(?:ok|oke|vang|da|dong y)\s+)?(?:duyet|chap nhan|tra lai|khong duyet)
  (?:\s+(?:nhe|nha|luon|di))?(?=\s*$|\s+(?:vi|ly do|do)\b|\s*[:,-])`;
/** The submission just opened: "trả lại bài này vì …", "duyệt bài đó". */
export const THIS_ONE = /^(?:nay|do|vua mo|vua roi|tren|nay nhe|nay nha)$/;
export const DECIDE_RETURN =
  /^\s*(?:(?:ok|vang|da)\s+)?(?:tra lai|tra ve|tra(?= bai\b)|khong duyet|khong chap nhan|tu choi|return|reject|deny)\b/;
export const DECIDE_OPEN = /^\s*(?:mo|xem|open|show)\b/;
/** "duyệt bài của UBND Quận 1", "trả lại bài viết của Sở Y tế vì …": the agency follows. */
export const DECIDE_OF_AGENCY = /^\s*(?:\S+\s+){1,3}?bai(?:\s+viet)?\s+(?:cua\s+)?(?=\S)/;
/** "duyệt tài khoản 12", "từ chối yêu cầu #12". */
export const DECIDE_ACCOUNT = /\b(?:tai khoan|yeu cau(?: truy cap)?|tk|account|request)\s*(?:so\s*)?#?(\d{1,9})\s*$/;
/** Where a reason starts: "vì …", "lý do: …", ": …". */
export const REASON = /^\s*(?:[,:\-–]\s*)?(?:(?:boi vi|ly do|vi|do|because)\b\s*:?\s*)?/;
/** Not an agency: "duyệt bài quý 1 chưa?" asks about a submission, it decides nothing. */
export const NOT_AGENCY = /^(?:quy|thang|nam|nay|nao|moi|cho)\b|\bchua\s*\??$|\?\s*$/;

export const ROTA = /\b(?:lich dang tin|dang tin|luot dang|posting rota|rota)\b/;

export const SUBMIT = rx()`
    \b(?:nop bai|nop bao cao|nop san pham|nop tin bai|nop bai viet|gui bai|gui bao cao|gui file|gui tep|gui link
    |upload(?: file| bai)?|nop|np bai|submit|bao cao ket qua)\b`;
/** Taking back or changing what was sent: answered with the list of submissions and their options. */
export const CHANGE_SUBMISSION = rx()`\b(?:rut(?: lai)? (?:bai|bao cao)|thu hoi (?:bai|bao cao)
    |huy (?:bai|bao cao) da (?:nop|gui)|thay (?:bai|bao cao)|sua (?:bai|bao cao) da (?:nop|gui)
    |(?:nop|gui) nham (?:bai|file|tep|bao cao)|withdraw|replace my)\b`;

/** A report on a task: "báo cáo 1.13", "1.13 đã hoàn thành", "xong việc 2.3". */
export const REPORT_ON = rx()`
    \b(?:bao cao|nop bao cao(?: nhiem vu)?|xong(?: viec)?|hoan thanh(?: viec)?)\s+(?:nhiem vu\s+)?(CODE)\b
    |\b(CODE)\s+(?:da\s+)?(?:hoan thanh|xong)\b`;

/** What is put off, between the verb and the delay: "hoãn 1.10 …", "dời bài viết …" (CODE: see detect.ts). */
const SNOOZED = String.raw`(?: (?:(?:viec |nhiem vu )?CODE|bai viet(?: quy \d)?))?`;
export const SNOOZE = rx()`
    \bnhac (?:lai|toi|minh)? ?(?:sau|trong) (\d{1,2}) (?:ngay|hom)\b|\b(?:(?:de|cho) )?(\d{1,2}) (?:hom
    |ngay) nua (?:hay |roi )?nhac\b|\bmai nhac lai\b|\bnhac (?:lai )?(?:vao )?(?:ngay )?mai\b|\b(?:tuan sau
    |tuan toi) nhac(?: lai)?\b|\bnhac (?:lai )?(?:vao )?tuan (?:sau|toi)\b
    |\b(?:hoan|doi|lui)(?: lai)?${SNOOZED}(?: them)? (?:sau |trong )?(\d{1,2}) (?:ngay|hom)\b
    |\b(?:hoan|doi|lui)(?: lai)?${SNOOZED} (?:den |sang |toi )?(?:tuan sau|tuan toi|ngay mai|mai)\b
    |\bsnooze\b`;
export const MUTE =
  /\b(?:tat nhac|tat thong bao|dung nhac|khong nhac|dung nhac nua|khong can nhac|stop reminding|mute)\b/;
export const UNMUTE = /\b(?:bat (?:lai )?nhac|mo (?:lai )?nhac)\b/;
/** Going away: a leave word, or a bare "nghỉ" with the day one is back ("nghỉ đến thứ 2"). */
export const AWAY = /\b(?:nghi phep|nghi om|nghi thai san|vang mat|di vang|di cong tac|cong tac|di hoc|on leave)\b/;
export const AWAY_UNTIL = /\bnghi\b.*\b(?:den|toi|het|until)\b/;
export const BACK = rx()`\b(?:da di lam lai|di lam lai|da di lam|da ve co quan|ve co quan|(?:tro lai|ve) lam viec
  |het nghi phep|back at work)\b`;
export const NOTIFY_CHANNEL = /\b(?:nhac|nhan nhac)\b.*\b(zalo|telegram|ca hai)\b/;
export const LINK = /\b(?:lien ket|noi tai khoan)\b.*\b(?:zalo|telegram)\b|\b(?:zalo|telegram)\b.*\b(?:lien ket|noi)\b/;
export const LANGUAGE = /^(?:english(?: please)?|in english|tieng anh|tieng viet|vietnamese)$/;

// Searching: "tìm …", "nhiệm vụ về …", "có nhiệm vụ nào về … không", "việc nào nói về …".
export const SEARCH = rx()`
    ^(?:tim kiem|tim|tra cuu|search|loc|kiem(?! tra))\s+(?:nhiem vu|viec|cong viec)?\s*(?:co chu|ve|lien quan den
    |lien quan)?\s*(.+)$`;
export const ABOUT = rx()`\b(?:nhiem vu|viec|cong viec)(?: nao)?\s+(?:ve|lien quan den|lien quan toi|lien quan
    |noi ve)\s+(.+?)(?:\s+(?:khong|ko))?\s*\??$`;

// Filters of the task list.
export const OVERDUE = rx()`\b(?:qua han|tre han|tre hen|tre roi|tre deadline|(?<!sap )het han roi|(?:chua lam
    |chua xong)\b.*\b(?:da )?het han|lam tre|bi tre|da tre|viec tre|qua deadline|qua thoi han|cham tien do|no viec
    |dang no|con no|overdue|late tasks?|quahan|did we miss|missed)\b`;
export const DUE_SOON = rx()`
    \b(?:sap (?:den|toi|het|dao) (?:han|deadline)|sap den|sap toi|sap het han|gan (?:den |toi )?han|can lam gap
    |viec gap|co (?:viec )?gi gap|gap khong|sap phai nop|han gan|deadline sap toi|due soon|coming up)\b`;
export const QUARTER_THIS = /\b(?:quy nay|quy hien tai|trong quy|this quarter)\b/;
export const QUARTER_NEXT = /\b(?:quy sau|quy toi|next quarter)\b/;
export const QUARTER_N = /\bquy\s+(iv|i{1,3}|[1-4]|mot|hai|ba|bon|tu)\b/;
export const LEAD = /\b(?:chu tri|lam chinh|we lead)\b/;
export const SUPPORT = /\b(?:phoi hop|we support)\b/;
export const MINE = rx()`
    \b(?:nhiem vu|viec|cong viec|task|tasks|danh sach|cua toi|cua em|cua minh|cua don vi|can lam|phai lam|duoc giao
    |giao cho|list|my tasks)\b`;

/** Words that make a span of days a question about tasks ("tháng này có gì", "hôm nay có hạn gì"). */
export const TASK_ANCHOR =
  /\b(?:viec|nhiem vu|cong viec|co gi|han|deadline|due|task|tasks|nop|lam|phai|can|xong|hoan thanh|anything)\b/;
/** "có gì phải nộp", "phải làm gì": asking what is due, not asking to submit. */
export const WHAT_IS_DUE = rx()`
    \b(?:co (?:viec )?gi|gi) (?:phai|can) nop\b|\b(?:co (?:viec )?gi) (?:phai|can) lam gap\b|\b(?:phai|can) nop (?:gi
    |nhung gi)\b`;

/** Questions and requests, as opposed to words one would store as a title or an article. */
export const QUESTION = /\?|\b(?:khi nao|bao gio|bao nhieu|may|chua|khong|gi|nao|the nao|ra sao|what|when|which|how)$/;

/** An admin loading a plan file ("nhập kế hoạch", "tải kế hoạch mới lên"); not "gửi kế hoạch" (a report). */
const LOAD_VERB = "(?:nhap|nap|tai len|tai|cap nhat|thay|upload|import)";
const PLAN_NAMED = "(?:(?:tep|file|ban) )?ke hoach(?: cchc| cai cach hanh chinh)?(?: moi)?(?: len)?";
export const BOARD = /\b(?:bang theo doi|bang tien do|bang dieu khien|dashboard|trang theo doi|(?:web |the )?board)\b/;
export const PLAN_UPLOAD = new RegExp(`\\b${LOAD_VERB} ${PLAN_NAMED}$|\\b(?:nhap|nap) ke hoach\\b`);
