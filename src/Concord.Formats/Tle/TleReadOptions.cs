namespace Concord.Formats.Tle;

/// <summary>Options of <see cref="TleReader"/>. Immutable; <see cref="Default"/> is lenient as R11 asks.</summary>
public sealed record TleReadOptions
{
    /// <summary>Checksum <see cref="ChecksumPolicy.Warn"/>.</summary>
    public static TleReadOptions Default { get; } = new();

    /// <summary>Checksum <see cref="ChecksumPolicy.Reject"/>.</summary>
    public static TleReadOptions Strict { get; } = new() { ChecksumPolicy = ChecksumPolicy.Reject };

    /// <summary>What a checksum mismatch does; default <see cref="ChecksumPolicy.Warn"/>.</summary>
    public ChecksumPolicy ChecksumPolicy { get; init; } = ChecksumPolicy.Warn;
}
