import { ValidationError } from '../errors.js'

/** The reference's system setting gamification.points_per_story_point. */
export const DEFAULT_POINTS_PER_STORY_POINT = 10

/**
 * Points a task earns when it becomes completed: story points × 10 × difficulty modifier,
 * truncated toward zero (3 × 10 × 1.5 = 45; 3 × 10 × 1.25 = 37.5 → 37). A null modifier counts
 * as × 1. The modifier is stored as DECIMAL(3,2), so it is taken to 2 decimals and the product is
 * computed in integer hundredths: floating point (and the reference's SQLite REAL trigger) turns
 * 10 × 10 × 0.29 into 28.999… → 28, where the exact answer is 29.
 * @throws ValidationError when story points or the modifier are negative or not finite.
 */
export function taskCompletionPoints(
  storyPoints: number,
  difficultyModifier: number | null,
  pointsPerStoryPoint: number = DEFAULT_POINTS_PER_STORY_POINT,
): number {
  const issues: { pointer: string; message: string }[] = []
  if (!Number.isFinite(storyPoints) || storyPoints < 0) {
    issues.push({ pointer: '/storyPoints', message: 'must be a finite number ≥ 0' })
  }
  if (difficultyModifier !== null && (!Number.isFinite(difficultyModifier) || difficultyModifier < 0)) {
    issues.push({ pointer: '/difficultyModifier', message: 'must be a finite number ≥ 0 or null' })
  }
  if (!Number.isInteger(pointsPerStoryPoint) || pointsPerStoryPoint < 0) {
    issues.push({ pointer: '/pointsPerStoryPoint', message: 'must be an integer ≥ 0' })
  }
  if (issues.length > 0) {
    throw new ValidationError('invalid points input', issues)
  }
  const modifierHundredths = Math.round((difficultyModifier ?? 1) * 100)
  // Story points may be fractional (0.5); scale them to hundredths too so the product stays an integer.
  const storyHundredths = Math.round(storyPoints * 100)
  const product = storyHundredths * pointsPerStoryPoint * modifierHundredths
  return Math.trunc(product / 10_000)
}
