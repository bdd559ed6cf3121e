using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Propagation.Sgp4;

/// <summary>One run of Vallado's <c>SGP4-VER.TLE</c>: an element set and the time span of its run.</summary>
internal sealed record VerificationTleCase(string SatelliteNumber, Sgp4Elements Elements, double StartMinutes, double StopMinutes, double StepMinutes)
{
    /// <summary>The times the reference driver (<c>testcpp</c>) propagates to: 0 first, then start..stop by step
    /// with the stop always included, accumulating <c>tsince += step</c> as the driver does.</summary>
    public IReadOnlyList<double> TimesMinutes()
    {
        var times = new List<double> { 0.0 };
        double tsince = StartMinutes;
        if (Math.Abs(tsince) > 1.0e-8)
        {
            tsince -= StepMinutes;
        }

        while (tsince < StopMinutes)
        {
            tsince += StepMinutes;
            if (tsince > StopMinutes)
            {
                tsince = StopMinutes;
            }

            times.Add(tsince);
        }

        return times;
    }
}

/// <summary>Reads <c>SGP4-VER.TLE</c> with a small fixed-column TLE reader (standard TLE columns; line 2 carries
/// start, stop and step minutes after column 69). Conversions follow Vallado's <c>twoline2rv</c>.</summary>
internal static class VerificationTleCases
{
    private const double MinutesPerDay = 1440.0;
    private const double RadiansPerRevolution = 2.0 * Math.PI;
    private const double RadiansPerDegree = Math.PI / 180.0;
    private const long NanosecondsPerDay = 86_400_000_000_000L;

    private static readonly Lazy<IReadOnlyList<VerificationTleCase>> s_cases = new(() => Read(ReferenceDataPath()));

    /// <summary>All 33 runs, in file order.</summary>
    public static IReadOnlyList<VerificationTleCase> All
    {
        get
        {
            ReferenceDataPath();
            return s_cases.Value;
        }
    }

    public static string ReferenceDataPath() => ReferenceData.Require("sgp4/SGP4-VER.TLE");

    public static IReadOnlyList<VerificationTleCase> Read(string path)
    {
        var cases = new List<VerificationTleCase>();
        string? line1 = null;
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '1')
            {
                line1 = line;
            }
            else if (line[0] == '2' && line1 is not null)
            {
                cases.Add(Parse(line1, line));
                line1 = null;
            }
        }

        return cases;
    }

    /// <summary>Parses one two-line element set (the run span is optional, zero when absent).</summary>
    public static VerificationTleCase Parse(string line1, string line2)
    {
        string satnum = Columns(line1, 3, 7).Trim();
        int twoDigitYear = int.Parse(Columns(line1, 19, 20), NumberStyles.Integer, CultureInfo.InvariantCulture);
        int year = twoDigitYear < 57 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
        string dayText = Columns(line1, 21, 32).Trim();
        int dot = dayText.IndexOf('.', StringComparison.Ordinal);
        int dayOfYear = int.Parse(dayText[..dot], NumberStyles.Integer, CultureInfo.InvariantCulture);
        string fractionDigits = dayText[(dot + 1)..];
        long fraction = fractionDigits.Length == 0 ? 0 : long.Parse(fractionDigits, NumberStyles.Integer, CultureInfo.InvariantCulture);
        // Exact: 86,400e9 ns is divisible by 10^k for k <= 11.
        long nanosecondOfDay = fraction * (NanosecondsPerDay / Pow10(fractionDigits.Length));
        Epoch epoch = Epoch.FromDayOfYear(year, dayOfYear, nanosecondOfDay, TimeScale.Utc);

        double bstar = ImpliedDecimal(Columns(line1, 54, 61));
        double inclinationDeg = Number(Columns(line2, 9, 16));
        double raanDeg = Number(Columns(line2, 18, 25));
        double eccentricity = Number("0." + Columns(line2, 27, 33).Trim());
        double argpDeg = Number(Columns(line2, 35, 42));
        double meanAnomalyDeg = Number(Columns(line2, 44, 51));
        double meanMotionRevPerDay = Number(Columns(line2, 53, 63));

        double start = 0.0, stop = 0.0, step = 0.0;
        if (line2.Length > 69)
        {
            string[] span = line2[69..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            start = Number(span[0]);
            stop = Number(span[1]);
            step = Number(span[2]);
        }

        var elements = new Sgp4Elements
        {
            Epoch = epoch,
            // twoline2rv divides by xpdotp = 1440 / 2π; the same expression keeps the bits of the reference.
            MeanMotionRadiansPerMinute = meanMotionRevPerDay / (MinutesPerDay / RadiansPerRevolution),
            Eccentricity = eccentricity,
            InclinationRadians = inclinationDeg * RadiansPerDegree,
            RightAscensionOfAscendingNodeRadians = raanDeg * RadiansPerDegree,
            ArgumentOfPerigeeRadians = argpDeg * RadiansPerDegree,
            MeanAnomalyRadians = meanAnomalyDeg * RadiansPerDegree,
            BstarPerEarthRadius = bstar,
        };
        return new VerificationTleCase(satnum, elements, start, stop, step);
    }

    /// <summary>TLE implied-decimal exponent form: " 28098-4" = 0.28098e-4, "-11606-4" = -0.11606e-4.</summary>
    private static double ImpliedDecimal(string field)
    {
        string mantissaSign = field[..1] == "-" ? "-" : string.Empty;
        string digits = field.Substring(1, 5).Replace(' ', '0');
        string exponent = field.Substring(6, 2).Replace(' ', '0');
        double mantissa = Number(mantissaSign + "0." + digits);
        return mantissa * Math.Pow(10.0, int.Parse(exponent, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private static string Columns(string line, int firstColumn, int lastColumn)
        => line.Substring(firstColumn - 1, lastColumn - firstColumn + 1);

    private static double Number(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static long Pow10(int exponent)
    {
        long value = 1;
        for (int i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}

/// <summary>The expected output of one run in <c>tcppver.out</c>: t, x, y, z (km), ẋ, ẏ, ż (km/s) per line.</summary>
internal sealed record VerificationOutputBlock(string SatelliteNumber, IReadOnlyList<double[]> Lines)
{
    private static readonly Lazy<IReadOnlyList<VerificationOutputBlock>> s_blocks = new(() => Read(ReferenceData.Require("sgp4/tcppver.out")));

    /// <summary>All 33 blocks, in file order (one per run of <c>SGP4-VER.TLE</c>).</summary>
    public static IReadOnlyList<VerificationOutputBlock> All
    {
        get
        {
            ReferenceData.Require("sgp4/tcppver.out");
            return s_blocks.Value;
        }
    }

    public static IReadOnlyList<VerificationOutputBlock> Read(string path)
    {
        var blocks = new List<VerificationOutputBlock>();
        string? satnum = null;
        List<double[]>? lines = null;
        foreach (string raw in File.ReadLines(path))
        {
            string[] fields = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length == 2 && fields[1] == "xx")
            {
                if (satnum is not null)
                {
                    blocks.Add(new VerificationOutputBlock(satnum, lines!));
                }

                satnum = fields[0];
                lines = [];
                continue;
            }

            var numbers = new double[7];
            for (int i = 0; i < 7; i++)
            {
                numbers[i] = double.Parse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            lines!.Add(numbers);
        }

        if (satnum is not null)
        {
            blocks.Add(new VerificationOutputBlock(satnum, lines!));
        }

        return blocks;
    }
}
