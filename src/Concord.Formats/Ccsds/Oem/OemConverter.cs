using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>Maps OEM segments to <see cref="Ephemeris"/> objects (SI units, Earth-centred frames only).</summary>
public static class OemConverter
{
    private const double MetersPerKilometer = 1_000.0;
    private const int DefaultDegree = 5;

    /// <summary>Maps every segment of an OEM to an ephemeris.</summary>
    /// <param name="oem">The message.</param>
    /// <returns>One ephemeris per segment (null where a segment cannot be mapped) and the reasons.</returns>
    /// <remarks>
    /// CENTER_NAME must be EARTH; REF_FRAME TEME, GCRF, EME2000 (or J2000) and ITRF* map to <see cref="ReferenceFrame"/>;
    /// TIME_SYSTEM UTC, TAI, TT or UT1. INTERPOLATION HERMITE maps to Hermite, LAGRANGE to Lagrange and LINEAR to Lagrange of degree 1;
    /// when absent, Lagrange of INTERPOLATION_DEGREE (default 5) is used. Covariances keep their COV_REF_FRAME name and are converted to SI.
    /// </remarks>
    public static OemEphemerisResult ToEphemerides(Oem oem)
    {
        ArgumentNullException.ThrowIfNull(oem);
        var diagnostics = new List<Diagnostic>();
        var ephemerides = ImmutableArray.CreateBuilder<Ephemeris?>(oem.Segments.Count);
        foreach (OemSegment segment in oem.Segments)
        {
            ephemerides.Add(ToEphemeris(segment, diagnostics));
        }

        return new OemEphemerisResult(ephemerides.MoveToImmutable(), [.. diagnostics]);
    }

    /// <summary>Maps a frame name of CCSDS 502.0 to an Astro frame.</summary>
    /// <param name="name">The REF_FRAME value.</param>
    /// <param name="frame">The frame.</param>
    /// <returns>Whether the name is one of the supported Earth-centred frames.</returns>
    public static bool TryMapFrame(string name, out ReferenceFrame frame)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.Trim().ToUpperInvariant())
        {
            case "TEME":
                frame = ReferenceFrame.Teme;
                return true;
            case "GCRF":
                frame = ReferenceFrame.Gcrf;
                return true;
            case "EME2000" or "J2000":
                frame = ReferenceFrame.Eme2000;
                return true;
            case string itrf when itrf.StartsWith("ITRF", StringComparison.Ordinal):
                frame = ReferenceFrame.Itrf;
                return true;
            default:
                frame = default;
                return false;
        }
    }

    internal static bool TryMapTimeScale(string name, out TimeScale scale)
    {
        switch (name.Trim().ToUpperInvariant())
        {
            case "UTC":
                scale = TimeScale.Utc;
                return true;
            case "TAI":
                scale = TimeScale.Tai;
                return true;
            case "TT":
                scale = TimeScale.Tt;
                return true;
            case "UT1":
                scale = TimeScale.Ut1;
                return true;
            default:
                scale = default;
                return false;
        }
    }

    private static Ephemeris? ToEphemeris(OemSegment segment, List<Diagnostic> diagnostics)
    {
        OemMetadata m = segment.Metadata;
        int errors = diagnostics.Count;
        if (!string.Equals(m.CenterName.Trim(), "EARTH", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Invalid("CENTER_NAME", m.CenterName, "only Earth-centred ephemerides are supported"));
        }

        if (!TryMapFrame(m.ReferenceFrame, out ReferenceFrame frame))
        {
            diagnostics.Add(Invalid("REF_FRAME", m.ReferenceFrame, "supported frames are TEME, GCRF, EME2000 (J2000) and ITRF"));
        }

        if (!TryMapTimeScale(m.TimeSystem, out TimeScale scale))
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnsupportedTimeSystem, DiagnosticSeverity.Error, 0, 0, "TIME_SYSTEM", m.TimeSystem, "an Astro time scale"));
        }

        EphemerisInterpolation method = EphemerisInterpolation.Lagrange;
        int degree = m.InterpolationDegree ?? DefaultDegree;
        switch (m.Interpolation?.Trim().ToUpperInvariant())
        {
            case null or "LAGRANGE":
                break;
            case "HERMITE":
                method = EphemerisInterpolation.Hermite;
                break;
            case "LINEAR":
                degree = 1;
                break;
            default:
                diagnostics.Add(Invalid("INTERPOLATION", m.Interpolation, "HERMITE, LAGRANGE or LINEAR"));
                break;
        }

        if (degree is < 1 or > 31)
        {
            diagnostics.Add(Invalid("INTERPOLATION_DEGREE", degree.ToString(CultureInfo.InvariantCulture), "1 to 31"));
        }

        if (segment.Count < 2)
        {
            diagnostics.Add(Invalid("EPOCH", segment.Count.ToString(CultureInfo.InvariantCulture), "an ephemeris needs at least two data lines"));
        }

        if (diagnostics.Count > errors)
        {
            return null;
        }

        var epochs = ImmutableArray.CreateBuilder<Epoch>(segment.Count);
        var positions = ImmutableArray.CreateBuilder<Vector3d>(segment.Count);
        var velocities = ImmutableArray.CreateBuilder<Vector3d>(segment.Count);
        ReadOnlySpan<double> states = segment.States.Items.AsSpan();
        for (int i = 0; i < segment.Count; i++)
        {
            if (!segment.Epochs[i].TryToEpoch(scale, out Epoch epoch))
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsDateFormat, DiagnosticSeverity.Error, 0, 0, "EPOCH", "EPOCH", segment.Epochs[i].ToString()));
                return null;
            }

            if (i > 0 && epoch <= epochs[i - 1])
            {
                diagnostics.Add(Invalid("EPOCH", segment.Epochs[i].ToString(), "data lines must be in increasing time order"));
                return null;
            }

            if (i > 0 && epoch > epochs[0] + Ephemeris.MaxSpan)
            {
                diagnostics.Add(Invalid("EPOCH", segment.Epochs[i].ToString(), "an ephemeris may span at most 100 years"));
                return null;
            }

            int s = i * OemSegment.StateStride;
            epochs.Add(epoch);
            positions.Add(new Vector3d(states[s], states[s + 1], states[s + 2]) * MetersPerKilometer);
            velocities.Add(new Vector3d(states[s + 3], states[s + 4], states[s + 5]) * MetersPerKilometer);
        }

        var covariances = ImmutableArray.CreateBuilder<EphemerisCovariance>(segment.Covariances.Count);
        foreach (OemCovariance covariance in segment.Covariances)
        {
            if (!covariance.Epoch.TryToEpoch(scale, out Epoch epoch))
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsDateFormat, DiagnosticSeverity.Error, 0, 0, "EPOCH", "EPOCH", covariance.Epoch.ToString()));
                return null;
            }

            // km², km²/s and km²/s² all scale by 10⁶ to m², m²/s and m²/s².
            covariances.Add(new EphemerisCovariance(epoch, covariance.ReferenceFrame,
                [.. covariance.LowerTriangle.Items.Select(v => v * MetersPerKilometer * MetersPerKilometer)]));
        }

        Epoch? useableStart = null;
        Epoch? useableStop = null;
        if (m.UseableStartTime is { } start && start.TryToEpoch(scale, out Epoch startEpoch))
        {
            useableStart = startEpoch;
        }

        if (m.UseableStopTime is { } stop && stop.TryToEpoch(scale, out Epoch stopEpoch))
        {
            useableStop = stopEpoch;
        }

        return Ephemeris.Create(frame, epochs.MoveToImmutable(), positions.MoveToImmutable(), velocities.MoveToImmutable(), method, degree,
            useableStart, useableStop, covariances.MoveToImmutable());
    }

    private static Diagnostic Invalid(string key, string value, string reason)
        => new(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, key, key, value, reason);
}
