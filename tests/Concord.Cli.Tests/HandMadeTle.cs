using System.Globalization;

namespace Concord.Cli.Tests;

/// <summary>Builds hand-made, checksum-valid TLE lines for tests (data made by the project, not taken from elsewhere).</summary>
internal static class HandMadeTle
{
    /// <summary>A two-line set in the standard column layout, with computed checksums.</summary>
    /// <param name="catalog">Five-character catalog field (e.g. "90001").</param>
    /// <param name="epoch">TLE epoch field, 14 characters, e.g. "26069.50000000".</param>
    public static string Lines(string catalog, string epoch, double inclinationDegrees, double raanDegrees, string eccentricity7,
        double argPerigeeDegrees, double meanAnomalyDegrees, double meanMotionRevPerDay, string bstar8 = " 10000-3")
    {
        var c = CultureInfo.InvariantCulture;
        string line1 = $"1 {catalog}U 26001A   {epoch}  .00000000  00000+0 {bstar8} 0  999";
        string line2 = string.Format(c, "2 {0} {1,8:F4} {2,8:F4} {3} {4,8:F4} {5,8:F4} {6,11:F8}    1", catalog,
            inclinationDegrees, raanDegrees, eccentricity7, argPerigeeDegrees, meanAnomalyDegrees, meanMotionRevPerDay);
        return WithChecksum(line1) + "\n" + WithChecksum(line2) + "\n";
    }

    private static string WithChecksum(string line68)
    {
        if (line68.Length != 68)
        {
            throw new ArgumentException($"TLE line body must be 68 characters, got {line68.Length}: '{line68}'");
        }

        int sum = 0;
        foreach (char ch in line68)
        {
            sum += ch switch
            {
                >= '0' and <= '9' => ch - '0',
                '-' => 1,
                _ => 0,
            };
        }

        return line68 + (char)('0' + (sum % 10));
    }
}
