using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Ephemerides;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Cli.Conjunctions;

/// <summary>The collision probability of a screened conjunction, for <c>concord screen --hbr-m</c>. An operator
/// ephemeris (OEM) with covariance supplies its own (the covariance nearest TCA, within an hour); element sets carry
/// none, so such an object gets the documented default covariance of its orbit regime (<see cref="DefaultCovariance"/>)
/// and the method text says so (<c>foster+default-cov</c>): the value is then only as good as that assumption.
/// <c>alfano-max</c> needs no covariance (Alfano 2005 maximum, an upper bound).</summary>
internal static class ScreeningCollisionProbability
{
    /// <summary>The method names accepted by <c>--pc-method</c>.</summary>
    public static readonly string[] Methods = ["foster", "chan", "alfano-max", "monte-carlo"];

    /// <summary>A computed (or failed) probability with what it assumed: each object's 6×6 RTN covariance (21 terms,
    /// SI) and whether it was a default.</summary>
    public sealed record Result(CollisionProbability Probability, string MethodText, ObjectCovariance? Primary, ObjectCovariance? Secondary)
    {
        /// <summary>The <c>pc</c> CSV column: the value (invariant, round-trippable) or empty.</summary>
        public string PcText => Probability.Value is { } v ? v.ToString("G6", CultureInfo.InvariantCulture) : string.Empty;
    }

    /// <summary>One object's covariance at TCA in its own RTN axes (21 lower-triangle terms, SI), and its origin.</summary>
    public sealed record ObjectCovariance(ImmutableArray<double> RtnLowerTriangleSi, bool IsDefault);

    private static readonly Duration MaxCovarianceAge = Duration.FromMinutes(60);

    public static Result Compute(ScreenedConjunction conjunction, IReadOnlyList<ScreeningObject> objects, double hardBodyRadiusMeters,
        string method, ulong seed)
    {
        if (method == "alfano-max")
        {
            return new Result(MaximumProbability.CovarianceFree(conjunction.MissDistanceMeters, hardBodyRadiusMeters), "alfano-max", null, null);
        }

        ObjectCovariance primary = CovarianceOf(objects[conjunction.PrimaryIndex], conjunction.PrimaryState);
        ObjectCovariance secondary = CovarianceOf(objects[conjunction.SecondaryIndex], conjunction.SecondaryState);
        bool anyDefault = primary.IsDefault || secondary.IsDefault;
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(conjunction.PrimaryState, conjunction.SecondaryState,
            RtnCovariance.PositionBlock(primary.RtnLowerTriangleSi), RtnCovariance.PositionBlock(secondary.RtnLowerTriangleSi))
            with { CovarianceSource = anyDefault ? CovarianceSource.RegimeDefault : CovarianceSource.Supplied };
        CollisionProbability pc = method switch
        {
            "chan" => encounter.Probability(CollisionProbabilityMethod.Chan, hardBodyRadiusMeters),
            "monte-carlo" => encounter.MonteCarlo(hardBodyRadiusMeters, new MonteCarloOptions { Seed = seed }).Probability,
            _ => encounter.Probability(CollisionProbabilityMethod.Foster2D, hardBodyRadiusMeters),
        };
        string text = anyDefault ? method + "+default-cov" : method;
        if (pc.Status != CollisionProbabilityStatus.Ok)
        {
            text += ":" + pc.Status.ToString();
        }

        return new Result(pc, text, primary, secondary);
    }

    // The ephemeris covariance nearest TCA (within an hour), in the object's RTN axes; else the regime default.
    private static ObjectCovariance CovarianceOf(ScreeningObject o, CartesianState stateTeme) =>
        o.Ephemeris is { } ephemeris && o.Frames is { } frames && RtnCovariance.Nearest(ephemeris, stateTeme, frames, MaxCovarianceAge) is { } supplied
            ? new ObjectCovariance(supplied, IsDefault: false)
            : new ObjectCovariance(RtnCovariance.FromPositionBlock(DefaultCovariance.ForState(stateTeme).RtnCovarianceSquareMeters), IsDefault: true);
}
