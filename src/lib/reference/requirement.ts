import type { Indicator, Requirement } from './catalogue.ts';

/**
 * The rule in force for a period: the last requirement whose `from` is not after it. Periods compare as codes of the
 * same kind ("2026M07" ≥ "2026M07"), so a monthly rule applies from its month on. Undefined before the first rule.
 */
export function requirementFor(indicator: Pick<Indicator, 'requirements'>, period: string): Requirement | undefined {
  let found: Requirement | undefined;
  for (const requirement of indicator.requirements) {
    if (requirement.from === undefined || requirement.from <= period) found = requirement;
    else break;
  }
  return found;
}

/** The requirement level over a run of periods, as steps: one entry per stretch with the same level (null = no level). */
export function requirementSteps(indicator: Pick<Indicator, 'requirements'>, periods: readonly string[]): { from: string; to: string; level: number | null }[] {
  const steps: { from: string; to: string; level: number | null }[] = [];
  for (const period of periods) {
    const level = requirementFor(indicator, period)?.level ?? null;
    const last = steps[steps.length - 1];
    if (last && last.level === level) last.to = period;
    else steps.push({ from: period, to: period, level });
  }
  return steps;
}
