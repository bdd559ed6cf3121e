using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;

namespace Concord.Cli.Conjunctions;

/// <summary>The collision probability of a screened conjunction, for <c>concord screen --hbr-m</c>. Element sets carry
/// no covariance, so each object gets the documented default covariance of its orbit regime
/// (<see cref="DefaultCovariance"/>), and the method text says so (<c>foster+default-cov</c>): the value is only as good
/// as that assumption. <c>alfano-max</c> needs no covariance (Alfano 2005 maximum, an upper bound).</summary>
internal static class ScreeningCollisionProbability
{
    private const double EarthEquatorialRadiusMeters = 6378137.0;
    private const double MuMetersCubedPerSecondSquared = 3.986004418e14;

    /// <summary>The method names accepted by <c>--pc-method</c>.</summary>
    public static readonly string[] Methods = ["foster", "chan", "alfano-max", "monte-carlo"];

    /// <summary>A computed (or failed) probability with what it assumed.</summary>
    public sealed record Result(CollisionProbability Probability, string MethodText, DefaultCovariance? Primary, DefaultCovariance? Secondary)
    {
        /// <summary>The <c>pc</c> CSV column: the value (invariant, round-trippable) or empty.</summary>
        public string PcText => Probability.Value is { } v ? v.ToString("G6", CultureInfo.InvariantCulture) : string.Empty;
    }

    public static Result Compute(ScreenedConjunction conjunction, double hardBodyRadiusMeters, string method, ulong seed)
    {
        if (method == "alfano-max")
        {
            return new Result(MaximumProbability.CovarianceFree(conjunction.MissDistanceMeters, hardBodyRadiusMeters), "alfano-max", null, null);
        }

        DefaultCovariance primary = ForState(conjunction.PrimaryState);
        DefaultCovariance secondary = ForState(conjunction.SecondaryState);
        ShortTermEncounter encounter = ShortTermEncounter.FromRtnCovariances(conjunction.PrimaryState, conjunction.SecondaryState,
            primary.RtnCovarianceSquareMeters, secondary.RtnCovarianceSquareMeters) with { CovarianceSource = CovarianceSource.RegimeDefault };
        CollisionProbability pc = method switch
        {
            "chan" => encounter.Probability(CollisionProbabilityMethod.Chan, hardBodyRadiusMeters),
            "monte-carlo" => encounter.MonteCarlo(hardBodyRadiusMeters, new MonteCarloOptions { Seed = seed }).Probability,
            _ => encounter.Probability(CollisionProbabilityMethod.Foster2D, hardBodyRadiusMeters),
        };
        string text = method + "+default-cov";
        if (pc.Status != CollisionProbabilityStatus.Ok)
        {
            text += ":" + pc.Status.ToString();
        }

        return new Result(pc, text, primary, secondary);
    }

    /// <summary>The 21-term RTN covariance of a default (position block only; velocity terms unknown, written as 0).</summary>
    public static ImmutableArray<double> CdmCovariance(DefaultCovariance covariance)
    {
        Matrix3x3d c = covariance.RtnCovarianceSquareMeters;
        var terms = new double[21];
        terms[0] = c.M11;
        terms[1] = c.M21;
        terms[2] = c.M22;
        terms[3] = c.M31;
        terms[4] = c.M32;
        terms[5] = c.M33;
        return [.. terms];
    }

    // Perigee and apogee of the osculating two-body orbit through the state (vis-viva and the eccentricity vector).
    private static DefaultCovariance ForState(CartesianState state)
    {
        double r = state.PositionMeters.Length;
        double v2 = state.VelocityMetersPerSecond.LengthSquared;
        double a = 1.0 / ((2.0 / r) - (v2 / MuMetersCubedPerSecondSquared));
        Vector3d h = Vector3d.Cross(state.PositionMeters, state.VelocityMetersPerSecond);
        double e = Math.Sqrt(Math.Max(0.0, 1.0 - (h.LengthSquared / (MuMetersCubedPerSecondSquared * a))));
        if (!(a > 0.0) || e >= 1.0)
        {
            return DefaultCovariance.ForOrbit(r - EarthEquatorialRadiusMeters, r - EarthEquatorialRadiusMeters);
        }

        return DefaultCovariance.ForOrbit((a * (1.0 - e)) - EarthEquatorialRadiusMeters, (a * (1.0 + e)) - EarthEquatorialRadiusMeters);
    }
}
