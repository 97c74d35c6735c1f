/**
 * Makes Ctrl-C (SIGINT) and a scheduler's stop (SIGTERM, as Slurm and Kubernetes send at a time
 * limit) exit the process the usual way (128 + signal number), so that its exit handlers run:
 * the dataset writer's drops its staging folder and the previous dataset stays as it was. Node's
 * default for these signals ends the process without running them.
 */
export function exitOnSignals(): void {
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}
