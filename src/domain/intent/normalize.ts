import { fold } from "../text.js";

// Turns a message into the folded words the lexicon is written in: lowercase,
// no diacritics, abbreviations spelled out, and typing leftovers repaired —
// but only into words the assistant knows, so English words and small talk
// are never "repaired" into requests.

/** Shorthand officials type on phones, spelled out. */
const ABBREVIATIONS: Record<string, string> = {
  ko: "khong",
  k: "khong",
  kg: "khong",
  hok: "khong",
  hem: "khong",
  dc: "duoc",
  dk: "duoc",
  nv: "nhiem vu",
  cv: "cong viec",
  bc: "bao cao",
  ds: "danh sach",
  hnay: "hom nay",
  hqua: "hom qua",
  mk: "minh",
  j: "gi",
  bn: "bao nhieu",
  ntn: "nhu the nao",
  qh: "qua han",
  hdsd: "huong dan su dung",
  tks: "thanks",
  thx: "thanks",
  ty: "thank you",
  pls: "please",
  camon: "cam on",
  quahan: "qua han",
  ok: "ok",
  oke: "ok",
  okela: "ok",
};

/** Words of the lexicon: a damaged word is repaired only into one of these. */
const KNOWN = new Set(
  (
    "nhiem vu cua toi em minh don vi viec cong can lam phai giao han qua tre sap den toi het nop bai viet " +
    "bao cao quy nay sau truoc tuan thang ngay chu tri phoi hop tim kiem tra cuu huong dan giup tro chao " +
    "cam on huy thoi bo dung tiep tuc them trang thong ke xep hang duyet chua roi lich dang tin nhac lai tat " +
    "bat nghi phep om vang mat cong tac khi nao gio bao nhieu danh sach xem cho hoi biet lien ket tai khoan " +
    "zalo telegram hom mai nam so muc hoat dong chi tiet san pham gui tinh trang " +
    "kiem duoc chap nhan ai thieu luot deadline"
  ).split(" "),
);

/** Real words one swap away from a lexicon word ("cầu" is not a misspelt "của"): never repaired. */
const REAL = new Set("cau mia bia chau dau yeu truy cap nau tau bau lau hao ban oan tien".split(" "));

/** Telex tone and vowel marks typed without an input method: "nhieemj vuj cuar" → "nhiem vu cua". */
function unTelex(w: string): string {
  const toneless = /[sfrxj]$/.test(w) && /[aeiouy]/.test(w.slice(0, -1)) ? w.slice(0, -1) : w;
  return toneless
    .replace(/aa/g, "a")
    .replace(/ee/g, "e")
    .replace(/oo/g, "o")
    .replace(/dd/g, "d")
    .replace(/([aou])w/g, "$1");
}

/** VNI marks (digits typed after letters): "nhie6m5" → "nhiem". */
const unVni = (w: string) => w.replace(/(?<=[a-z])[1-9]/g, "");

/** A doubled letter: "nhiemm", "vuu", "toii". */
const undouble = (w: string) => w.replace(/([a-z])\1+/g, "$1");

/** Two neighbouring letters swapped: "hna" → "han". */
function swaps(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  return out;
}

function repair(w: string): string {
  if (KNOWN.has(w) || REAL.has(w) || w.length < 3 || !/^[a-z0-9]+$/.test(w) || /^\d+$/.test(w)) return w;
  for (const candidate of [unVni(w), unTelex(unVni(w)), undouble(w), undouble(unTelex(w))])
    if (KNOWN.has(candidate)) return candidate;
  return swaps(w).find((s) => KNOWN.has(s)) ?? w;
}

/**
 * The message as folded words. Task codes keep their dots ("1,14" → "1.14"),
 * a question mark stays a word of its own, other punctuation separates.
 */
export function normalize(text: string): string {
  const folded = fold(text)
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/\?/g, " ? ")
    .replace(/[^a-z0-9./?&]+/g, " ")
    // A dot stays only inside a code ("1.14"); "nv1.14" is "nv 1.14".
    .replace(/\.(?!\d)|(?<!\d)\./g, " ")
    .replace(/\b([a-z]+)(\d+(?:\.\d+)+)\b/g, "$1 $2");
  const words: string[] = [];
  const raws = folded.split(" ").filter(Boolean);
  for (const [i, raw] of raws.entries()) {
    // Southern "gởi bài" is "gửi bài"; "gọi" (call) folds the same, so only before what is sent.
    if (raw === "goi" && /^(?:bai|bao|file|tep|link)$/.test(raws[i + 1] ?? "")) {
      words.push("gui");
      continue;
    }
    const quarter = /^q([1-4])$/.exec(raw);
    if (quarter) {
      words.push("quy", quarter[1]!);
      continue;
    }
    const w = ABBREVIATIONS[raw] ?? repair(raw);
    words.push(w);
  }
  return words.join(" ");
}
