// A generated HCMC-style appendix of `n` tasks coded 1.1 … 1.n (the codes run
// as wide as they need): for import limits in the tests and the benchmark.

const HEADER = "STT\tNhiệm vụ cụ thể\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành";

export function generatedPlan(n: number, title = (i: number) => `Nhiệm vụ thử số ${i}`): string {
  const rows = Array.from(
    { length: n },
    (_, k) => `1.${k + 1}\t${title(k + 1)}\tBáo cáo\tGiám đốc Sở Nội vụ\tSở Tư pháp\tQuý II/2024`,
  );
  return [
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
    "KẾ HOẠCH",
    "Thử nghiệm cải cách hành chính năm 2024",
    "PHỤ LỤC",
    HEADER,
    "1\tCông tác chỉ đạo, điều hành\t\t\t\t",
    ...rows,
    "",
  ].join("\n");
}
