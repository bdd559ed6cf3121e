using System.Collections.Immutable;

namespace Concord.Hub.Conjunctions;

/// <summary>The Pc of one screened conjunction and the covariances it assumed (<see cref="ConjunctionProbability.Assess"/>).</summary>
/// <param name="Pc">The probability, or null when the geometry does not allow one.</param>
/// <param name="PrimaryRtnCovariance">The primary's 6×6 RTN covariance at TCA, 21 lower-triangle terms, SI (CDM order).</param>
/// <param name="PrimaryIsDefault">Whether it is the regime default rather than the operator's.</param>
/// <param name="SecondaryRtnCovariance">The secondary's, likewise.</param>
/// <param name="SecondaryIsDefault">Whether it is the regime default.</param>
internal sealed record ConjunctionAssessment(double? Pc, ImmutableArray<double> PrimaryRtnCovariance, bool PrimaryIsDefault,
    ImmutableArray<double> SecondaryRtnCovariance, bool SecondaryIsDefault);
