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
    private const double EarthEquatorialRadiusMeters = 6378137.0;
    private const double MuMetersCubedPerSecondSquared = 3.986004418e14;

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
            PositionBlock(primary.RtnLowerTriangleSi), PositionBlock(secondary.RtnLowerTriangleSi))
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
    private static ObjectCovariance CovarianceOf(ScreeningObject o, CartesianState stateTeme)
    {
        if (o.Ephemeris is { Covariances.IsEmpty: false } ephemeris)
        {
            EphemerisCovariance nearest = ephemeris.Covariances.MinBy(c => Math.Abs((c.Epoch - stateTeme.Epoch).TotalSeconds))!;
            if (Math.Abs((nearest.Epoch - stateTeme.Epoch).TotalSeconds) <= MaxCovarianceAge.TotalSeconds
                && nearest.LowerTriangleSi.Length == EphemerisCovariance.TermCount)
            {
                string frame = (nearest.FrameName ?? ephemeris.Frame.ToString()).ToUpperInvariant();
                if (frame is "RTN" or "RSW" or "RIC" or "UVW")
                {
                    return new ObjectCovariance(nearest.LowerTriangleSi, IsDefault: false);
                }

                if (TryFrame(frame, out ReferenceFrame inertial) && o.Frames is { } frames)
                {
                    CartesianState inFrame = frames.Transform(stateTeme, inertial);
                    return new ObjectCovariance(RotateLowerTriangle(nearest.LowerTriangleSi, Rtn.InertialToRtn(inFrame)), IsDefault: false);
                }
            }
        }

        Matrix3x3d c = ForState(stateTeme).RtnCovarianceSquareMeters;
        var terms = new double[EphemerisCovariance.TermCount];
        terms[0] = c.M11;
        terms[1] = c.M21;
        terms[2] = c.M22;
        terms[3] = c.M31;
        terms[4] = c.M32;
        terms[5] = c.M33;
        return new ObjectCovariance([.. terms], IsDefault: true);
    }

    private static bool TryFrame(string name, out ReferenceFrame frame)
    {
        frame = name switch
        {
            "EME2000" or "J2000" => ReferenceFrame.Eme2000,
            "GCRF" or "ICRF" => ReferenceFrame.Gcrf,
            "TEME" => ReferenceFrame.Teme,
            _ => ReferenceFrame.Itrf,
        };
        return frame != ReferenceFrame.Itrf;
    }

    private static Matrix3x3d PositionBlock(ImmutableArray<double> t) => new(t[0], t[1], t[3], t[1], t[2], t[4], t[3], t[4], t[5]);

    // C_rtn = B C B^T with B = blockdiag(M, M), on the 21-term lower triangle (positions and velocities rotate alike).
    private static ImmutableArray<double> RotateLowerTriangle(ImmutableArray<double> t, Matrix3x3d m)
    {
        var full = new double[6, 6];
        int k = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                full[i, j] = t[k];
                full[j, i] = t[k];
                k++;
            }
        }

        double[,] b = new double[6, 6];
        double[] rows = [m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33];
        for (int block = 0; block < 6; block += 3)
        {
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    b[block + i, block + j] = rows[(3 * i) + j];
                }
            }
        }

        var result = new double[EphemerisCovariance.TermCount];
        k = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = 0.0;
                for (int p = 0; p < 6; p++)
                {
                    for (int q = 0; q < 6; q++)
                    {
                        sum += b[i, p] * full[p, q] * b[j, q];
                    }
                }

                result[k++] = sum;
            }
        }

        return [.. result];
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
