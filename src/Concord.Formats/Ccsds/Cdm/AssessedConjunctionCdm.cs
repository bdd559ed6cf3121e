using Concord.Astro.Conjunctions.Assessment;
using Concord.Astro.Conjunctions.Probability;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>Maps the engine's typed result (<see cref="AssessedConjunction"/>) to a CCSDS 508.0-B-1 CDM: the one place
/// where <c>concord screen --cdm-dir</c> and the hub's stored CDMs are made.</summary>
/// <remarks>
/// <para>The relative data, states (TEME, written in EME2000) and metadata are written by
/// <see cref="ConjunctionCdmBuilder"/>. From the assessment come <c>COLLISION_PROBABILITY</c> (only when computed),
/// <c>COLLISION_PROBABILITY_METHOD</c> (<see cref="CdmMethodName"/>), and each object's RTN covariance with
/// <c>COVARIANCE_METHOD</c> <c>CALCULATED</c> (the operator's) or <c>DEFAULT</c> (the regime default, or none when the
/// method used no covariance: the zero placeholder the builder writes).</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class AssessedConjunctionCdm
{
    private const string Calculated = "CALCULATED";
    private const string Default = "DEFAULT";

    /// <summary>The CDM of <paramref name="assessed"/>.</summary>
    /// <param name="assessed">The conjunction and its assessment.</param>
    /// <param name="options">Message identity, creation time, screening window and volume, frames; its probability
    /// fields are replaced by the assessment's.</param>
    /// <param name="primary">OBJECT1's metadata (its covariance fields are replaced by the assessment's).</param>
    /// <param name="secondary">OBJECT2's metadata, likewise.</param>
    public static Cdm Build(AssessedConjunction assessed, ConjunctionCdmOptions options, ConjunctionCdmObjectInfo? primary,
        ConjunctionCdmObjectInfo? secondary)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        ArgumentNullException.ThrowIfNull(options);
        return ConjunctionCdmBuilder.Build(assessed.Conjunction,
            options with { CollisionProbability = assessed.Pc, CollisionProbabilityMethod = CdmMethodName(assessed.Probability.Method) },
            WithCovariance(primary, assessed.Primary), WithCovariance(secondary, assessed.Secondary));
    }

    /// <summary>The <c>COLLISION_PROBABILITY_METHOD</c> written for a method: <c>FOSTER-1992</c>, <c>CHAN-1997</c>,
    /// <c>ALFANO-2005</c> (the covariance-free maximum), <c>MONTE-CARLO</c>; the enum name in upper case otherwise.</summary>
    public static string CdmMethodName(CollisionProbabilityMethod method) => method switch
    {
        CollisionProbabilityMethod.Foster2D => "FOSTER-1992",
        CollisionProbabilityMethod.Chan => "CHAN-1997",
        CollisionProbabilityMethod.AlfanoMaximum => "ALFANO-2005",
        CollisionProbabilityMethod.MonteCarlo => "MONTE-CARLO",
        _ => method.ToString().ToUpperInvariant(),
    };

    private static ConjunctionCdmObjectInfo WithCovariance(ConjunctionCdmObjectInfo? info, AssessedObject assessed) =>
        (info ?? new ConjunctionCdmObjectInfo()) with
        {
            RtnCovarianceSi = assessed.RtnCovariance,
            CovarianceMethod = assessed.CovarianceSource == CovarianceSource.Supplied ? Calculated : Default,
        };
}
