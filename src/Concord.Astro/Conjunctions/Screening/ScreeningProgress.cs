namespace Concord.Astro.Conjunctions.Screening;

/// <summary>How far a screening run has come.</summary>
/// <param name="Fraction">Fraction of the window filtered, 0 to 1.</param>
/// <param name="CandidatePairs">Pair-intervals that passed the filter so far.</param>
public readonly record struct ScreeningProgress(double Fraction, long CandidatePairs);
