using System.Collections.Immutable;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>Maps an OPM's state vector to the domain: a <see cref="CartesianState"/> in SI units (CCSDS 502.0-B-3 §3).</summary>
/// <remarks>Earth-centred OPMs in TEME, GCRF, EME2000/J2000 or ITRF, with TIME_SYSTEM UTC, TAI, TT or UT1, map; anything
/// else is a diagnostic (read the message, refuse the mapping). Kilometres become metres here, once. Thread-safe.</remarks>
public static class OpmConverter
{
    private const double MetersPerKilometer = 1_000.0;

    /// <summary>The OPM's state vector as an SI state in the frame its REF_FRAME names.</summary>
    /// <returns>True with the state, or false with a diagnostic (line 0, key = the keyword) for each reason it cannot map.</returns>
    public static bool TryToCartesianState(Opm opm, out CartesianState state, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(opm);
        var found = new List<Diagnostic>();
        OpmMetadata metadata = opm.Metadata;
        if (!string.Equals(metadata.CenterName.Trim(), "EARTH", StringComparison.OrdinalIgnoreCase))
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, "CENTER_NAME",
                "CENTER_NAME", metadata.CenterName, "only Earth-centred states are supported"));
        }

        if (!OemConverter.TryMapFrame(metadata.ReferenceFrame, out ReferenceFrame frame))
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, "REF_FRAME",
                "REF_FRAME", metadata.ReferenceFrame, "supported frames are TEME, GCRF, EME2000 (J2000) and ITRF"));
        }

        Epoch epoch = default;
        if (!OemConverter.TryMapTimeScale(metadata.TimeSystem, out TimeScale scale))
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsUnsupportedTimeSystem, DiagnosticSeverity.Error, 0, 0, "TIME_SYSTEM",
                metadata.TimeSystem, "an Astro time scale"));
        }
        else if (!opm.Data.StateVector.Epoch.TryToEpoch(scale, out epoch))
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsDateFormat, DiagnosticSeverity.Error, 0, 0, "EPOCH",
                "EPOCH", opm.Data.StateVector.Epoch.ToString()));
        }

        diagnostics = [.. found];
        if (found.Count > 0)
        {
            state = default;
            return false;
        }

        OpmStateVector v = opm.Data.StateVector;
        state = new CartesianState(epoch, frame,
            new Vector3d(v.XKilometers, v.YKilometers, v.ZKilometers) * MetersPerKilometer,
            new Vector3d(v.XDotKilometersPerSecond, v.YDotKilometersPerSecond, v.ZDotKilometersPerSecond) * MetersPerKilometer);
        return true;
    }
}
