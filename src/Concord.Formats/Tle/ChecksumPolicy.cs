namespace Concord.Formats.Tle;

/// <summary>What <see cref="TleReader"/> does with a TLE line whose modulo-10 checksum does not match (R6).</summary>
public enum ChecksumPolicy
{
    /// <summary>The default: report a <c>tle.checksum</c> warning and keep the set. Checksums guard against
    /// transmission errors only, and real reference files carry wrong ones (Vallado's SGP4-VER.TLE).</summary>
    Warn = 0,

    /// <summary>Strict: report a <c>tle.checksum</c> error and skip the set.</summary>
    Reject = 1,

    /// <summary>Do not check checksums (the checksum column must still be a digit).</summary>
    Ignore = 2,
}
