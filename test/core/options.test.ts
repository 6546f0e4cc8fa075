import { describe, expect, it } from "vitest";
import { pickOption } from "../../src/core/options.js";

const options = [
  { label: "Tiếp tục", data: "fl:r" },
  { label: "Dùng tin vừa gõ làm câu trả lời", data: "fl:h" },
  { label: "Hủy", data: "x" },
  { label: "Xem thêm »", data: "tl:2" },
];

describe("picking an option by its label", () => {
  it("takes the label typed with or without diacritics, or an unambiguous start ending at a word", () => {
    expect(pickOption(options, "Hủy")).toBe("x");
    expect(pickOption(options, "huy")).toBe("x");
    expect(pickOption(options, "tiep tuc")).toBe("fl:r");
    expect(pickOption(options, "xem thêm")).toBe("tl:2");
    expect(pickOption(options, "Dùng tin vừa gõ")).toBe("fl:h");
    expect(pickOption(options, "dung tin")).toBe("fl:h");
  });

  it("never takes a different word that folds alike, nor half a word", () => {
    // "dừng" is stop; "Dùng" is use: typed with its marks it is not the option.
    expect(pickOption(options, "dừng")).toBeNull();
    expect(pickOption(options, "xem th")).toBeNull();
  });
});
