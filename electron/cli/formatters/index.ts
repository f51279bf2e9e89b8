import type { BenchReport } from "../../../shared/reports/benchReport";
import type { OutputFormat } from "../benchArgs";
import { formatCsv } from "./csv";
import { formatJson } from "./json";
import { formatJsonl } from "./jsonl";
import { formatMarkdown } from "./markdown";

export const formatters: Record<OutputFormat, (report: BenchReport) => string> = {
  md: formatMarkdown,
  json: formatJson,
  jsonl: formatJsonl,
  csv: formatCsv,
};
