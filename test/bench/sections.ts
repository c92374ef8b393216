/** Which files of test/bench/ are benchmark sections, in the order run.ts runs them. */

/** The section files to run: kernel.ts first, then by name; only those named in `only` when given. */
export function sectionFiles(files: readonly string[], only: ReadonlySet<string> | null): string[] {
  return files
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .filter((file) => file !== 'run.ts')
    .filter((file) => !only || only.has(file.replace(/\.ts$/, '')))
    .sort((a, b) => (a === 'kernel.ts' ? -1 : b === 'kernel.ts' ? 1 : a.localeCompare(b)));
}
