// Fails when a source line is longer than 120 characters (Biome's formatter cannot split strings or comments).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const LIMIT = 120;
const listed = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "src", "test", "scripts"], {
  encoding: "utf8",
});
const files = listed.split("\n").filter((f) => /\.(?:[cm]?[jt]s)$/.test(f) && !f.startsWith("src/generated/"));
let over = 0;
for (const file of files) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      const length = [...line].length;
      if (length > LIMIT) {
        over++;
        console.log(`${file}:${i + 1}: ${length} characters`);
      }
    });
}
if (over) {
  console.error(`${over} line(s) over ${LIMIT} characters`);
  process.exit(1);
}
