/** A benchmark's result as a RESULTS.md section, for benchmarks whose table is not the write-throughput one. */
export interface Section {
  title: string;
  /** What each row measures and how, one line each. */
  notes: string[];
  /** The table, in Markdown. */
  markdown: string;
}

export const renderSection = (s: Section) => `### ${s.title}\n\n${s.notes.map((n) => `- ${n}`).join('\n')}\n\n${s.markdown}\n`;

/** A numeric setting from the environment, or its default. */
export const setting = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
