/**
 * Rule: a result is an estimate, not the final figure, when its clause says 预计 or 初步核算 / 初步统计, or 约 / 大约
 * stands right before its figure (DESIGN.md Result.estimate: 预计 / 初步核算 / 约).
 * Input: the clause up to and including the figure's words (`text` of the result) and the clause before it.
 */
export function isEstimate(clausePrefix: string, resultText: string): boolean {
  return /预计|初步核算|初步统计|初步测算/.test(clausePrefix) || /(?:^|[^大])约\d|大约\d/.test(resultText);
}
