using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Cdm;

/// <summary>Maps a CDM object's state at TCA to the domain: a <see cref="CartesianState"/> in SI units
/// (CCSDS 508.0-B-1 §3.5: TCA is UTC; state vector in km and km/s in REF_FRAME EME2000, GCRF or ITRF).</summary>
/// <remarks>The RTN covariance terms of <see cref="CdmRtnCovariance"/> are already SI (m², m²/s, m²/s²) and need no
/// mapping. Kilometres become metres here, once. Thread-safe.</remarks>
public static partial class CdmConverter
{
    private const double MetersPerKilometer = 1_000.0;

    /// <summary>The state of object 1 or 2 at TCA, in the frame its REF_FRAME names.</summary>
    /// <param name="objectNumber">1 or 2.</param>
    /// <returns>True with the state, or false with a diagnostic (key = the keyword) for each reason it cannot map.</returns>
    public static bool TryToCartesianState(Cdm cdm, int objectNumber, out CartesianState state, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        ArgumentOutOfRangeException.ThrowIfLessThan(objectNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(objectNumber, 2);
        CdmObject item = objectNumber == 1 ? cdm.Object1 : cdm.Object2;
        var found = new List<Diagnostic>();
        string center = item.Metadata.OrbitCenter ?? "EARTH";
        if (!string.Equals(center.Trim(), "EARTH", StringComparison.OrdinalIgnoreCase))
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, "ORBIT_CENTER",
                "ORBIT_CENTER", center, "only Earth-centred objects are supported"));
        }

        if (!OemConverter.TryMapFrame(item.Metadata.ReferenceFrame, out ReferenceFrame frame) || frame == ReferenceFrame.Teme)
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, "REF_FRAME",
                "REF_FRAME", item.Metadata.ReferenceFrame, "a CDM state is in EME2000, GCRF or ITRF"));
        }

        if (!cdm.RelativeMetadata.Tca.TryToEpoch(TimeScale.Utc, out Epoch tca))
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsDateFormat, DiagnosticSeverity.Error, 0, 0, "TCA", "TCA", cdm.RelativeMetadata.Tca.ToString()));
        }

        diagnostics = [.. found];
        if (found.Count > 0)
        {
            state = default;
            return false;
        }

        CdmStateVector v = item.Data.StateVector;
        state = new CartesianState(tca, frame,
            new Vector3d(v.XKilometers, v.YKilometers, v.ZKilometers) * MetersPerKilometer,
            new Vector3d(v.XDotKilometersPerSecond, v.YDotKilometersPerSecond, v.ZDotKilometersPerSecond) * MetersPerKilometer);
        return true;
    }

    /// <summary>The 3×3 position block of an object's RTN covariance (CDM <c>CR_R</c> … <c>CN_N</c>), in m², in that
    /// object's own RTN frame (R = r/|r|, N = r×v/|r×v|, T = N×R).</summary>
    /// <param name="objectNumber">1 or 2.</param>
    public static Matrix3x3d RtnPositionCovarianceSquareMeters(Cdm cdm, int objectNumber)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        ArgumentOutOfRangeException.ThrowIfLessThan(objectNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(objectNumber, 2);
        CdmRtnCovariance c = (objectNumber == 1 ? cdm.Object1 : cdm.Object2).Data.RtnCovariance;
        // Lower-triangle order of 508.0-B-1 table 3-5: CR_R, CT_R, CT_T, CN_R, CN_T, CN_N, ...
        double rr = c.Term(0) ?? double.NaN, tr = c.Term(1) ?? double.NaN, tt = c.Term(2) ?? double.NaN;
        double nr = c.Term(3) ?? double.NaN, nt = c.Term(4) ?? double.NaN, nn = c.Term(5) ?? double.NaN;
        return Matrix3x3d.FromRows(new Vector3d(rr, tr, nr), new Vector3d(tr, tt, nt), new Vector3d(nr, nt, nn));
    }

    /// <summary>The combined hard-body radius a CDM carries: the objects' <c>HBR</c> keywords (additional parameters,
    /// CDM 2.0; the sum of both when both are given, else the one given), else a comment as NASA CARA writes it
    /// (<c>COMMENT HBR = 15 [m]</c> or <c>COMMENT HBR = 20.0</c>, metres unless <c>[km]</c>).</summary>
    public static bool TryGetHardBodyRadiusMeters(Cdm cdm, out double radiusMeters)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        double? first = cdm.Object1.Data.AdditionalParameters?.HardBodyRadiusMeters;
        double? second = cdm.Object2.Data.AdditionalParameters?.HardBodyRadiusMeters;
        if (first is not null || second is not null)
        {
            radiusMeters = (first ?? 0.0) + (second ?? 0.0);
            return double.IsFinite(radiusMeters) && radiusMeters >= 0.0;
        }

        IEnumerable<string> comments = cdm.Header.Comments
            .Concat(cdm.RelativeMetadata.Comments)
            .Concat(cdm.Object1.Metadata.Comments)
            .Concat(cdm.Object2.Metadata.Comments);
        foreach (string comment in comments)
        {
            Match match = HardBodyRadiusComment().Match(comment);
            if (match.Success && double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                && value >= 0.0 && double.IsFinite(value))
            {
                radiusMeters = match.Groups["unit"].Value.Equals("km", StringComparison.OrdinalIgnoreCase) ? value * MetersPerKilometer : value;
                return true;
            }
        }

        radiusMeters = 0.0;
        return false;
    }

    [GeneratedRegex(@"^\s*HBR\s*=\s*(?<value>[-+0-9.eE]+)\s*(\[(?<unit>[A-Za-z]+)\])?", RegexOptions.CultureInvariant)]
    private static partial Regex HardBodyRadiusComment();

    /// <summary>The CDM as a short-term encounter at TCA: both SI states and both RTN position covariances rotated to
    /// the states' inertial frame (each with its own object's RTN axes). Only inertial REF_FRAMEs (EME2000, GCRF) map.</summary>
    /// <returns>True with the encounter, or false with a diagnostic for each reason it cannot map.</returns>
    public static bool TryToEncounter(Cdm cdm, out ShortTermEncounter? encounter, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(cdm);
        encounter = null;
        bool one = TryToCartesianState(cdm, 1, out CartesianState primary, out ImmutableArray<Diagnostic> d1);
        bool two = TryToCartesianState(cdm, 2, out CartesianState secondary, out ImmutableArray<Diagnostic> d2);
        var found = new List<Diagnostic>(d1.Concat(d2));
        if (one && two && (primary.Frame == ReferenceFrame.Itrf || secondary.Frame != primary.Frame))
        {
            found.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, "REF_FRAME", "REF_FRAME",
                cdm.Object1.Metadata.ReferenceFrame + "/" + cdm.Object2.Metadata.ReferenceFrame,
                "both objects must be in the same inertial frame (EME2000 or GCRF); Earth-fixed states need EOP data"));
        }

        for (int number = 1; number <= 2; number++)
        {
            Matrix3x3d c = RtnPositionCovarianceSquareMeters(cdm, number);
            if (!double.IsFinite(c.M11 + c.M12 + c.M13 + c.M22 + c.M23 + c.M33))
            {
                found.Add(new Diagnostic(ErrorCodes.CcsdsMissingKey, DiagnosticSeverity.Error, 0, 0, "CR_R",
                    "CR_R … CN_N", $"OBJECT{number} covariance"));
            }
        }

        diagnostics = [.. found];
        if (found.Any(d => d.IsError))
        {
            return false;
        }

        encounter = ShortTermEncounter.FromRtnCovariances(primary, secondary,
            RtnPositionCovarianceSquareMeters(cdm, 1), RtnPositionCovarianceSquareMeters(cdm, 2));
        return true;
    }
}
