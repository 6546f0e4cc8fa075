import { describe, expect, it } from "vitest";
import { detectIntent, type IntentName } from "../../src/domain/intent.js";

// Realistic phrasings officials type on a phone: with and without diacritics,
// typos, polite forms, different word orders.
const PHRASES: [string, IntentName][] = [
  ["nhiệm vụ của tôi", "my_tasks"],
  ["nhiem vu cua toi", "my_tasks"],
  ["Nhiệm vụ của tôi?", "my_tasks"],
  ["NHIỆM VỤ CỦA TÔI", "my_tasks"],
  ["nhiệm vụ", "my_tasks"],
  ["nv cua toi", "my_tasks"],
  ["cho tôi xem nhiệm vụ", "my_tasks"],
  ["cho em xem nhiệm vụ của đơn vị ạ", "my_tasks"],
  ["em muốn biết nhiệm vụ của đơn vị mình", "my_tasks"],
  ["đơn vị tôi có những nhiệm vụ gì", "my_tasks"],
  ["việc của tôi", "my_tasks"],
  ["công việc được giao", "my_tasks"],
  ["danh sách nhiệm vụ", "my_tasks"],
  ["tôi cần làm gì", "my_tasks"],
  ["nhiem vuu cua toi", "my_tasks"],
  ["nhiem vu cua toii", "my_tasks"],
  ["nhim vu cua toi", "my_tasks"],
  ["xin chào, cho hỏi nhiệm vụ của phòng mình", "my_tasks"],
  ["/nhiemvu", "my_tasks"],
  ["việc sắp đến hạn", "due_soon"],
  ["viec sap den han", "due_soon"],
  ["nhiệm vụ sắp hết hạn", "due_soon"],
  ["sắp tới hạn chưa", "due_soon"],
  ["có việc gì gấp không", "due_soon"],
  ["việc cần làm trong 7 ngày tới", "due_soon"],
  ["nhiệm vụ trong 30 ngày", "due_soon"],
  ["tuần này phải làm gì", "due_soon"],
  ["nhiệm vụ gần đến hạn", "due_soon"],
  ["sap den han", "due_soon"],
  ["sap dn han", "due_soon"],
  ["/sapden", "due_soon"],
  ["/sapden 30", "due_soon"],
  ["quá hạn", "overdue"],
  ["qua han", "overdue"],
  ["nhiệm vụ quá hạn", "overdue"],
  ["việc nào bị trễ hạn", "overdue"],
  ["có nhiệm vụ nào trễ hẹn không", "overdue"],
  ["quá hạn quý này", "overdue"],
  ["em muốn xem các việc đã quá hạn ạ", "overdue"],
  ["qua hna", "overdue"],
  ["/quahan", "overdue"],
  ["nhiệm vụ quý này", "quarter"],
  ["quý này có gì", "quarter"],
  ["quy nay", "quarter"],
  ["nhiệm vụ quý 2", "quarter"],
  ["quý II làm gì", "quarter"],
  ["việc quý sau", "quarter"],
  ["nhiem vu quy 4", "quarter"],
  ["/quy 3", "quarter"],
  ["nhiệm vụ chủ trì", "lead_only"],
  ["việc đơn vị mình chủ trì", "lead_only"],
  ["chu tri", "lead_only"],
  ["/chutri", "lead_only"],
  ["nhiệm vụ phối hợp", "support_only"],
  ["những việc phối hợp", "support_only"],
  ["phoi hop", "support_only"],
  ["nhiệm vụ 1.14", "task_detail"],
  ["nv 3.2", "task_detail"],
  ["xem nhiệm vụ 1.4.1", "task_detail"],
  ["1.14", "task_detail"],
  ["chi tiết 2.3", "task_detail"],
  ["cho tôi xem nhiệm vụ 7.7 ạ", "task_detail"],
  ["VII/3.12", "task_detail"],
  ["tìm chuyển đổi số", "search"],
  ["tim chuyen doi so", "search"],
  ["tìm kiếm một cửa", "search"],
  ["tra cứu chữ ký số", "search"],
  ["nhiệm vụ về chuyển đổi số", "search"],
  ["/timkiem ISO 9001", "search"],
  ["nộp bài", "submit"],
  ["nop bai", "submit"],
  ["gửi bài viết quý này", "submit"],
  ["tôi muốn nộp báo cáo", "submit"],
  ["/nop", "submit"],
  ["tôi đã nộp chưa?", "submission_status"],
  ["toi da nop chua", "submission_status"],
  ["đơn vị mình nộp bài chưa", "submission_status"],
  ["tình trạng nộp bài", "submission_status"],
  ["/danop", "submission_status"],
  ["trợ giúp", "help"],
  ["tro giup", "help"],
  ["hướng dẫn", "help"],
  ["help", "help"],
  ["bot làm được gì", "help"],
  ["hướng dẫn sử dụng", "help"],
  ["/trogiup", "help"],
  ["/start", "start"],
  ["/start ABCD1234", "start"],
  ["/lang en", "language"],
  ["/huy", "cancel"],
  ["thời tiết hôm nay thế nào", "fallback"],
  ["asdfgh", "fallback"],
  ["/khonglenhnay", "fallback"],
];

describe("intent detection", () => {
  it("has a broad list", () => expect(PHRASES.length).toBeGreaterThanOrEqual(80));

  it("maps at least 90 % of realistic phrasings to the right intent", () => {
    const wrong = PHRASES.filter(([text, want]) => detectIntent(text).intent !== want).map(
      ([text, want]) => `${text} → ${detectIntent(text).intent} (want ${want})`,
    );
    const rate = 1 - wrong.length / PHRASES.length;
    expect(wrong, wrong.join("\n")).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("extracts parameters", () => {
    expect(detectIntent("việc cần làm trong 7 ngày tới").params.days).toBe(7);
    expect(detectIntent("việc sắp đến hạn").params.days).toBe(14);
    expect(detectIntent("/sapden 30").params.days).toBe(30);
    expect(detectIntent("nhiệm vụ quý II").params.quarter).toBe(2);
    expect(detectIntent("quá hạn quý này")).toMatchObject({ intent: "overdue", params: { quarter: "this" } });
    expect(detectIntent("nhiệm vụ chủ trì sắp đến hạn").params).toMatchObject({ role: "lead", days: 14 });
    expect(detectIntent("nv 3.2").params.code).toBe("3.2");
    expect(detectIntent("1.2.").params.code).toBe("1.2");
    expect(detectIntent("tìm chuyển đổi số").params.query).toBe("chuyển đổi số");
    expect(detectIntent("/start ABCD1234").params.arg).toBe("ABCD1234");
    expect(detectIntent("/khonglenhnay").params.command).toBe("khonglenhnay");
  });

  it("reads decisions in words, keeping the reviewer's own spelling of the reason", () => {
    const d = (text: string) => detectIntent(text);
    expect(d("duyệt SNV-2024Q1-01")).toEqual({
      intent: "review_decide",
      params: { receipt: "SNV-2024Q1-01", accept: true },
    });
    expect(d("Trả lại q.1-2024q1-02 vì thiếu số liệu quý I")).toEqual({
      intent: "review_decide",
      params: { receipt: "Q.1-2024Q1-02", accept: false, comment: "thiếu số liệu quý I" },
    });
    expect(d("trả lại SNV-2024Q1-01: Thiếu ảnh").params.comment).toBe("Thiếu ảnh");
    expect(d("trả lại SNV-2024Q1-01").params).toEqual({ receipt: "SNV-2024Q1-01", accept: false });
    expect(d("duyệt bài của UBND Quận 1")).toEqual({
      intent: "review_decide",
      params: { agency: "UBND Quận 1", accept: true },
    });
    expect(d("trả lại bài viết của Sở Y tế vì sai mẫu").params).toEqual({
      agency: "Sở Y tế",
      accept: false,
      comment: "sai mẫu",
    });
    expect(d("duyệt tài khoản 12")).toEqual({ intent: "access_decide", params: { user: 12, accept: true } });
    expect(d("từ chối yêu cầu #7")).toEqual({ intent: "access_decide", params: { user: 7, accept: false } });
    expect(d("/duyettk 12")).toEqual({ intent: "access_decide", params: { user: 12, accept: true } });
    expect(d("ok duyệt nhé")).toEqual({ intent: "review_decide", params: { accept: true } });
    expect(d("trả lại bài này vì thiếu ảnh")).toEqual({
      intent: "review_decide",
      params: { accept: false, comment: "thiếu ảnh" },
    });
    expect(d("có bài nào mới không").intent).toBe("review_inbox");
    expect(d("SNV-2024Q1-01").intent).toBe("review_open");
    expect(d("xem P.3-2024Q1-01")).toEqual({ intent: "review_open", params: { receipt: "P.3-2024Q1-01" } });
    expect(d("/duyet SNV-2024Q1-01").intent).toBe("review_open");
    // Not decisions: the inbox, the request list, a question about one's own submission.
    expect(d("/duyet").intent).toBe("review_inbox");
    expect(d("duyệt bài").intent).toBe("review_inbox");
    expect(d("duyệt tài khoản").intent).toBe("access_requests");
    expect(d("duyệt bài quý 1 chưa?").intent).not.toBe("review_decide");
    expect(d("bài viết được duyệt chưa").intent).toBe("submission_status");
  });

  it("copes with empty, huge and odd input", () => {
    expect(detectIntent("").intent).toBe("fallback");
    expect(detectIntent("   ").intent).toBe("fallback");
    expect(detectIntent("🙂🙂🙂").intent).toBe("fallback");
    expect(detectIntent("a".repeat(20_000)).intent).toBe("fallback");
    expect(detectIntent(`nhiệm vụ của tôi ${"x ".repeat(10_000)}`).intent).toBe("my_tasks");
  });
});
