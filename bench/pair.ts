/**
 * Runs `a` and `b` once each: `a` first on even repetitions `i`, `b` first on odd ones. A run is
 * slower right after a run that wrote more (the kernel is still writing that run's files back), so
 * always running one side first would favour the other; the bench alternates which goes first.
 */
export function pair(i: number, a: () => void, b: () => void): void {
  if (i % 2 === 0) {
    a();
    b();
  } else {
    b();
    a();
  }
}
