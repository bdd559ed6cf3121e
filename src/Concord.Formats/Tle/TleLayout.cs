namespace Concord.Formats.Tle;

/// <summary>Column layout of the two element lines (1-based columns, as the format documents them), shared by
/// <see cref="TleParser"/> and <see cref="TleWriter"/>.</summary>
/// <remarks>Line 1: 1 line number, 3-7 catalog number, 8 classification, 10-17 international designator,
/// 19-32 epoch, 34-43 ṅ/2, 45-52 n̈/6, 54-61 B*, 63 ephemeris type, 65-68 element set number, 69 checksum;
/// blanks at 2, 9, 18, 33, 44, 53, 62, 64. Line 2: 1 line number, 3-7 catalog number, 9-16 inclination,
/// 18-25 RAAN, 27-33 eccentricity, 35-42 argument of perigee, 44-51 mean anomaly, 53-63 mean motion,
/// 64-68 revolution number, 69 checksum; blanks at 2, 8, 17, 26, 34, 43, 52 (column 64 is the first digit of
/// the revolution number, not a blank).</remarks>
internal static class TleLayout
{
    public const int LineLength = 69;
    public const int ChecksumColumn = 69;

    public const int CatalogNumberColumn = 3;
    public const int CatalogNumberLength = 5;

    public const int ClassificationColumn = 8;
    public const int DesignatorColumn = 10;
    public const int DesignatorLength = 8;
    public const int EpochColumn = 19;
    public const int EpochLength = 14;
    public const int MeanMotionDotColumn = 34;
    public const int MeanMotionDotLength = 10;
    public const int MeanMotionDdotColumn = 45;
    public const int BstarColumn = 54;
    public const int ExponentFieldLength = 8;
    public const int EphemerisTypeColumn = 63;
    public const int ElementSetNumberColumn = 65;
    public const int ElementSetNumberLength = 4;

    public const int InclinationColumn = 9;
    public const int RightAscensionColumn = 18;
    public const int AngleLength = 8;
    public const int AngleIntegerDigits = 3;
    public const int AngleDecimals = 4;
    public const int EccentricityColumn = 27;
    public const int EccentricityLength = 7;
    public const int ArgumentOfPerigeeColumn = 35;
    public const int MeanAnomalyColumn = 44;
    public const int MeanMotionColumn = 53;
    public const int MeanMotionLength = 11;
    public const int MeanMotionIntegerDigits = 2;
    public const int MeanMotionDecimals = 8;
    public const int RevolutionNumberColumn = 64;
    public const int RevolutionNumberLength = 5;

    public const int EpochDayDecimals = 8;
    public const int MeanMotionDotDecimals = 8;

    /// <summary>Nanoseconds in 1e-8 day, the resolution of the epoch field: 86,400 s × 1e9 / 1e8, exact.</summary>
    public const long NanosecondsPerEpochUnit = 864_000L;

    /// <summary>Two-digit years from this value up are 19xx, below it 20xx (NORAD convention).</summary>
    public const int FirstTwentiethCenturyYear = 57;

    public static ReadOnlySpan<int> Line1Separators => [2, 9, 18, 33, 44, 53, 62, 64];

    public static ReadOnlySpan<int> Line2Separators => [2, 8, 17, 26, 34, 43, 52];

    /// <summary>Powers of ten 10^0 to 10^18, exact as <see cref="long"/> and (to 10^22) as <see cref="double"/>.</summary>
    public static ReadOnlySpan<long> PowersOfTen =>
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>The modulo-10 checksum of columns 1-68: the sum of the digits, plus 1 for each minus sign.</summary>
    public static int Checksum(ReadOnlySpan<char> line)
    {
        int sum = 0;
        int end = Math.Min(line.Length, LineLength - 1);
        for (int i = 0; i < end; i++)
        {
            char c = line[i];
            if (char.IsAsciiDigit(c))
            {
                sum += c - '0';
            }
            else if (c == '-')
            {
                sum++;
            }
        }

        return sum % 10;
    }
}
