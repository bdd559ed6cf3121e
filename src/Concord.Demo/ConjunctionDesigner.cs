using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Demo;

/// <summary>Designs a secondary orbit that passes a primary at a chosen time and miss distance, using the real SGP4
/// propagator, and measures closest approaches. Thread-safe.</summary>
/// <remarks>
/// <para>Method: the secondary keeps its inclination, eccentricity and drag term. Its plane is turned (right ascension
/// of the node) so that it contains the primary's position at TCA, its argument of perigee puts the crossing at a chosen
/// true anomaly (so its period differs from the primary's and the encounter does not repeat every revolution), and its
/// mean anomaly is timed to arrive then; spherical trigonometry as in Vallado, "Fundamentals of Astrodynamics and
/// Applications", 4th ed. (2013), section 2.6. Two-body timing ignores J2, so the guess is then corrected with SGP4
/// itself (Vallado et al. 2006): first by matching the osculating node and argument of latitude, then by Newton steps
/// on (node, mean anomaly, mean motion) with a finite-difference Jacobian, until the SGP4 position at TCA is the
/// primary's plus a miss vector perpendicular to the relative velocity (so that TCA is a minimum of the range).</para>
/// </remarks>
internal static class ConjunctionDesigner
{
    private const int SecularIterations = 4;
    private const int NewtonIterations = 30;
    private const double ConvergedMeters = 1e-3;

    /// <summary>The secondary's elements, or null when SGP4 refuses them or Newton does not converge.</summary>
    /// <param name="primary">The primary's propagator.</param>
    /// <param name="template">Epoch, inclination, eccentricity and B* of the secondary; other elements are replaced.</param>
    /// <param name="tca">Designed time of closest approach.</param>
    /// <param name="missMeters">Designed miss distance, metres.</param>
    /// <param name="crossingTrueAnomalyRadians">The secondary's true anomaly at the encounter.</param>
    /// <param name="descending">Meet on the secondary's descending half of the orbit.</param>
    public static Sgp4Elements? Design(Sgp4Propagator primary, Sgp4Elements template, Epoch tca, double missMeters,
        double crossingTrueAnomalyRadians, bool descending)
    {
        Sgp4Result primaryAtTca = primary.Propagate((tca - primary.Elements.Epoch).TotalMinutes);
        if (!primaryAtTca.Success)
        {
            return null;
        }

        Vector3d target = primaryAtTca.PositionMeters;
        double radiusMeters = target.Length;
        double declination = Math.Asin(target.Z / radiusMeters);
        double rightAscension = Math.Atan2(target.Y, target.X);
        double inclination = template.InclinationRadians;
        double sinLatitudeArgument = Math.Sin(declination) / Math.Sin(inclination);
        if (Math.Abs(sinLatitudeArgument) > 0.98)
        {
            return null;
        }

        double argumentOfLatitude = Math.Asin(sinLatitudeArgument);
        if (descending)
        {
            argumentOfLatitude = Math.PI - argumentOfLatitude;
        }

        double targetNode = rightAscension - Math.Atan2(Math.Cos(inclination) * Math.Sin(argumentOfLatitude), Math.Cos(argumentOfLatitude));
        double node = targetNode;
        double e = template.Eccentricity;
        double semiMajorAxisMeters = radiusMeters * (1.0 + (e * Math.Cos(crossingTrueAnomalyRadians))) / (1.0 - (e * e));
        double meanMotion = DemoOrbits.MeanMotionRadiansPerMinute(semiMajorAxisMeters);
        double minutesToTca = (tca - template.Epoch).TotalMinutes;
        double meanAnomaly = DemoOrbits.MeanAnomalyFromTrue(crossingTrueAnomalyRadians, e) - (meanMotion * minutesToTca);
        double argumentOfPerigee = DemoOrbits.Wrap(argumentOfLatitude - crossingTrueAnomalyRadians);

        Sgp4Elements Build(double n, double raan, double m) => template with
        {
            MeanMotionRadiansPerMinute = n,
            RightAscensionOfAscendingNodeRadians = DemoOrbits.Wrap(raan),
            ArgumentOfPerigeeRadians = argumentOfPerigee,
            MeanAnomalyRadians = DemoOrbits.Wrap(m),
        };

        // Secular pass: SGP4 moves the node and the argument of latitude (J2) where two-body timing does not.
        for (int i = 0; i < SecularIterations; i++)
        {
            if (StateAt(Build(meanMotion, node, meanAnomaly), minutesToTca) is not { } state)
            {
                return null;
            }

            KeplerianElements osculating = DemoOrbits.ToElements(state.Position, state.Velocity);
            double osculatingLatitudeArgument = DemoOrbits.ArgumentOfLatitude(state.Position,
                osculating.RightAscensionOfAscendingNodeRadians, osculating.InclinationRadians);
            node += SignedAngle(targetNode - osculating.RightAscensionOfAscendingNodeRadians);
            meanAnomaly += SignedAngle(argumentOfLatitude - osculatingLatitudeArgument);
        }

        // Newton on (node, mean anomaly, mean motion) against the SGP4 position at TCA.
        for (int i = 0; i < NewtonIterations; i++)
        {
            if (StateAt(Build(meanMotion, node, meanAnomaly), minutesToTca) is not { } state)
            {
                return null;
            }

            Vector3d relativeVelocity = state.Velocity - primaryAtTca.VelocityMetersPerSecond;
            Vector3d missDirection = Perpendicular(target, relativeVelocity);
            Vector3d residual = state.Position - (target + (missDirection * missMeters));
            if (residual.Length < ConvergedMeters)
            {
                return Build(meanMotion, node, meanAnomaly);
            }

            const double NodeStep = 1e-7;
            const double AnomalyStep = 1e-7;
            double motionStep = meanMotion * 1e-8;
            if (StateAt(Build(meanMotion, node + NodeStep, meanAnomaly), minutesToTca) is not { } byNode
                || StateAt(Build(meanMotion, node, meanAnomaly + AnomalyStep), minutesToTca) is not { } byAnomaly
                || StateAt(Build(meanMotion + motionStep, node, meanAnomaly), minutesToTca) is not { } byMotion)
            {
                return null;
            }

            Matrix3x3d jacobian = Matrix3x3d.FromColumns(
                (byNode.Position - state.Position) * (1.0 / NodeStep),
                (byAnomaly.Position - state.Position) * (1.0 / AnomalyStep),
                (byMotion.Position - state.Position) * (1.0 / motionStep));
            Vector3d step = Solve(jacobian, residual);
            node -= step.X;
            meanAnomaly -= step.Y;
            meanMotion -= step.Z;
        }

        return null;
    }

    /// <summary>The closest approach of two objects within <paramref name="halfWindow"/> of <paramref name="around"/>:
    /// 1 s sampling, then golden-section search to 1 ms. Null when SGP4 fails in the window.</summary>
    public static (Epoch Tca, double MissMeters, double RelativeSpeedMetersPerSecond)? ClosestApproach(
        Sgp4Propagator primary, Sgp4Propagator secondary, Epoch around, Duration halfWindow)
    {
        double Range(double secondsFromAround)
        {
            Epoch t = around + Duration.FromSeconds(secondsFromAround);
            Sgp4Result a = primary.Propagate((t - primary.Elements.Epoch).TotalMinutes);
            Sgp4Result b = secondary.Propagate((t - secondary.Elements.Epoch).TotalMinutes);
            return a.Success && b.Success ? (a.PositionMeters - b.PositionMeters).Length : double.NaN;
        }

        int steps = (int)halfWindow.TotalSeconds;
        double best = double.PositiveInfinity;
        int bestStep = 0;
        for (int k = -steps; k <= steps; k++)
        {
            double range = Range(k);
            if (double.IsNaN(range))
            {
                return null;
            }

            if (range < best)
            {
                best = range;
                bestStep = k;
            }
        }

        // Golden-section search (Press et al., Numerical Recipes, 3rd ed., section 10.2) on the bracketing seconds.
        double ratio = (Math.Sqrt(5.0) - 1.0) / 2.0;
        double lo = bestStep - 1.0;
        double hi = bestStep + 1.0;
        double x1 = hi - (ratio * (hi - lo));
        double x2 = lo + (ratio * (hi - lo));
        double f1 = Range(x1);
        double f2 = Range(x2);
        while (hi - lo > 1e-3)
        {
            if (f1 < f2)
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - (ratio * (hi - lo));
                f1 = Range(x1);
            }
            else
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + (ratio * (hi - lo));
                f2 = Range(x2);
            }
        }

        Epoch tca = around + Duration.FromSeconds((lo + hi) / 2.0);
        Sgp4Result pa = primary.Propagate((tca - primary.Elements.Epoch).TotalMinutes);
        Sgp4Result pb = secondary.Propagate((tca - secondary.Elements.Epoch).TotalMinutes);
        return (tca, (pa.PositionMeters - pb.PositionMeters).Length, (pa.VelocityMetersPerSecond - pb.VelocityMetersPerSecond).Length);
    }

    private static (Vector3d Position, Vector3d Velocity)? StateAt(Sgp4Elements elements, double minutesSinceEpoch)
    {
        Sgp4InitResult init = Sgp4Propagator.Create(elements, Sgp4Options.Default);
        if (!init.Success)
        {
            return null;
        }

        Sgp4Result result = init.Propagator.Propagate(minutesSinceEpoch);
        return result.Success ? (result.PositionMeters, result.VelocityMetersPerSecond) : null;
    }

    /// <summary>The unit vector along the part of <paramref name="position"/> perpendicular to <paramref name="velocity"/>
    /// (a mostly radial miss, as most real misses are).</summary>
    private static Vector3d Perpendicular(Vector3d position, Vector3d velocity)
    {
        Vector3d along = velocity.Normalized();
        return (position - (along * Vector3d.Dot(position, along))).Normalized();
    }

    /// <summary>An angle wrapped into (−π, π].</summary>
    private static double SignedAngle(double radians)
    {
        double wrapped = DemoOrbits.Wrap(radians);
        return wrapped > Math.PI ? wrapped - (2.0 * Math.PI) : wrapped;
    }

    private static Vector3d Solve(Matrix3x3d m, Vector3d b)
    {
        double det = m.Determinant;
        Vector3d c1 = m.Column1;
        Vector3d c2 = m.Column2;
        Vector3d c3 = m.Column3;
        return new Vector3d(
            Vector3d.Dot(b, Vector3d.Cross(c2, c3)) / det,
            Vector3d.Dot(c1, Vector3d.Cross(b, c3)) / det,
            Vector3d.Dot(c1, Vector3d.Cross(c2, b)) / det);
    }
}
