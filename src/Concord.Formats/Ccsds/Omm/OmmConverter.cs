using System.Collections.Immutable;
using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Omm;

/// <summary>Maps OMMs to and from the domain: SGP4 mean elements (<see cref="Sgp4Elements"/>) and TLEs
/// (<see cref="Tle.Tle"/>), the domain mapper of R10.</summary>
/// <remarks>
/// <para>Only an SGP4 OMM maps: <c>MEAN_ELEMENT_THEORY</c> <c>SGP4</c> or <c>SGP/SGP4</c> (the blue book's spelling),
/// <c>REF_FRAME</c> TEME, <c>CENTER_NAME</c> EARTH, <c>TIME_SYSTEM</c> UTC, a <c>MEAN_MOTION</c> and a <c>BSTAR</c>;
/// anything else, SGP4-XP with <c>BTERM</c> included, is refused with <see cref="ErrorCodes.CcsdsOmmNotSgp4"/> or
/// <see cref="ErrorCodes.CcsdsMissingKey"/>, never mapped silently. Units: revolutions per day to radians per minute and
/// degrees to radians exactly as <see cref="Tle.Tle.ToSgp4Elements"/> does (the OMM is mapped through a
/// <see cref="Tle.Tle"/>), B* unchanged.</para>
/// <para>To a TLE: the values go through <see cref="Tle.TleWriter"/>, which rounds to the TLE's digits and refuses what a
/// TLE cannot hold with its own codes (<see cref="ErrorCodes.TleCatalogNumber"/> for NORAD_CAT_ID above 339,999,
/// <see cref="ErrorCodes.TleUnrepresentable"/>). Thread-safe.</para>
/// </remarks>
public static class OmmConverter
{
    private static readonly Epoch s_firstSatellite = Epoch.FromCalendar(1957, 10, 4, 0, 0, 0, 0, TimeScale.Utc);
    private static readonly Epoch s_lastElementEpoch = Epoch.FromCalendar(2199, 12, 31, 0, 0, 0, 0, TimeScale.Utc);

    /// <summary>The OMM version written by <see cref="FromTle"/>.</summary>
    public const string DefaultVersion = "3.0";

    /// <summary>The SGP4 elements of an SGP4 OMM, at full double precision.</summary>
    public static ParseResult<Sgp4Elements> ToSgp4Elements(Omm omm)
    {
        ArgumentNullException.ThrowIfNull(omm);
        Tle.Tle? tle = Map(omm, out List<Diagnostic> diagnostics);
        return new ParseResult<Sgp4Elements>(tle?.ToSgp4Elements(), [.. diagnostics]);
    }

    /// <summary>The TLE of an SGP4 OMM; refused with the TLE writer's diagnostics when a TLE cannot hold it.</summary>
    /// <remarks>The returned set keeps full precision; <see cref="Tle.TleWriter"/> rounds it when it is written.</remarks>
    public static ParseResult<Tle.Tle> ToTle(Omm omm)
    {
        ArgumentNullException.ThrowIfNull(omm);
        Tle.Tle? tle = Map(omm, out List<Diagnostic> diagnostics);
        if (tle is null)
        {
            return new ParseResult<Tle.Tle>(null, [.. diagnostics]);
        }

        if (!Tle.TleWriter.TryFormatLines(tle, out _, out _, out ImmutableArray<Diagnostic> writeDiagnostics))
        {
            return new ParseResult<Tle.Tle>(null, [.. diagnostics, .. writeDiagnostics]);
        }

        return new ParseResult<Tle.Tle>(tle, [.. diagnostics]);
    }

    /// <summary>The OMM of a TLE (version <see cref="DefaultVersion"/>, EARTH, TEME, UTC, SGP4), every value copied
    /// exactly; <c>OBJECT_ID</c> is the long form of the designator (<c>98067A</c> → <c>1998-067A</c>), or
    /// <c>UNKNOWN</c> (the standard's value) when the TLE has none; <c>OBJECT_NAME</c> is the name, else the catalog number.</summary>
    public static Omm FromTle(Tle.Tle tle)
    {
        ArgumentNullException.ThrowIfNull(tle);
        return new Omm
        {
            Header = new OmmHeader { Version = DefaultVersion },
            Metadata = new OmmMetadata
            {
                ObjectName = tle.Name ?? tle.CatalogNumber.ToString(CultureInfo.InvariantCulture),
                ObjectId = LongDesignator(tle.InternationalDesignator) ?? "UNKNOWN",
                CenterName = "EARTH",
                ReferenceFrame = "TEME",
                TimeSystem = "UTC",
                MeanElementTheory = "SGP4",
            },
            Data = new OmmData
            {
                MeanElements = new OmmMeanElements
                {
                    Epoch = CcsdsDate.FromEpoch(tle.Epoch, TimeScale.Utc),
                    MeanMotionRevolutionsPerDay = tle.MeanMotionRevolutionsPerDay,
                    Eccentricity = tle.Eccentricity,
                    InclinationDegrees = tle.InclinationDegrees,
                    RightAscensionOfAscendingNodeDegrees = tle.RightAscensionOfAscendingNodeDegrees,
                    ArgumentOfPericenterDegrees = tle.ArgumentOfPerigeeDegrees,
                    MeanAnomalyDegrees = tle.MeanAnomalyDegrees,
                },
                TleParameters = new OmmTleParameters
                {
                    EphemerisType = tle.EphemerisType,
                    ClassificationType = tle.Classification.ToString(),
                    NoradCatalogId = tle.CatalogNumber,
                    ElementSetNumber = tle.ElementSetNumber,
                    RevolutionNumberAtEpoch = tle.RevolutionNumberAtEpoch,
                    BstarPerEarthRadius = tle.BstarPerEarthRadius,
                    MeanMotionDotRevolutionsPerDaySquared = tle.MeanMotionDotRevolutionsPerDaySquared,
                    MeanMotionDdotRevolutionsPerDayCubed = tle.MeanMotionDdotRevolutionsPerDayCubed,
                },
            },
        };
    }

    /// <summary>The OMM of SGP4 elements for object <paramref name="noradCatalogId"/> (through <see cref="Tle.Tle.FromSgp4Elements"/>).</summary>
    public static Omm FromSgp4Elements(Sgp4Elements elements, int noradCatalogId, string objectName, string objectId)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectName);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        Omm omm = FromTle(Tle.Tle.FromSgp4Elements(elements, noradCatalogId));
        return omm with { Metadata = omm.Metadata with { ObjectName = objectName, ObjectId = objectId } };
    }

    private static Tle.Tle? Map(Omm omm, out List<Diagnostic> found)
    {
        var diagnostics = new List<Diagnostic>();
        found = diagnostics;
        OmmMetadata metadata = omm.Metadata;
        OmmMeanElements elements = omm.Data.MeanElements;
        OmmTleParameters? parameters = omm.Data.TleParameters;
        void NotSgp4(string key, string value, string expected)
            => diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsOmmNotSgp4, DiagnosticSeverity.Error, 0, 0, key, key, value, expected));
        void Missing(string key)
            => diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsMissingKey, DiagnosticSeverity.Error, 0, 0, key, key, "an SGP4 OMM"));

        if (metadata.MeanElementTheory is not ("SGP4" or "SGP/SGP4"))
        {
            NotSgp4("MEAN_ELEMENT_THEORY", metadata.MeanElementTheory, "SGP4 or SGP/SGP4");
        }

        if (metadata.ReferenceFrame != "TEME")
        {
            NotSgp4("REF_FRAME", metadata.ReferenceFrame, "TEME");
        }

        if (metadata.CenterName != "EARTH")
        {
            NotSgp4("CENTER_NAME", metadata.CenterName, "EARTH");
        }

        Epoch epoch = default;
        if (metadata.TimeSystem != "UTC")
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsUnsupportedTimeSystem, DiagnosticSeverity.Error, 0, 0, "TIME_SYSTEM", metadata.TimeSystem, "UTC"));
        }
        else if (!elements.Epoch.TryToEpoch(TimeScale.Utc, out epoch))
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsDateFormat, DiagnosticSeverity.Error, 0, 0, "EPOCH", "EPOCH", elements.Epoch.ToString()));
        }
        else if (epoch < s_firstSatellite || epoch > s_lastElementEpoch)
        {
            // Outside these years no element set exists, and SGP4's time since epoch (a Duration, ±292 years) could
            // overflow for any instant it is propagated to (found by fuzzing the hub's readers, issue 15).
            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, "EPOCH", "EPOCH", elements.Epoch.ToString(),
                "an element set's epoch lies between 1957-10-04 (the first artificial satellite) and 2199-12-31"));
        }

        if (elements.MeanMotionRevolutionsPerDay is null)
        {
            Missing("MEAN_MOTION");
        }

        if (parameters?.BtermSquareMetersPerKilogram is { } bterm)
        {
            NotSgp4("BTERM", bterm.ToString("R", CultureInfo.InvariantCulture), "BSTAR (BTERM is SGP4-XP)");
        }
        else if (parameters?.BstarPerEarthRadius is null)
        {
            Missing("BSTAR");
        }

        if (parameters?.NoradCatalogId is null)
        {
            Missing("NORAD_CAT_ID");
        }

        char classification = 'U';
        if (parameters?.ClassificationType is { } type)
        {
            if (type.Length != 1)
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, 0, 0, "CLASSIFICATION_TYPE",
                    "CLASSIFICATION_TYPE", type, "one character (U, C or S)"));
            }
            else
            {
                classification = type[0];
            }
        }

        if (diagnostics.Count > 0)
        {
            return null;
        }

        return new Tle.Tle
        {
            Name = metadata.ObjectName,
            CatalogNumber = parameters!.NoradCatalogId!.Value,
            Classification = classification,
            InternationalDesignator = ShortDesignator(metadata.ObjectId),
            Epoch = epoch,
            MeanMotionDotRevolutionsPerDaySquared = parameters.MeanMotionDotRevolutionsPerDaySquared ?? 0.0,
            MeanMotionDdotRevolutionsPerDayCubed = parameters.MeanMotionDdotRevolutionsPerDayCubed ?? 0.0,
            BstarPerEarthRadius = parameters.BstarPerEarthRadius!.Value,
            EphemerisType = parameters.EphemerisType,
            ElementSetNumber = parameters.ElementSetNumber,
            InclinationDegrees = elements.InclinationDegrees,
            RightAscensionOfAscendingNodeDegrees = elements.RightAscensionOfAscendingNodeDegrees,
            Eccentricity = elements.Eccentricity,
            ArgumentOfPerigeeDegrees = elements.ArgumentOfPericenterDegrees,
            MeanAnomalyDegrees = elements.MeanAnomalyDegrees,
            MeanMotionRevolutionsPerDay = elements.MeanMotionRevolutionsPerDay!.Value,
            RevolutionNumberAtEpoch = parameters.RevolutionNumberAtEpoch,
        };
    }

    /// <summary><c>1998-067A</c> → <c>98067A</c>; null when the text is not such a designator.</summary>
    private static string? ShortDesignator(string objectId)
    {
        if (objectId.Length is < 9 or > 12 || objectId[4] != '-' || objectId.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')
            || objectId.AsSpan(5, 3).ContainsAnyExceptInRange('0', '9') || objectId.AsSpan(8).ContainsAnyExceptInRange('A', 'Z'))
        {
            return null;
        }

        return string.Concat(objectId.AsSpan(2, 2), objectId.AsSpan(5));
    }

    /// <summary><c>98067A</c> → <c>1998-067A</c> (years 57-99 are 19xx); null when absent or malformed.</summary>
    private static string? LongDesignator(string? designator)
    {
        if (designator is null || designator.Length < 6 || designator.AsSpan(0, 5).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        int year = ((designator[0] - '0') * 10) + (designator[1] - '0');
        string century = year >= 57 ? "19" : "20";
        return string.Concat(century, designator.AsSpan(0, 2), "-", designator.AsSpan(2));
    }
}
