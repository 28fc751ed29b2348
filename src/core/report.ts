/** Reports a problem on the console once, under the element's tag, with no personal data. */
export function report(tag: string, message: string, detail?: unknown): void {
  console.error(`[${tag}] ${message}`, ...(detail === undefined ? [] : [detail]));
}
