/**
 * Preloaded into server processes that tests start: when the test process is gone (killed, crashed),
 * the server goes too, so no stray server outlives a test run. It never touches the server itself.
 */
const testProcess = process.ppid;
setInterval(() => {
  if (process.ppid !== testProcess) process.kill(process.pid, 'SIGKILL');
}, 500).unref();

export {};
