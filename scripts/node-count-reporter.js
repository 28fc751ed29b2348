// A node:test reporter that only counts, written beside the human-readable one.
export default async function* counts(source) {
  const c = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite')
      event.data.skip || event.data.todo ? c.skipped++ : c.passed++;
    if (
      event.type === 'test:fail' &&
      (event.data.details?.type !== 'suite' || event.data.details?.error?.failureType !== 'subtestsFailed')
    )
      c.failed++;
  }
  yield JSON.stringify(c);
}
