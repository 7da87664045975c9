/**
 * Runs work over a list with at most `jobs` items in flight. The rate limit lives in the token
 * bucket, not here: workers only bound how many requests wait on it at once.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  jobs: number,
  work: (item: T, index: number) => Promise<void>,
  /** Checked before each new item: once true, no new item starts (those in flight finish). */
  shouldStop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !shouldStop()) {
      const index = next++;
      await work(items[index], index);
    }
  };
  const workers = Math.max(1, Math.min(jobs, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
