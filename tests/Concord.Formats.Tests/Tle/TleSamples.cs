namespace Concord.Formats.Tests.Tle;

/// <summary>Small inline element sets for the tests. The ISS set is copied from the Space-Track catalog snapshot
/// (<c>catalog/spacetrack_3le_2022-01-22/3le.txt</c>, line 19834); the malformed variants are hand-made by
/// editing one column of it (R23: their provenance is this file).</summary>
internal static class TleSamples
{
    public const string IssName = "0 ISS (ZARYA)";
    public const string IssLine1 = "1 25544U 98067A   22022.91470718  .00005958  00000-0  11386-3 0  9994";
    public const string IssLine2 = "2 25544  51.6445 336.0056 0006830  51.7508  17.5213 15.49594026322655";

    public static string Iss3le => IssName + "\n" + IssLine1 + "\n" + IssLine2 + "\n";

    public static string Iss2le => IssLine1 + "\n" + IssLine2 + "\n";

    /// <summary>Replaces the text at 1-based <paramref name="column"/> and recomputes the checksum (column 69).</summary>
    public static string Edit(string line, int column, string replacement, bool fixChecksum = true)
    {
        char[] chars = line.ToCharArray();
        replacement.CopyTo(0, chars, column - 1, replacement.Length);
        string edited = new(chars);
        return fixChecksum ? WithChecksum(edited) : edited;
    }

    /// <summary>The line with column 69 set to the modulo-10 checksum of columns 1-68 (independent of the library).</summary>
    public static string WithChecksum(string line)
    {
        int sum = 0;
        foreach (char c in line.AsSpan(0, 68))
        {
            sum += c switch
            {
                >= '0' and <= '9' => c - '0',
                '-' => 1,
                _ => 0,
            };
        }

        return string.Concat(line.AsSpan(0, 68), ((char)('0' + (sum % 10))).ToString(), line.Length > 69 ? line.AsSpan(69) : []);
    }
}
