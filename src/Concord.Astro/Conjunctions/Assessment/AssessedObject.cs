using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Probability;

namespace Concord.Astro.Conjunctions.Assessment;

/// <summary>One object of an <see cref="AssessedConjunction"/>: where its trajectory came from and the covariance the
/// probability assumed.</summary>
/// <param name="Id">The object's identifier.</param>
/// <param name="EntryIndex">Index of its <see cref="ConjunctionCatalogEntry"/> in the catalog.</param>
/// <param name="Source">Where its trajectory came from.</param>
/// <param name="RtnCovariance">Its 6×6 position/velocity covariance at TCA in its own RTN axes: 21 lower-triangle terms
/// row by row (R, T, N, Ṙ, Ṫ, Ṅ), m², m²/s, m²/s² (the CDM's <c>CR_R</c> … <c>CNDOT_NDOT</c> order); default (absent)
/// when the method used none (<see cref="CollisionProbabilityMethod.AlfanoMaximum"/>).</param>
/// <param name="CovarianceSource">Whether the covariance is the operator's (<see cref="Probability.CovarianceSource.Supplied"/>,
/// CDM <c>COVARIANCE_METHOD = CALCULATED</c>), the regime default (<see cref="Probability.CovarianceSource.RegimeDefault"/>,
/// <c>DEFAULT</c>) or not used.</param>
/// <remarks>Immutable.</remarks>
public sealed record AssessedObject(string Id, int EntryIndex, TrajectorySource Source, ImmutableArray<double> RtnCovariance,
    CovarianceSource CovarianceSource);
