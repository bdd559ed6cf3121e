using System.Globalization;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Tle;

namespace Concord.Catalog.Samples;

/// <summary>Element sets and messages built with the project's own writers (realistic LEO values, no external data),
/// shared by the hub and server catalog tests.</summary>
internal static class CatalogSamples
{
    /// <summary>An ISS-like LEO set for <paramref name="catalogNumber"/> at 2026 day <paramref name="day"/> + <paramref name="hour"/> h.</summary>
    public static Tle Set(int catalogNumber, int day = 10, int hour = 0, string? name = null) => new()
    {
        Name = name,
        CatalogNumber = catalogNumber,
        InternationalDesignator = "26001A",
        Epoch = Epoch.FromDayOfYear(2026, day, hour * 3_600_000_000_000L, TimeScale.Utc),
        MeanMotionDotRevolutionsPerDaySquared = 0.00012345,
        MeanMotionDdotRevolutionsPerDayCubed = 0,
        BstarPerEarthRadius = 0.00023456,
        EphemerisType = 0,
        ElementSetNumber = 999,
        InclinationDegrees = 51.6416,
        RightAscensionOfAscendingNodeDegrees = 247.4627,
        Eccentricity = 0.0006703,
        ArgumentOfPerigeeDegrees = 130.536,
        MeanAnomalyDegrees = 325.0288,
        MeanMotionRevolutionsPerDay = 15.72125391,
        RevolutionNumberAtEpoch = 12345,
    };

    /// <summary>The sets as TLE text (3LE when they have names).</summary>
    public static string TleText(params Tle[] sets)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        TleWriter.Write(sets, text, TleWriteOptions.Default);
        return text.ToString();
    }

    /// <summary>The sets as OMMs in <paramref name="format"/>, with a header a KVN/XML reader accepts.</summary>
    public static string OmmText(CcsdsFormat format, params Tle[] sets)
    {
        Omm[] messages = [.. sets.Select(OmmConverter.FromTle).Select(o => o with
        {
            Header = o.Header with { CreationDate = CcsdsDate.FromEpoch(Epoch.FromUtc(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), TimeScale.Utc), Originator = "TEST" },
        })];
        return OmmWriter.Write(messages, format).Text!;
    }

    /// <summary>A two-segment OEM in UTC; the first segment's OBJECT_ID is catalog number 90001.</summary>
    public const string Oem = """
        CCSDS_OEM_VERS = 2.0
        CREATION_DATE = 2026-01-01T00:00:00
        ORIGINATOR = TEST

        META_START
        OBJECT_NAME = SAT ONE
        OBJECT_ID = 90001
        CENTER_NAME = EARTH
        REF_FRAME = EME2000
        TIME_SYSTEM = UTC
        START_TIME = 2026-01-10T00:00:00
        STOP_TIME = 2026-01-10T00:02:00
        META_STOP

        2026-01-10T00:00:00 6778.137 0.0 0.0 0.0 7.6686 0.0
        2026-01-10T00:01:00 6775.0 460.0 0.0 -0.52 7.65 0.0
        2026-01-10T00:02:00 6765.5 919.0 0.0 -1.04 7.60 0.0

        META_START
        OBJECT_NAME = SAT TWO
        OBJECT_ID = 2026-002A
        CENTER_NAME = EARTH
        REF_FRAME = EME2000
        TIME_SYSTEM = UTC
        START_TIME = 2026-01-10T00:00:00
        USEABLE_START_TIME = 2026-01-10T00:00:30
        STOP_TIME = 2026-01-10T00:01:00
        META_STOP

        2026-01-10T00:00:00 7000.0 0.0 0.0 0.0 7.5 0.0
        2026-01-10T00:01:00 6996.0 450.0 0.0 -0.48 7.49 0.0

        """;

    /// <summary><paramref name="text"/> with line <paramref name="line"/> (1-based) replaced by <paramref name="replacement"/>.</summary>
    public static string ReplaceLine(string text, int line, string replacement)
    {
        string[] lines = text.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }
}
