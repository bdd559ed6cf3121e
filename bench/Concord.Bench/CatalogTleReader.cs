using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Bench;

/// <summary>A minimal fixed-column reader for 3LE catalogues (name line "0 NAME", then TLE lines 1 and 2), for
/// benchmarks only: the product reader is <c>Concord.Formats.Tle</c>. Conversions follow Vallado's <c>twoline2rv</c>.</summary>
internal static class CatalogTleReader
{
    private const double MinutesPerDay = 1440.0;
    private const double RadiansPerRevolution = 2.0 * Math.PI;
    private const double RadiansPerDegree = Math.PI / 180.0;
    private const long NanosecondsPerDay = 86_400_000_000_000L;

    /// <summary>Reads every element set of <paramref name="path"/> (lines 1 and 2; name lines are skipped).</summary>
    public static List<Sgp4Elements> Read(string path)
    {
        var result = new List<Sgp4Elements>();
        string? line1 = null;
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd('\r', ' ');
            if (line.StartsWith("1 ", StringComparison.Ordinal) && line.Length >= 64)
            {
                line1 = line;
            }
            else if (line.StartsWith("2 ", StringComparison.Ordinal) && line1 is not null && line.Length >= 63)
            {
                result.Add(Parse(line1, line));
                line1 = null;
            }
        }

        return result;
    }

    /// <summary>Initialises a propagator per element set; element sets that fail at epoch are counted and skipped.</summary>
    public static List<Sgp4Propagator> Propagators(IEnumerable<Sgp4Elements> elements, out int failedAtEpoch)
    {
        var propagators = new List<Sgp4Propagator>();
        failedAtEpoch = 0;
        foreach (Sgp4Elements e in elements)
        {
            Sgp4InitResult init = Sgp4Propagator.Create(e, Sgp4Options.Default);
            if (init.Success)
            {
                propagators.Add(init.Propagator);
            }
            else
            {
                failedAtEpoch++;
            }
        }

        return propagators;
    }

    private static Sgp4Elements Parse(string line1, string line2)
    {
        int twoDigitYear = int.Parse(line1.AsSpan(18, 2), NumberStyles.Integer, CultureInfo.InvariantCulture);
        int year = twoDigitYear < 57 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
        string dayText = line1.Substring(20, 12).Trim();
        int dot = dayText.IndexOf('.', StringComparison.Ordinal);
        int dayOfYear = int.Parse(dayText.AsSpan(0, dot), NumberStyles.Integer, CultureInfo.InvariantCulture);
        string digits = dayText[(dot + 1)..];
        long fraction = digits.Length == 0 ? 0 : long.Parse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture);
        long scale = 1;
        for (int i = 0; i < digits.Length; i++)
        {
            scale *= 10;
        }

        string b = line1.Substring(53, 8);
        double bstar = double.Parse((b[0] == '-' ? "-0." : "0.") + b.Substring(1, 5).Replace(' ', '0'), NumberStyles.Float, CultureInfo.InvariantCulture)
            * Math.Pow(10.0, int.Parse(b.Substring(6, 2).Replace(' ', '0'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        return new Sgp4Elements
        {
            Epoch = Epoch.FromDayOfYear(year, dayOfYear, fraction * (NanosecondsPerDay / scale), TimeScale.Utc),
            InclinationRadians = Number(line2, 8, 8) * RadiansPerDegree,
            RightAscensionOfAscendingNodeRadians = Number(line2, 17, 8) * RadiansPerDegree,
            Eccentricity = double.Parse("0." + line2.Substring(26, 7).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture),
            ArgumentOfPerigeeRadians = Number(line2, 34, 8) * RadiansPerDegree,
            MeanAnomalyRadians = Number(line2, 43, 8) * RadiansPerDegree,
            MeanMotionRadiansPerMinute = Number(line2, 52, 11) / (MinutesPerDay / RadiansPerRevolution),
            BstarPerEarthRadius = bstar,
        };
    }

    private static double Number(string line, int start, int length)
        => double.Parse(line.AsSpan(start, length).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
